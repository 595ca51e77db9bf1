package io.alder.client;

/**
 * Hears that an entry was evicted. Members report an entry that expired as evicted too (besides
 * {@link EntryExpiredListener}), as 3.12 members do for listeners written before expiry events existed.
 *
 * @param <K> the map's key type
 * @param <V> the map's value type
 */
@FunctionalInterface
public interface EntryEvictedListener<K, V> extends MapListener<K, V> {

    /** Called when an entry was evicted. */
    void entryEvicted(EntryEvent<K, V> event);
}
