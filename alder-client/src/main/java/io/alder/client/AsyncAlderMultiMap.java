package io.alder.client;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous view of a multimap: every operation sends its request at once and returns a
 * {@link CompletableFuture} that completes with the result, or exceptionally with the failure (a timeout after the
 * client's invocation timeout, an error the cluster reported, a serialization failure). Futures may complete on a
 * client I/O thread: do not block in a callback attached to one.
 *
 * <p>Keys and values are serialized on the calling thread before the call returns, and compared in their
 * serialized form by the cluster. {@code null} keys and values are rejected with a {@link NullPointerException}
 * thrown by the call itself.
 *
 * <p>Key locks are those of {@link AsyncLockableKeys}: they belong to the thread that issues the call.
 * {@link #put}, {@link #remove(Object)}, {@link #remove(Object, Object)}, {@link #lock} and {@link #tryLock} on a
 * key that another thread or client has locked wait on the member until it is unlocked: their futures (the lock
 * calls' stages) complete then ({@code lock} has no deadline, {@code tryLock} its own timeout).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface AsyncAlderMultiMap<K, V> extends AsyncLockableKeys<K>, AsyncDistributedObject {

    /** The multimap's name. */
    String getName();

    /** Adds a value to the key's values; completes with false when a SET multimap has it already. */
    CompletableFuture<Boolean> put(K key, V value);

    /** The key's values (see {@link AlderMultiMap#get}); unmodifiable. */
    CompletableFuture<Collection<V>> get(K key);

    /** Removes one occurrence of the value from the key's values; completes with whether there was one. */
    CompletableFuture<Boolean> remove(Object key, Object value);

    /** Removes the key; completes with the values it had, empty if none. */
    CompletableFuture<Collection<V>> remove(Object key);

    /** Removes the key without returning its values, and without events (3.12's rule). */
    CompletableFuture<Void> delete(Object key);

    /** Every key that has values; unmodifiable. */
    CompletableFuture<Set<K>> keySet();

    /** Every value of every key; unmodifiable. */
    CompletableFuture<Collection<V>> values();

    /** Every distinct key and value pair; unmodifiable. */
    CompletableFuture<Set<Map.Entry<K, V>>> entrySet();

    CompletableFuture<Boolean> containsKey(K key);

    CompletableFuture<Boolean> containsValue(Object value);

    CompletableFuture<Boolean> containsEntry(K key, V value);

    /** How many values all keys have together. */
    CompletableFuture<Integer> size();

    /** Removes every key that is not locked, with its values. */
    CompletableFuture<Void> clear();

    /** How many values the key has. */
    CompletableFuture<Integer> valueCount(K key);

    /** Registers an entry listener for every key (see {@link AlderMultiMap#addEntryListener}). */
    CompletableFuture<String> addEntryListener(EntryListener<K, V> listener, boolean includeValue);

    /** Registers an entry listener for one key (see {@link AlderMultiMap#addEntryListener}). */
    CompletableFuture<String> addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue);

    /** Ends a registration; completes with whether it existed. */
    CompletableFuture<Boolean> removeEntryListener(String registrationId);

    /** Destroys the multimap on the cluster (see {@link DistributedObject#destroy()}). */
    CompletableFuture<Void> destroy();
}
