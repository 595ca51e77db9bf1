package io.alder.client;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous view of a distributed map: every operation sends its request at once and returns a
 * {@link CompletionStage} that completes with the result, or exceptionally with the failure (a timeout
 * after the client's invocation timeout, an error the cluster reported, a serialization failure).
 * Stages may complete on a client I/O thread: do not block in a callback attached to one, switch to your
 * own executor ({@code thenApplyAsync(fn, executor)}) for slow work.
 *
 * <p>Keys and values are serialized on the calling thread before the call returns, and compared in their
 * serialized form by the cluster: two keys are the same key when their serialized bytes are equal.
 * {@code null} keys and values are rejected with a {@link NullPointerException} thrown by the call itself.
 *
 * <p>Key locks belong to the thread that issues the call, as with {@link AlderMap}: a lock taken with
 * {@link #lock} from thread A is released by {@link #unlock} from thread A, whichever thread completes the
 * stages. Operations on a key that another thread or client has locked wait until it is unlocked.
 *
 * <p>Time to live ({@code ttl}) and maximum idle ({@code maxIdle}) arguments follow 3.12: a negative value
 * means "the map's configured default", 0 means "forever", and a positive value shorter than a millisecond
 * counts as one millisecond.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface AsyncAlderMap<K, V> extends AsyncLockableKeys<K>, AsyncDistributedObject {

    /** The map's name. */
    String getName();

    /**
     * Reads the value of a key.
     *
     * @return the value, or null if the key has no entry
     */
    CompletionStage<V> get(K key);

    /**
     * Stores a value under a key with the map's default time to live.
     *
     * @return the previous value, or null if the key had no entry
     */
    CompletionStage<V> put(K key, V value);

    /**
     * Stores a value under a key with its own time to live.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @return the previous value, or null if the key had no entry
     */
    CompletionStage<V> put(K key, V value, long ttl, TimeUnit ttlUnit);

    /**
     * Stores a value under a key with its own time to live and maximum idle time.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @param maxIdle how long the entry lives without being read or written; negative for the map's default,
     *     0 for forever
     * @return the previous value, or null if the key had no entry
     */
    CompletionStage<V> put(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    /** Stores a value under a key, like {@link #put(Object, Object)} but without returning the previous value. */
    CompletionStage<Void> set(K key, V value);

    /**
     * Stores a value under a key with its own time to live, without returning the previous value.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     */
    CompletionStage<Void> set(K key, V value, long ttl, TimeUnit ttlUnit);

    /**
     * Stores a value under a key with its own time to live and maximum idle time, without returning the
     * previous value.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @param maxIdle how long the entry lives without being read or written; negative for the map's default,
     *     0 for forever
     */
    CompletionStage<Void> set(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    /**
     * Stores a value only if the key has no entry.
     *
     * @return null if the value was stored, otherwise the value already there
     */
    CompletionStage<V> putIfAbsent(K key, V value);

    /**
     * Stores a value with its own time to live only if the key has no entry.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @return null if the value was stored, otherwise the value already there
     */
    CompletionStage<V> putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit);

    /**
     * Stores a value with its own time to live and maximum idle time only if the key has no entry.
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @param maxIdle how long the entry lives without being read or written; negative for the map's default,
     *     0 for forever
     * @return null if the value was stored, otherwise the value already there
     */
    CompletionStage<V> putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle,
            TimeUnit maxIdleUnit);

    /**
     * Stores a value without writing it to the map's store (if the map has one).
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     */
    CompletionStage<Void> putTransient(K key, V value, long ttl, TimeUnit ttlUnit);

    /**
     * Stores a value with a maximum idle time without writing it to the map's store (if the map has one).
     *
     * @param ttl how long the entry lives; negative for the map's default, 0 for forever
     * @param maxIdle how long the entry lives without being read or written; negative for the map's default,
     *     0 for forever
     */
    CompletionStage<Void> putTransient(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle,
            TimeUnit maxIdleUnit);

    /**
     * Stores a value, waiting at most {@code timeout} for the key if another thread or client has locked it.
     *
     * @return true if the value was stored, false if the key stayed locked for the whole timeout
     */
    CompletionStage<Boolean> tryPut(K key, V value, long timeout, TimeUnit timeoutUnit);

    /**
     * Removes a key's entry.
     *
     * @return the removed value, or null if the key had no entry
     */
    CompletionStage<V> remove(K key);

    /**
     * Removes a key's entry only if its value equals {@code value} (in serialized form).
     *
     * @return true if the entry was removed
     */
    CompletionStage<Boolean> remove(K key, V value);

    /** Removes a key's entry without returning its value; completes normally if there was none. */
    CompletionStage<Void> delete(K key);

    /**
     * Removes a key's entry, waiting at most {@code timeout} for the key if another thread or client has
     * locked it.
     *
     * @return true if an entry was removed, false if there was none or the key stayed locked
     */
    CompletionStage<Boolean> tryRemove(K key, long timeout, TimeUnit timeoutUnit);

    /**
     * Replaces the value of a key that has an entry; does nothing if it has none.
     *
     * @return the previous value, or null if the key had no entry (and nothing was stored)
     */
    CompletionStage<V> replace(K key, V value);

    /**
     * Replaces the value of a key only if its current value equals {@code oldValue} (in serialized form).
     *
     * @return true if the value was replaced
     */
    CompletionStage<Boolean> replace(K key, V oldValue, V newValue);

    /** Whether the key has an entry. */
    CompletionStage<Boolean> containsKey(K key);

    /** Whether any entry has this value (in serialized form); scans the whole map. */
    CompletionStage<Boolean> containsValue(V value);

    /**
     * Stores every entry of {@code entries}. The entries are grouped by partition and each group is sent to
     * its partition's owner in one request, all groups at once; the stage completes when all have been
     * stored, or fails with the first failure (the other groups may have been stored).
     */
    CompletionStage<Void> putAll(Map<? extends K, ? extends V> entries);

    /**
     * Reads the values of many keys, with one request per partition, all at once.
     *
     * @return the keys that have entries, with their values; keys without entries are absent
     */
    CompletionStage<Map<K, V>> getAll(Set<K> keys);

    /** The number of entries, summed over all members. */
    CompletionStage<Integer> size();

    /** Whether the map has no entries. */
    CompletionStage<Boolean> isEmpty();

    /** Removes every entry; listeners receive one {@link EntryEventType#CLEAR_ALL} event per member. */
    CompletionStage<Void> clear();

    /** A snapshot of the keys: later changes to the map do not show in it, and it cannot be modified. */
    CompletionStage<Set<K>> keySet();

    /** A snapshot of the values: later changes to the map do not show in it, and it cannot be modified. */
    CompletionStage<Collection<V>> values();

    /** A snapshot of the entries: later changes to the map do not show in it, and it cannot be modified. */
    CompletionStage<Set<Map.Entry<K, V>>> entrySet();

    /**
     * Evicts a key's entry from memory; unlike a removal, a map store (if the map has one) keeps it.
     * A locked key is not evicted.
     *
     * @return true if an entry was evicted
     */
    CompletionStage<Boolean> evict(K key);

    /** Evicts every unlocked entry from memory; listeners receive {@link EntryEventType#EVICT_ALL} events. */
    CompletionStage<Void> evictAll();

    /** Writes every pending change to the map store, for maps with a write-behind store. */
    CompletionStage<Void> flush();

    /**
     * Loads every key of the map store into the map. A map without a store refuses with an
     * {@link IllegalArgumentException}.
     *
     * @param replaceExistingValues whether loaded values overwrite entries already in memory
     */
    CompletionStage<Void> loadAll(boolean replaceExistingValues);

    /**
     * Loads the given keys from the map store into the map; completes at once for an empty set. A map
     * without a store refuses (3.12 members with a {@link NullPointerException}, Alder members with an
     * {@link IllegalArgumentException}).
     *
     * @param replaceExistingValues whether loaded values overwrite entries already in memory
     */
    CompletionStage<Void> loadAll(Set<K> keys, boolean replaceExistingValues);

    /**
     * A snapshot of a key's entry with its statistics (creation time, hits, expiry, ...).
     *
     * @return the snapshot, or null if the key has no entry
     */
    CompletionStage<EntryView<K, V>> getEntryView(K key);

    /**
     * Changes the time to live of an existing entry, counted from now.
     *
     * @param ttl how long the entry lives from now; negative for the map's default, 0 for forever
     * @return true if the key had an entry
     */
    CompletionStage<Boolean> setTtl(K key, long ttl, TimeUnit ttlUnit);

    /**
     * Registers a listener for the map's events. The listener receives the kinds of events of the listener
     * interfaces it implements (see {@link MapListener}); the cluster sends no others. The registration
     * follows the client across reconnections and new members.
     *
     * @param includeValue whether events carry the values (if false, their value fields are null)
     * @return the registration id, for {@link #removeEntryListener}
     */
    CompletionStage<String> addEntryListener(MapListener<K, V> listener, boolean includeValue);

    /**
     * Registers a listener for the events of one key (see {@link #addEntryListener(MapListener, boolean)}).
     *
     * @param includeValue whether events carry the values (if false, their value fields are null)
     * @return the registration id, for {@link #removeEntryListener}
     */
    CompletionStage<String> addEntryListener(MapListener<K, V> listener, K key, boolean includeValue);

    /**
     * Ends a listener registration; no event reaches the listener once the stage completed.
     *
     * @return true if the registration existed
     */
    CompletionStage<Boolean> removeEntryListener(String registrationId);

    /**
     * Destroys the map on the cluster: its data is dropped for every client (see
     * {@link DistributedObject#destroy()}).
     */
    CompletionStage<Void> destroy();
}
