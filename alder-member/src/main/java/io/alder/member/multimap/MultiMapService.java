package io.alder.member.multimap;

import io.alder.member.CallerId;
import io.alder.member.ClientSessions;
import io.alder.member.Clock;
import io.alder.member.Completion;
import io.alder.member.DistributedObjects;
import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.lock.KeyLocks;
import io.alder.member.map.EntryEventListener;
import io.alder.member.map.EntryEventType;
import io.alder.member.map.EntryListeners;
import io.alder.member.partition.ParkedAttempt;
import io.alder.member.partition.Partition;
import io.alder.member.partition.PartitionTable;
import io.alder.member.partition.WaitKey;
import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The member's multimaps (MultiMap), with 3.12 semantics. Keys and values are opaque {@link Data}, equal when
 * their bytes are; each multimap keeps the values of a key as its {@link MultiMapSettings} say (a SET by
 * default).
 *
 * <p><b>Partitions.</b> Key operations name the partition they run on, as 3.12 clients do in the frame
 * header; it must be in {@code 0..partitionCount-1} ({@link IllegalArgumentException} otherwise) and is
 * trusted, not recomputed from the key. Multimap-wide operations visit every partition.
 *
 * <p><b>Threads and waiting.</b> Everything runs on the calling thread under the partition lock and never
 * blocks. {@link #put}, {@link #remove} and {@link #removeEntry} on a key that another caller has locked wait,
 * and so do {@link #lock} and {@link #tryLock} (the latter at most its timeout): they are parked and finish,
 * through their {@link Completion}, when the lock is released or its lease runs out, on the thread that
 * released it, or on the engine's scheduler when a timeout passes. As in 3.12, {@link #delete} and every read
 * go ahead whoever holds the lock. Key locks are {@link KeyLocks}, with the rules of IMap's key locks.
 *
 * <p><b>Events.</b> As in 3.12: ADDED for a value put, REMOVED for each value removed by {@code remove} and
 * {@code removeEntry} (none for {@code delete}), and one CLEAR_ALL with the number of keys cleared for every
 * {@link #clear}, even of an empty multimap. They are published on the changing thread.
 *
 * <p><b>Lifecycle.</b> When a client disconnects its waiting operations are dropped at once; when it is gone
 * (the cleanup delay passed without a reconnection) its key locks are released; destroying a multimap drops
 * its values, locks and listeners and fails its waiting operations; shutting down fails every waiting one.
 */
public final class MultiMapService {

    /** The service name of multimaps in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:multiMapService";

    /** The event types a 3.12 multimap publishes; its registrations take no flags. */
    private static final int EVENT_TYPES = EntryEventType.ADDED.flag() | EntryEventType.REMOVED.flag()
            | EntryEventType.CLEAR_ALL.flag();
    private static final long WAIT_FOREVER = -1;

    private final PartitionTable partitions;
    /** Per partition, each multimap that has values or locks there, by name; touched under the partition lock. */
    private final Map<String, MultiMapStore>[] stores;
    private final MultiMapSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final EntryListeners listeners;

    /**
     * Creates the service and hooks it to client departures and multimap destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param settings the value collection type of each multimap
     * @param clock the engine clock
     * @param scheduler runs timeouts and lease ends
     * @param memberUuid the member's uuid, put into events
     */
    @SuppressWarnings("unchecked")
    public MultiMapService(int partitionCount, MultiMapSettings settings, Clock clock,
            ScheduledExecutorService scheduler, String memberUuid, ClientSessions clientSessions,
            DistributedObjects distributedObjects) {
        this.partitions = new PartitionTable(partitionCount, scheduler);
        this.stores = new Map[partitionCount];
        for (int id = 0; id < partitionCount; id++) {
            stores[id] = new HashMap<>();
        }
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
        this.listeners = new EntryListeners(memberUuid);
        clientSessions.onClientDisconnected(partitions::dropWaitsOf);
        clientSessions.onClientGone(this::releaseClient);
        distributedObjects.onDestroy(SERVICE_NAME, this::destroy);
    }

    // ---- writes; they wait while another caller holds the key's lock

    /** Adds a value to the key's values; completes with false when a SET multimap has it already. */
    public void put(int partitionId, String name, Data key, Data value, CallerId caller,
            Completion<Boolean> completion) {
        whenUnlocked(partitionId, name, key, caller, store -> store.put(key, value), completion);
    }

    /** Removes the key; completes with the values it had, empty if none. */
    public void remove(int partitionId, String name, Data key, CallerId caller, Completion<List<Data>> completion) {
        whenUnlocked(partitionId, name, key, caller, store -> store.remove(key), completion);
    }

    /** Removes one occurrence of the value from the key's values; completes with whether there was one. */
    public void removeEntry(int partitionId, String name, Data key, Data value, CallerId caller,
            Completion<Boolean> completion) {
        whenUnlocked(partitionId, name, key, caller, store -> store.removeEntry(key, value), completion);
    }

    /**
     * Removes the key without answering its values. As in 3.12 it does not wait for another caller's lock of
     * the key, and publishes no event.
     */
    public void delete(int partitionId, String name, Data key) {
        onStore(partitionId, name, null, store -> {
            store.delete(key);
            return null;
        });
    }

    // ---- key locks, as IMap's

    /**
     * Locks the key for {@code caller}, or enters its lock once more, waiting as long as another caller holds
     * it. A negative lease, or one that reaches past the end of time, means no lease.
     */
    public void lock(int partitionId, String name, Data key, CallerId caller, long leaseMillis, long referenceId,
            Completion<Void> completion) {
        acquire(partitionId, name, key, caller, leaseMillis, WAIT_FOREVER, referenceId, null, null, completion);
    }

    /**
     * Locks the key for {@code caller}, waiting at most {@code timeoutMillis} (0: not at all, negative:
     * forever); completes with whether it got the lock.
     */
    public void tryLock(int partitionId, String name, Data key, CallerId caller, long leaseMillis,
            long timeoutMillis, long referenceId, Completion<Boolean> completion) {
        acquire(partitionId, name, key, caller, leaseMillis, timeoutMillis, referenceId, true, false, completion);
    }

    /**
     * Leaves the caller's lock once (fully released when every lock call is matched).
     *
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     */
    public void unlock(int partitionId, String name, Data key, CallerId caller, long referenceId) {
        boolean held = onStore(partitionId, name, false, store -> {
            store.locks().unlock(key, caller, referenceId, clock.millis());
            return true;
        });
        if (!held) {
            throw KeyLocks.notLocked();
        }
    }

    /** Releases the key's lock whoever holds it. */
    public void forceUnlock(int partitionId, String name, Data key) {
        onStore(partitionId, name, false, store -> store.locks().forceUnlock(key, clock.millis()));
    }

    public boolean isLocked(int partitionId, String name, Data key) {
        return onStore(partitionId, name, false, store -> store.locks().isLocked(key, clock.millis()));
    }

    // ---- reads of one key

    /** The key's values: a SET's in the order they came, a LIST's as put; empty if none. */
    public List<Data> get(int partitionId, String name, Data key) {
        return onStore(partitionId, name, List.of(), store -> store.get(key));
    }

    public boolean containsKey(int partitionId, String name, Data key) {
        return onStore(partitionId, name, false, store -> store.containsKey(key));
    }

    public boolean containsEntry(int partitionId, String name, Data key, Data value) {
        return onStore(partitionId, name, false, store -> store.containsEntry(key, value));
    }

    /** How many values the key has. */
    public int valueCount(int partitionId, String name, Data key) {
        return onStore(partitionId, name, 0, store -> store.valueCount(key));
    }

    // ---- the whole multimap

    /** How many values all keys have together. */
    public int size(String name) {
        return gather(name, 0, (store, size) -> size + store.size());
    }

    public boolean containsValue(String name, Data value) {
        return gather(name, false, (store, found) -> found || store.containsValue(value));
    }

    /** Every key that has values, once. */
    public List<Data> keySet(String name) {
        return this.<List<Data>>gather(name, new ArrayList<>(), MultiMapStore::keys);
    }

    /** Every value of every key. */
    public List<Data> values(String name) {
        return this.<List<Data>>gather(name, new ArrayList<>(), MultiMapStore::values);
    }

    /** One entry per value of every key. */
    public List<Map.Entry<Data, Data>> entrySet(String name) {
        return this.<List<Map.Entry<Data, Data>>>gather(name, new ArrayList<>(), MultiMapStore::entries);
    }

    /**
     * Removes every key that is not locked, with its values; publishes one CLEAR_ALL event with the number
     * of keys removed, even none, as 3.12 does.
     */
    public void clear(String name) {
        long now = clock.millis();
        int removed = gather(name, 0, (store, count) -> count + store.removeUnlocked(now));
        listeners.publishMapWide(name, EntryEventType.CLEAR_ALL, removed);
    }

    // ---- listeners and lifecycle

    /**
     * Registers an entry listener for the ADDED, REMOVED and CLEAR_ALL events of the multimap.
     *
     * @param key only the events of this key, or null for every key (CLEAR_ALL reaches every listener)
     * @param includeValue whether events carry the values
     * @return the registration id
     */
    public String addEntryListener(String name, Data key, boolean includeValue, EntryEventListener listener) {
        return listeners.add(name, key, EVENT_TYPES, includeValue, listener);
    }

    /** Ends a registration; false if the id is unknown. */
    public boolean removeEntryListener(String name, String registrationId) {
        return listeners.remove(name, registrationId);
    }

    /** Fails every waiting multimap operation: the member stops and will never finish them. */
    public void shutdown() {
        MemberStoppingException cause = new MemberStoppingException();
        partitions.forEachLocked(partition -> partition.cancelParked(operation -> true, cause));
    }

    // ---- internals

    /** A write to a key, run now, or parked while another caller holds the key's lock. */
    private <T> void whenUnlocked(int partitionId, String name, Data key, CallerId caller,
            Function<MultiMapStore, T> write, Completion<T> completion) {
        attempt(partitionId, name, key, caller, WAIT_FOREVER, null,
                store -> store.locks().isLockedByOther(key, caller, clock.millis())
                        ? ParkedAttempt.MUST_WAIT : write.apply(store), completion);
    }

    /** Takes the key's lock now, or parks the attempt while another caller holds it. */
    private <T> void acquire(int partitionId, String name, Data key, CallerId caller, long leaseMillis,
            long timeoutMillis, long referenceId, T acquired, T timeoutResult, Completion<T> completion) {
        attempt(partitionId, name, key, caller, timeoutMillis, timeoutResult,
                store -> store.locks().lock(key, caller, leaseMillis, referenceId, clock.millis())
                        ? acquired : ParkedAttempt.MUST_WAIT, completion);
    }

    /**
     * Runs an attempt on the multimap's store of the partition, parked under the key while it answers
     * {@link ParkedAttempt#MUST_WAIT}; a store the attempt leaves empty is forgotten.
     */
    private <T> void attempt(int partitionId, String name, Data key, CallerId caller, long timeoutMillis,
            T timeoutResult, Function<MultiMapStore, Object> attempt, Completion<T> completion) {
        Partition partition = partitions.get(partitionId);
        ParkedAttempt.runOrPark(partition, new WaitKey(SERVICE_NAME, name, key), caller, timeoutMillis,
                timeoutResult, () -> {
                    MultiMapStore store = stores[partitionId].computeIfAbsent(name,
                            multiMapName -> newStore(partition, multiMapName));
                    try {
                        return attempt.apply(store);
                    } finally {
                        forgetIfEmpty(partitionId, name, store);
                    }
                }, completion);
    }

    /**
     * Runs an operation on the multimap's store of the partition, or answers {@code ifMissing} when the
     * multimap has nothing there; a store the operation leaves empty is forgotten.
     */
    private <T> T onStore(int partitionId, String name, T ifMissing, Function<MultiMapStore, T> operation) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            MultiMapStore store = stores[partitionId].get(name);
            if (store == null) {
                return ifMissing;
            }
            try {
                return operation.apply(store);
            } finally {
                forgetIfEmpty(partitionId, name, store);
            }
        } finally {
            partition.unlock();
        }
    }

    /**
     * Folds the multimap's store of every partition that has one into a result, each under its partition's
     * lock, starting from {@code initial}; a store left empty is forgotten.
     */
    private <T> T gather(String name, T initial, BiFunction<MultiMapStore, T, T> step) {
        AtomicReference<T> result = new AtomicReference<>(initial);
        partitions.forEachLocked(partition -> {
            MultiMapStore store = stores[partition.id()].get(name);
            if (store != null) {
                result.set(step.apply(store, result.get()));
                forgetIfEmpty(partition.id(), name, store);
            }
        });
        return result.get();
    }

    private MultiMapStore newStore(Partition partition, String name) {
        return new MultiMapStore(name, partition, settings.collectionTypeOf(name), listeners,
                new KeyLocks(SERVICE_NAME, name, partition, scheduler));
    }

    /** Forgets a store without values or locks, so that names used once leave no trace. */
    private void forgetIfEmpty(int partitionId, String name, MultiMapStore store) {
        if (store.isEmpty()) {
            stores[partitionId].remove(name, store);
        }
    }

    private void releaseClient(String clientUuid) {
        IllegalStateException cause = new IllegalStateException("Client " + clientUuid + " is gone");
        partitions.forEachLocked(partition -> {
            // first drop its waits, so that releasing its locks cannot hand one to its own waiter
            partition.cancelParked(operation -> operation.caller().clientUuid().equals(clientUuid), cause);
            Map<String, MultiMapStore> partitionStores = stores[partition.id()];
            for (MultiMapStore store : partitionStores.values()) {
                store.locks().releaseAllOf(clientUuid);
            }
            partitionStores.values().removeIf(MultiMapStore::isEmpty);
        });
    }

    /** Drops the values and locks without waking anyone: waiting operations fail, as in 3.12. */
    private void destroy(String name) {
        ObjectDestroyedException cause = new ObjectDestroyedException(SERVICE_NAME, name);
        partitions.forEachLocked(partition -> {
            MultiMapStore store = stores[partition.id()].remove(name);
            if (store != null) {
                store.locks().cancelLeases();
            }
            partition.cancelParked(operation -> operation.waitKey().objectName().equals(name), cause);
        });
        listeners.removeAll(name);
    }
}
