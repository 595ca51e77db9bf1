package io.alder.client;

/**
 * Hears that an entry's value was replaced.
 *
 * @param <K> the map's key type
 * @param <V> the map's value type
 */
@FunctionalInterface
public interface EntryUpdatedListener<K, V> extends MapListener<K, V> {

    /** Called when an entry's value was replaced. */
    void entryUpdated(EntryEvent<K, V> event);
}
