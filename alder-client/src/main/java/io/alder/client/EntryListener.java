package io.alder.client;

/**
 * Hears every kind of map event; override the methods of the events you want. A listener of this type
 * is registered for all seven kinds, so the cluster sends them all: to receive fewer, implement only the
 * single-event interfaces you need.
 *
 * @param <K> the map's key type
 * @param <V> the map's value type
 */
public interface EntryListener<K, V> extends EntryAddedListener<K, V>, EntryUpdatedListener<K, V>,
        EntryRemovedListener<K, V>, EntryEvictedListener<K, V>, EntryExpiredListener<K, V>,
        MapClearedListener<K, V>, MapEvictedListener<K, V> {

    @Override
    default void entryAdded(EntryEvent<K, V> event) {
    }

    @Override
    default void entryUpdated(EntryEvent<K, V> event) {
    }

    @Override
    default void entryRemoved(EntryEvent<K, V> event) {
    }

    @Override
    default void entryEvicted(EntryEvent<K, V> event) {
    }

    @Override
    default void entryExpired(EntryEvent<K, V> event) {
    }

    @Override
    default void mapCleared(MapEvent event) {
    }

    @Override
    default void mapEvicted(MapEvent event) {
    }
}
