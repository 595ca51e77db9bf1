package io.alder.client;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A replicated map, with 3.12's ReplicatedMap API: a {@link Map} whose entries every member holds, so that reads
 * are served by any member. Every client that asks for the same name works on the same data. This is the
 * blocking view; {@link #async()} is the same map with non-blocking operations, which this view waits for.
 *
 * <p>Every call blocks the calling thread until the cluster answered, for at most the client's invocation
 * timeout. Keys and values are compared in their serialized form. {@link #keySet()}, {@link #values()} and
 * {@link #entrySet()} are unmodifiable snapshots. The {@link Map} default methods ({@code putIfAbsent},
 * {@code compute}, ...) are several calls, not atomic.
 *
 * <p>Entry listeners hear every change with its values: {@code entryAdded}, {@code entryUpdated},
 * {@code entryRemoved} (as in 3.12, also for the removal of an absent key, with a null old value),
 * {@code entryEvicted} when a time to live runs out, and {@code mapCleared} for every {@link #clear}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface AlderReplicatedMap<K, V> extends Map<K, V>, DistributedObject {

    /** The asynchronous view of this replicated map. */
    AsyncAlderReplicatedMap<K, V> async();

    /**
     * Stores a value for {@code ttl}, after which the entry is evicted; 0 is forever.
     *
     * @return the previous value or null
     * @throws IllegalArgumentException for a negative ttl
     */
    V put(K key, V value, long ttl, TimeUnit ttlUnit);

    /** Every value, sorted by {@code comparator} in the client. Unmodifiable. */
    Collection<V> values(Comparator<V> comparator);

    /**
     * Registers a listener for the changes of every key.
     *
     * @return the registration id, for {@link #removeEntryListener}
     */
    String addEntryListener(EntryListener<K, V> listener);

    /** Registers a listener for the changes of one key, and for clears. */
    String addEntryListener(EntryListener<K, V> listener, K key);

    /** Ends a registration; false if it was unknown. */
    boolean removeEntryListener(String registrationId);
}
