package io.alder.client;

/**
 * Any listener for map events. A listener implements one or more of the event interfaces
 * ({@link EntryAddedListener}, {@link EntryUpdatedListener}, {@link EntryRemovedListener},
 * {@link EntryEvictedListener}, {@link EntryExpiredListener}, {@link MapClearedListener},
 * {@link MapEvictedListener}), or {@link EntryListener}, which has them all; it receives exactly the events
 * of the interfaces it implements, and the cluster sends no others. Callbacks run on an event thread of
 * the client, in order for any one key.
 *
 * @param <K> the map's key type
 * @param <V> the map's value type
 */
public interface MapListener<K, V> {
}
