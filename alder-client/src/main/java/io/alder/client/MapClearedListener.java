package io.alder.client;

/**
 * Hears that the map was cleared.
 *
 * @param <K> the map's key type
 * @param <V> the map's value type
 */
@FunctionalInterface
public interface MapClearedListener<K, V> extends MapListener<K, V> {

    /** Called when the map was cleared. */
    void mapCleared(MapEvent event);
}
