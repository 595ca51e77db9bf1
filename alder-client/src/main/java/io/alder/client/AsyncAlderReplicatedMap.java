package io.alder.client;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous view of a replicated map: every operation sends its request at once and returns a
 * {@link CompletableFuture} that completes with the result, or exceptionally with the failure. Futures may
 * complete on a client I/O thread: do not block in a callback attached to one. Nothing waits on the member.
 * Keys and values are serialized on the calling thread; {@code null} keys and values are rejected with a
 * {@link NullPointerException} thrown by the call itself.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface AsyncAlderReplicatedMap<K, V> extends AsyncDistributedObject {

    /** The replicated map's name. */
    String getName();

    /** Stores a value forever; completes with the previous one or null. */
    CompletableFuture<V> put(K key, V value);

    /**
     * Stores a value for {@code ttl}, after which the entry is evicted; 0 is forever.
     *
     * @return completes with the previous value or null, or fails with IllegalArgumentException for a negative ttl
     */
    CompletableFuture<V> put(K key, V value, long ttl, TimeUnit ttlUnit);

    CompletableFuture<V> get(Object key);

    /** Removes the entry; completes with its value or null. */
    CompletableFuture<V> remove(Object key);

    /** Stores every entry forever, in one request. */
    CompletableFuture<Void> putAll(Map<? extends K, ? extends V> entries);

    CompletableFuture<Boolean> containsKey(Object key);

    CompletableFuture<Boolean> containsValue(Object value);

    CompletableFuture<Integer> size();

    CompletableFuture<Boolean> isEmpty();

    /** Removes every entry; listeners hear one {@code mapCleared}. */
    CompletableFuture<Void> clear();

    /** Every key; unmodifiable. */
    CompletableFuture<Set<K>> keySet();

    /** Every value; unmodifiable. */
    CompletableFuture<Collection<V>> values();

    /** Every value, sorted by {@code comparator} in the client; unmodifiable. */
    CompletableFuture<Collection<V>> values(Comparator<V> comparator);

    /** Every entry; unmodifiable. */
    CompletableFuture<Set<Map.Entry<K, V>>> entrySet();

    /** Registers an entry listener for every key (see {@link AlderReplicatedMap#addEntryListener}). */
    CompletableFuture<String> addEntryListener(EntryListener<K, V> listener);

    /** Registers an entry listener for one key. */
    CompletableFuture<String> addEntryListener(EntryListener<K, V> listener, K key);

    /** Ends a registration; completes with whether it existed. */
    CompletableFuture<Boolean> removeEntryListener(String registrationId);

    /** Destroys the replicated map on the cluster (see {@link DistributedObject#destroy()}). */
    CompletableFuture<Void> destroy();
}
