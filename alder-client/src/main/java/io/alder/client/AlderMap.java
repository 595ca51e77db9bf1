package io.alder.client;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * A distributed map: entries are spread over the cluster's partitions by key, and every client that asks
 * for the same name works on the same data. This is the blocking view; {@link #async()} is the same map
 * with non-blocking operations, which this view waits for.
 *
 * <p>Every call blocks the calling thread until the cluster answered, for at most the client's invocation
 * timeout (plus the operation's own waiting time, for {@code tryPut}, {@code tryRemove} and
 * {@code tryLock}; {@link #lock} waits as long as it takes). Failures are thrown as they are: the
 * exception the cluster reported, or the client's own (a timeout, a serialization failure). An interrupted
 * call throws an unchecked exception with the interrupt flag set again, except {@code tryLock} with a
 * timeout, which throws {@link InterruptedException} like {@link java.util.concurrent.locks.Lock#tryLock}.
 *
 * <p>Keys and values are compared in serialized form: two keys are the same key when their serialized
 * bytes are equal. {@code null} keys and values are rejected with a {@link NullPointerException}.
 *
 * <p>Key locks ({@link #lock}, {@link #tryLock}) belong to the calling thread of the calling client, and
 * are re-entrant. While a key is locked, other threads' and clients' writes to it wait.
 *
 * <p>As a {@link ConcurrentMap}, the map supports the default methods ({@code computeIfAbsent},
 * {@code merge}, ...), which are built on {@code get}, {@code putIfAbsent} and the two {@code replace}
 * methods and retry on concurrent changes. {@link #keySet()}, {@link #values()} and {@link #entrySet()}
 * are snapshots that cannot be modified.
 *
 * <p>Time to live ({@code ttl}) and maximum idle ({@code maxIdle}) arguments follow 3.12: a negative value
 * means "the map's configured default", 0 means "forever", and a positive value shorter than a millisecond
 * counts as one millisecond.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface AlderMap<K, V> extends ConcurrentMap<K, V>, LockableKeys<K>, DistributedObject {

    /** The same map, with operations that return {@link java.util.concurrent.CompletionStage}s. */
    AsyncAlderMap<K, V> async();

    /**
     * Reads the value of a key.
     *
     * @return the value, or null if the key has no entry
     */
    @Override
    V get(Object key);

    /**
     * Stores a value under a key with the map's default time to live.
     *
     * @return the previous value, or null if the key had no entry
     */
    @Override
    V put(K key, V value);

    /**
     * Stores a value under a key with its own time to live.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @return the previous value, or null if the key had no entry
     */
    V put(K key, V value, long ttl, TimeUnit ttlUnit);

    /**
     * Stores a value under a key with its own time to live and maximum idle time.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @param maxIdle how long the entry lives without being read or written; negative for the map's default,
     *     0 for forever
     * @return the previous value, or null if the key had no entry
     */
    V put(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    /** Stores a value under a key, like {@link #put(Object, Object)} but without returning the previous value. */
    void set(K key, V value);

    /**
     * Stores a value under a key with its own time to live, without returning the previous value.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     */
    void set(K key, V value, long ttl, TimeUnit ttlUnit);

    /**
     * Stores a value under a key with its own time to live and maximum idle time, without returning the
     * previous value.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @param maxIdle how long the entry lives without being read or written; negative for the map's default,
     *     0 for forever
     */
    void set(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    /**
     * Stores a value only if the key has no entry.
     *
     * @return null if the value was stored, otherwise the value already there
     */
    @Override
    V putIfAbsent(K key, V value);

    /**
     * Stores a value with its own time to live only if the key has no entry.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @return null if the value was stored, otherwise the value already there
     */
    V putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit);

    /**
     * Stores a value with its own time to live and maximum idle time only if the key has no entry.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @param maxIdle how long the entry lives without being read or written; negative for the map's default,
     *     0 for forever
     * @return null if the value was stored, otherwise the value already there
     */
    V putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    /**
     * Stores a value without writing it to the map's store (if the map has one).
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     */
    void putTransient(K key, V value, long ttl, TimeUnit ttlUnit);

    /**
     * Stores a value with a maximum idle time without writing it to the map's store (if the map has one).
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @param maxIdle how long the entry lives without being read or written; negative for the map's default,
     *     0 for forever
     */
    void putTransient(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    /**
     * Stores a value, waiting at most {@code timeout} for the key if another thread or client has locked it.
     *
     * @return true if the value was stored, false if the key stayed locked for the whole timeout
     */
    boolean tryPut(K key, V value, long timeout, TimeUnit timeoutUnit);

    /**
     * Removes a key's entry.
     *
     * @return the removed value, or null if the key had no entry
     */
    @Override
    V remove(Object key);

    /**
     * Removes a key's entry only if its value equals {@code value} (in serialized form).
     *
     * @return true if the entry was removed
     */
    @Override
    boolean remove(Object key, Object value);

    /** Removes a key's entry without returning its value; does nothing if there is none. */
    void delete(Object key);

    /**
     * Removes a key's entry, waiting at most {@code timeout} for the key if another thread or client has
     * locked it.
     *
     * @return true if an entry was removed, false if there was none or the key stayed locked
     */
    boolean tryRemove(K key, long timeout, TimeUnit timeoutUnit);

    /**
     * Replaces the value of a key that has an entry; does nothing if it has none.
     *
     * @return the previous value, or null if the key had no entry (and nothing was stored)
     */
    @Override
    V replace(K key, V value);

    /**
     * Replaces the value of a key only if its current value equals {@code oldValue} (in serialized form).
     *
     * @return true if the value was replaced
     */
    @Override
    boolean replace(K key, V oldValue, V newValue);

    /** Whether the key has an entry. */
    @Override
    boolean containsKey(Object key);

    /** Whether any entry has this value (in serialized form); scans the whole map. */
    @Override
    boolean containsValue(Object value);

    /**
     * Stores every entry of {@code entries}: one request per partition, all sent at once. If one fails, the
     * others may still have been stored.
     */
    @Override
    void putAll(Map<? extends K, ? extends V> entries);

    /**
     * Reads the values of many keys, with one request per partition, all sent at once.
     *
     * @return the keys that have entries, with their values; keys without entries are absent
     */
    Map<K, V> getAll(Set<K> keys);

    /** The number of entries, summed over all members. */
    @Override
    int size();

    /** Whether the map has no entries. */
    @Override
    boolean isEmpty();

    /** Removes every entry; listeners receive one {@link EntryEventType#CLEAR_ALL} event per member. */
    @Override
    void clear();

    /** A snapshot of the keys: later changes to the map do not show in it, and it cannot be modified. */
    @Override
    Set<K> keySet();

    /** A snapshot of the values: later changes to the map do not show in it, and it cannot be modified. */
    @Override
    Collection<V> values();

    /** A snapshot of the entries: later changes to the map do not show in it, and it cannot be modified. */
    @Override
    Set<Map.Entry<K, V>> entrySet();

    /**
     * Evicts a key's entry from memory; unlike a removal, a map store (if the map has one) keeps it.
     * A locked key is not evicted.
     *
     * @return true if an entry was evicted
     */
    boolean evict(K key);

    /** Evicts every unlocked entry from memory; listeners receive {@link EntryEventType#EVICT_ALL} events. */
    void evictAll();

    /** Writes every pending change to the map store, for maps with a write-behind store. */
    void flush();

    /**
     * Loads every key of the map store into the map. A map without a store refuses with an
     * {@link IllegalArgumentException}.
     *
     * @param replaceExistingValues whether loaded values overwrite entries already in memory
     */
    void loadAll(boolean replaceExistingValues);

    /**
     * Loads the given keys from the map store into the map; does nothing for an empty set. A map without a
     * store refuses (3.12 members with a {@link NullPointerException}, Alder members with an
     * {@link IllegalArgumentException}).
     *
     * @param replaceExistingValues whether loaded values overwrite entries already in memory
     */
    void loadAll(Set<K> keys, boolean replaceExistingValues);

    /**
     * A snapshot of a key's entry with its statistics (creation time, hits, expiry, ...).
     *
     * @return the snapshot, or null if the key has no entry
     */
    EntryView<K, V> getEntryView(K key);

    /**
     * Changes the time to live of an existing entry, counted from now.
     *
     * @param ttl how long the entry lives from now; negative for the map's default, 0 for forever
     * @return true if the key had an entry
     */
    boolean setTtl(K key, long ttl, TimeUnit ttlUnit);

    /**
     * Registers a listener for the map's events. The listener receives the kinds of events of the listener
     * interfaces it implements (see {@link MapListener}); the cluster sends no others. The registration
     * follows the client across reconnections and new members.
     *
     * @param includeValue whether events carry the values (if false, their value fields are null)
     * @return the registration id, for {@link #removeEntryListener}
     */
    String addEntryListener(MapListener<K, V> listener, boolean includeValue);

    /**
     * Registers a listener for the events of one key (see {@link #addEntryListener(MapListener, boolean)}).
     *
     * @param includeValue whether events carry the values (if false, their value fields are null)
     * @return the registration id, for {@link #removeEntryListener}
     */
    String addEntryListener(MapListener<K, V> listener, K key, boolean includeValue);

    /**
     * Ends a listener registration; no event reaches the listener once this returned.
     *
     * @return true if the registration existed
     */
    boolean removeEntryListener(String registrationId);
}
