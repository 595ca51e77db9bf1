package io.alder.client;

/**
 * Hears that an entry was added.
 *
 * @param <K> the map's key type
 * @param <V> the map's value type
 */
@FunctionalInterface
public interface EntryAddedListener<K, V> extends MapListener<K, V> {

    /** Called when an entry was added. */
    void entryAdded(EntryEvent<K, V> event);
}
