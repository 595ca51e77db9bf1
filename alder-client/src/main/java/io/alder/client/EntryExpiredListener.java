package io.alder.client;

/**
 * Hears that an entry expired.
 *
 * @param <K> the map's key type
 * @param <V> the map's value type
 */
@FunctionalInterface
public interface EntryExpiredListener<K, V> extends MapListener<K, V> {

    /** Called when an entry expired. */
    void entryExpired(EntryEvent<K, V> event);
}
