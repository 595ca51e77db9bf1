package io.alder.client;

/**
 * Hears that an entry was removed.
 *
 * @param <K> the map's key type
 * @param <V> the map's value type
 */
@FunctionalInterface
public interface EntryRemovedListener<K, V> extends MapListener<K, V> {

    /** Called when an entry was removed. */
    void entryRemoved(EntryEvent<K, V> event);
}
