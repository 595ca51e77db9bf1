package io.alder.client;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A distributed multimap, with 3.12's MultiMap API: each key has a collection of values, which the member's
 * configuration makes a SET (each value at most once per key, 3.12's default) or a LIST (every value put, in
 * order). Every client that asks for the same name works on the same data. This is the blocking view;
 * {@link #async()} is the same multimap with non-blocking operations, which this view waits for.
 *
 * <p>Every call blocks the calling thread until the cluster answered, for at most the client's invocation
 * timeout plus the operation's own waiting time ({@link #lock} waits as long as it takes). Failures are thrown
 * as they are. Keys and values are compared in their serialized form.
 *
 * <p>Key locks ({@link #lock}, {@link #tryLock}) are those of {@link LockableKeys}, as IMap's: they belong to
 * the calling thread of the calling client, and are re-entrant. While a key is locked, other threads' and
 * clients' {@code put} and {@code remove} of it wait; as in 3.12, {@link #delete} and the reads do not.
 *
 * <p>Entry listeners hear ADDED for every value put and REMOVED for every value removed ({@code entryAdded},
 * {@code entryRemoved}; the value is the event's {@code value} and {@code oldValue} respectively), and
 * {@code mapCleared} with the number of keys cleared for every {@link #clear}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface AlderMultiMap<K, V> extends LockableKeys<K>, DistributedObject {

    /** The asynchronous view of this multimap. */
    AsyncAlderMultiMap<K, V> async();

    /**
     * Adds a value to the key's values.
     *
     * @return true if added; false if the multimap keeps SETs and the key has the value already
     */
    boolean put(K key, V value);

    /** The key's values: a SET's in the order they came, a LIST's as put; empty if none. Unmodifiable. */
    Collection<V> get(K key);

    /** Removes one occurrence of the value from the key's values; false if the key does not have it. */
    boolean remove(Object key, Object value);

    /** Removes the key; returns the values it had, empty if none. Unmodifiable. */
    Collection<V> remove(Object key);

    /** Removes the key without returning its values; as in 3.12 it sends no events and does not wait for locks. */
    void delete(Object key);

    /** Every key that has values. Unmodifiable. */
    Set<K> keySet();

    /** Every value of every key. Unmodifiable. */
    Collection<V> values();

    /** Every distinct key and value pair. Unmodifiable. */
    Set<Map.Entry<K, V>> entrySet();

    boolean containsKey(K key);

    boolean containsValue(Object value);

    boolean containsEntry(K key, V value);

    /** How many values all keys have together. */
    int size();

    /** Removes every key that is not locked, with its values; listeners hear one {@code mapCleared}. */
    void clear();

    /** How many values the key has. */
    int valueCount(K key);

    /**
     * Registers a listener for the values added to and removed from every key, and for clears.
     *
     * @param includeValue whether events carry the values
     * @return the registration id, for {@link #removeEntryListener}
     */
    String addEntryListener(EntryListener<K, V> listener, boolean includeValue);

    /** Registers a listener for the values added to and removed from one key, and for clears. */
    String addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue);

    /** Ends a registration; false if it was unknown. */
    boolean removeEntryListener(String registrationId);
}
