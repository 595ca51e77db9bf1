package io.alder.client;

/**
 * Hears that all entries of the map were evicted.
 *
 * @param <K> the map's key type
 * @param <V> the map's value type
 */
@FunctionalInterface
public interface MapEvictedListener<K, V> extends MapListener<K, V> {

    /** Called when all entries of the map were evicted. */
    void mapEvicted(MapEvent event);
}
