package io.alder.member.map;

import io.alder.member.CallerId;
import io.alder.member.ClientSessions;
import io.alder.member.Clock;
import io.alder.member.Completion;
import io.alder.member.DistributedObjects;
import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.lock.KeyLocks;
import io.alder.member.partition.ParkedAttempt;
import io.alder.member.partition.ParkedOperation;
import io.alder.member.partition.Partition;
import io.alder.member.partition.PartitionTable;
import io.alder.member.partition.WaitKey;
import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member's maps (IMap), with 3.12 semantics. Keys and values are opaque {@link Data}; keys are equal
 * when their bytes are.
 *
 * <p><b>Partitions.</b> Key operations name the partition they run on, as 3.12 clients do in the frame
 * header; it must be in {@code 0..partitionCount-1} ({@link IllegalArgumentException} otherwise) and is
 * trusted, not recomputed from the key. Map-wide operations visit every partition.
 *
 * <p><b>Threads and waiting.</b> Everything runs on the calling thread under the partition lock and never
 * blocks. A write (put, set, remove, ...) on a key that another caller has locked waits: it is parked and
 * finishes, through its {@link Completion}, when the lock is released or its lease runs out, on the
 * thread that released it; timed variants finish with their timeout result on the engine's scheduler.
 * Reads do not wait for locks. Operations that never wait return their result directly.
 *
 * <p><b>Time.</b> ttl and max idle are milliseconds: negative means the map's default (infinite, since
 * Alder has no per-map configuration yet, and for an update: keep what the entry has), 0 means infinite.
 * Expired entries vanish when next looked at and through a periodic sweep on the scheduler, publishing
 * EVICTED and EXPIRED events as 3.12 does. Times come from the engine clock.
 *
 * <p><b>Lifecycle.</b> When a client disconnects its waiting operations are dropped at once; when it is
 * gone (the cleanup delay passed without a reconnection) its key locks are released; destroying a map
 * drops its data, locks, waiting operations and listeners.
 */
public final class MapService {

    /** The service name of maps in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:mapService";

    /** How often the expiry sweep runs. */
    static final long SWEEP_PERIOD_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(MapService.class);
    private static final int SWEEP_LIMIT_PER_STORE = 10_000;
    private static final long WAIT_FOREVER = -1;
    private static final long KEEP = -1;

    private final PartitionTable partitions;
    private final Map<String, MapStore>[] stores;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final EntryListeners listeners;

    /**
     * Creates the service, starts its expiry sweep and hooks it to client departures and map destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param clock the engine clock
     * @param scheduler runs timeouts, lease ends and the expiry sweep
     * @param memberUuid the member's uuid, put into events
     */
    @SuppressWarnings("unchecked")
    public MapService(int partitionCount, Clock clock, ScheduledExecutorService scheduler, String memberUuid,
            ClientSessions clientSessions, DistributedObjects distributedObjects) {
        this.partitions = new PartitionTable(partitionCount, scheduler);
        this.stores = new Map[partitionCount];
        for (int id = 0; id < partitionCount; id++) {
            stores[id] = new HashMap<>();
        }
        this.clock = clock;
        this.scheduler = scheduler;
        this.listeners = new EntryListeners(memberUuid);
        clientSessions.onClientDisconnected(partitions::dropWaitsOf);
        clientSessions.onClientGone(this::releaseClient);
        distributedObjects.onDestroy(SERVICE_NAME, this::destroy);
        scheduler.scheduleWithFixedDelay(this::sweepExpired, SWEEP_PERIOD_MILLIS, SWEEP_PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    // ---- writes to one key; they wait while another caller holds the key's lock

    /** Puts a value; completes with the previous value or null. */
    public void put(int partitionId, String name, Data key, Data value, long ttl, long maxIdle, CallerId caller,
            Completion<Data> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, null,
                (store, now) -> store.put(key, value, ttl, maxIdle, now), completion);
    }

    /** Puts a value without returning the previous one. */
    public void set(int partitionId, String name, Data key, Data value, long ttl, long maxIdle, CallerId caller,
            Completion<Void> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, null, (store, now) -> {
            store.put(key, value, ttl, maxIdle, now);
            return null;
        }, completion);
    }

    /** A put that would skip the map store; with no map store in Alder it is a {@link #set}. */
    public void putTransient(int partitionId, String name, Data key, Data value, long ttl, long maxIdle,
            CallerId caller, Completion<Void> completion) {
        set(partitionId, name, key, value, ttl, maxIdle, caller, completion);
    }

    /** Puts the value if the key is absent; completes with the present value or null. */
    public void putIfAbsent(int partitionId, String name, Data key, Data value, long ttl, long maxIdle,
            CallerId caller, Completion<Data> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, null,
                (store, now) -> store.putIfAbsent(key, value, ttl, maxIdle, now), completion);
    }

    /**
     * Puts a value, waiting at most {@code timeoutMillis} (negative: forever) for another caller's lock;
     * completes with true, or false on timeout.
     */
    public void tryPut(int partitionId, String name, Data key, Data value, long timeoutMillis, CallerId caller,
            Completion<Boolean> completion) {
        whenUnlocked(partitionId, name, key, caller, timeoutMillis, false, (store, now) -> {
            store.put(key, value, KEEP, KEEP, now);
            return true;
        }, completion);
    }

    /** Replaces the value of a present entry; completes with the previous value, or null if absent. */
    public void replace(int partitionId, String name, Data key, Data value, CallerId caller,
            Completion<Data> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, null,
                (store, now) -> store.replace(key, value, now), completion);
    }

    /** Replaces the value if it currently is {@code expected}; completes with whether it did. */
    public void replaceIfSame(int partitionId, String name, Data key, Data expected, Data value, CallerId caller,
            Completion<Boolean> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, false,
                (store, now) -> store.replaceIfSame(key, expected, value, now), completion);
    }

    /** Removes the entry; completes with its value or null. */
    public void remove(int partitionId, String name, Data key, CallerId caller, Completion<Data> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, null,
                (store, now) -> store.remove(key, now), completion);
    }

    /** Removes the entry without returning its value. */
    public void delete(int partitionId, String name, Data key, CallerId caller, Completion<Void> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, null, (store, now) -> {
            store.delete(key, now);
            return null;
        }, completion);
    }

    /** Removes the entry if its value is {@code expected}; completes with whether it did. */
    public void removeIfSame(int partitionId, String name, Data key, Data expected, CallerId caller,
            Completion<Boolean> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, false,
                (store, now) -> store.removeIfSame(key, expected, now), completion);
    }

    /**
     * Removes the entry, waiting at most {@code timeoutMillis} (negative: forever) for another caller's
     * lock; completes with whether an entry was removed (false on timeout).
     */
    public void tryRemove(int partitionId, String name, Data key, long timeoutMillis, CallerId caller,
            Completion<Boolean> completion) {
        whenUnlocked(partitionId, name, key, caller, timeoutMillis, false,
                (store, now) -> store.remove(key, now) != null, completion);
    }

    /** Evicts the entry (an EVICTED event, no REMOVED); completes with whether it was present. */
    public void evict(int partitionId, String name, Data key, CallerId caller, Completion<Boolean> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, false,
                (store, now) -> store.evict(key, now), completion);
    }

    /**
     * Gives a present entry a new ttl, counted from its last update as in 3.12; completes with whether the
     * entry exists. 3.12 requests carry no thread id here: endpoints pass thread 0.
     */
    public void setTtl(int partitionId, String name, Data key, long ttl, CallerId caller,
            Completion<Boolean> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, false,
                (store, now) -> store.setTtl(key, ttl, now), completion);
    }

    // ---- key locks

    /**
     * Locks the key for {@code caller}, waiting as long as another caller holds it. A negative lease
     * means no lease.
     */
    public void lock(int partitionId, String name, Data key, CallerId caller, long leaseMillis, long referenceId,
            Completion<Void> completion) {
        whenUnlocked(partitionId, name, key, caller, WAIT_FOREVER, null, (store, now) -> {
            store.lock(key, caller, leaseMillis, referenceId, now);
            return null;
        }, completion);
    }

    /**
     * Locks the key for {@code caller}, waiting at most {@code timeoutMillis} (0: not at all, negative:
     * forever); completes with whether it got the lock.
     */
    public void tryLock(int partitionId, String name, Data key, CallerId caller, long leaseMillis,
            long timeoutMillis, long referenceId, Completion<Boolean> completion) {
        whenUnlocked(partitionId, name, key, caller, timeoutMillis, false,
                (store, now) -> store.lock(key, caller, leaseMillis, referenceId, now), completion);
    }

    /**
     * Leaves the caller's lock once (fully released when every lock call is matched).
     *
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     */
    public void unlock(int partitionId, String name, Data key, CallerId caller, long referenceId) {
        Boolean unlocked = onStore(partitionId, name, false, (store, now) -> {
            store.unlock(key, caller, referenceId, now);
            return true;
        });
        if (unlocked == null) {
            throw KeyLocks.notLocked();
        }
    }

    /** Releases the key's lock whoever holds it. */
    public void forceUnlock(int partitionId, String name, Data key) {
        onStore(partitionId, name, false, (store, now) -> store.forceUnlock(key, now));
    }

    public boolean isLocked(int partitionId, String name, Data key) {
        return Boolean.TRUE.equals(onStore(partitionId, name, false, (store, now) -> store.isLocked(key, now)));
    }

    // ---- other operations on one partition; they never wait

    /** The value, or null; a hit on the entry. */
    public Data get(int partitionId, String name, Data key) {
        return onStore(partitionId, name, false, (store, now) -> store.get(key, now));
    }

    /** Whether the key is present; a hit on the entry if it is. */
    public boolean containsKey(int partitionId, String name, Data key) {
        return Boolean.TRUE.equals(onStore(partitionId, name, false, (store, now) -> store.containsKey(key, now)));
    }

    /** The entry and its statistics, or null; not a hit. */
    public EntryView getEntryView(int partitionId, String name, Data key) {
        return onStore(partitionId, name, false, (store, now) -> store.entryView(key, now));
    }

    /** The present entries among {@code keys} (all of this partition); a hit on each. */
    public List<Map.Entry<Data, Data>> getAll(int partitionId, String name, List<Data> keys) {
        List<Map.Entry<Data, Data>> found = new ArrayList<>(keys.size());
        onStore(partitionId, name, false, (store, now) -> {
            store.getAll(keys, now, found);
            return null;
        });
        return found;
    }

    /**
     * Puts every entry (all of this partition) with the map's default ttl. As in 3.12 it does not wait
     * for key locks.
     */
    public void putAll(int partitionId, String name, List<Map.Entry<Data, Data>> entries) {
        onStore(partitionId, name, true, (store, now) -> {
            store.putAll(entries, now);
            return null;
        });
    }

    /**
     * A batch of the partition's keys for an iteration. Start with {@link Integer#MAX_VALUE} and pass the
     * returned cursor back until it is negative.
     */
    public IterationBatch<Data> fetchKeys(int partitionId, String name, int tableIndex, int batch) {
        checkBatch(batch);
        IterationBatch<Data> result = onStore(partitionId, name, false,
                (store, now) -> store.fetchKeys(tableIndex, batch, now));
        return result != null ? result : new IterationBatch<>(-1, List.of());
    }

    /** Like {@link #fetchKeys}, with the values. */
    public IterationBatch<Map.Entry<Data, Data>> fetchEntries(int partitionId, String name, int tableIndex,
            int batch) {
        checkBatch(batch);
        IterationBatch<Map.Entry<Data, Data>> result = onStore(partitionId, name, false,
                (store, now) -> store.fetchEntries(tableIndex, batch, now));
        return result != null ? result : new IterationBatch<>(-1, List.of());
    }

    // ---- map-wide operations

    public int size(String name) {
        int[] size = new int[1];
        forEachStore(name, (store, now) -> size[0] += store.size(now));
        return size[0];
    }

    public boolean isEmpty(String name) {
        return size(name) == 0;
    }

    public boolean containsValue(String name, Data value) {
        boolean[] found = new boolean[1];
        forEachStore(name, (store, now) -> found[0] |= store.containsValue(value, now));
        return found[0];
    }

    public List<Data> keySet(String name) {
        List<Data> keys = new ArrayList<>();
        forEachStore(name, (store, now) -> store.keys(now, keys));
        return keys;
    }

    public List<Data> values(String name) {
        List<Data> values = new ArrayList<>();
        forEachStore(name, (store, now) -> store.values(now, values));
        return values;
    }

    public List<Map.Entry<Data, Data>> entrySet(String name) {
        List<Map.Entry<Data, Data>> entries = new ArrayList<>();
        forEachStore(name, (store, now) -> store.entries(now, entries));
        return entries;
    }

    /** Removes every entry whose key is not locked, with one CLEAR_ALL event if any went. */
    public void clear(String name) {
        removeUnlockedEverywhere(name, EntryEventType.CLEAR_ALL);
    }

    /** Evicts every entry whose key is not locked, with one EVICT_ALL event if any went. */
    public void evictAll(String name) {
        removeUnlockedEverywhere(name, EntryEventType.EVICT_ALL);
    }

    /** Writes pending changes to the map store: nothing to do, Alder has no map store. */
    public void flush(String name) {
    }

    /**
     * Loads keys from the map loader. Alder maps have no loader, so this fails as 3.12 fails for a map
     * without a store.
     *
     * @throws IllegalArgumentException always
     */
    public void loadAll(String name, boolean replaceExistingValues) {
        throw noMapStore();
    }

    /** Loads the given keys from the map loader; fails like {@link #loadAll}. */
    public void loadGivenKeys(String name, List<Data> keys, boolean replaceExistingValues) {
        throw noMapStore();
    }

    private static IllegalArgumentException noMapStore() {
        return new IllegalArgumentException("First you should configure a map store");
    }

    // ---- listeners

    /**
     * Registers an entry listener.
     *
     * @param key only events of this key, or null for all keys (map-wide events reach every listener)
     * @param listenerFlags the {@link EntryEventType#flag()}s of the wanted events
     * @param includeValue whether events carry values
     * @return the registration id
     */
    public String addEntryListener(String name, Data key, int listenerFlags, boolean includeValue,
            EntryEventListener listener) {
        return listeners.add(name, key, listenerFlags, includeValue, listener);
    }

    /** Ends a registration; false if the id is unknown. */
    public boolean removeEntryListener(String name, String registrationId) {
        return listeners.remove(name, registrationId);
    }

    /** Fails every waiting map operation: the member stops and will never finish them. */
    public void shutdown() {
        MemberStoppingException cause = new MemberStoppingException();
        inEveryPartition((partition, partitionStores) -> cancelMapWaits(partition, operation -> true, cause));
    }

    // ---- internals

    /** What an operation does to the store of its partition, at time {@code now}. */
    @FunctionalInterface
    private interface StoreOperation<T> {
        T apply(MapStore store, long now);
    }

    /** What a map-wide operation does to each partition's store. */
    @FunctionalInterface
    private interface StoreVisitor {
        void visit(MapStore store, long now);
    }

    /** Work on one partition and the map stores in it. */
    @FunctionalInterface
    private interface PartitionWork {
        void run(Partition partition, Map<String, MapStore> partitionStores);
    }

    /**
     * Runs a write on a key now, or parks it while another caller holds the key's lock. A zero timeout
     * answers {@code timeoutResult} instead of waiting; a negative one waits until the lock goes.
     */
    private <T> void whenUnlocked(int partitionId, String name, Data key, CallerId caller, long timeoutMillis,
            T timeoutResult, StoreOperation<T> operation, Completion<T> completion) {
        Partition partition = partitions.get(partitionId);
        ParkedAttempt.runOrPark(partition, new WaitKey(SERVICE_NAME, name, key), caller, timeoutMillis, timeoutResult,
                () -> {
                    long now = clock.millis();
                    MapStore store = storeOf(partition, name);
                    return store.isLockedByOther(key, caller, now) ? ParkedAttempt.MUST_WAIT
                            : operation.apply(store, now);
                }, completion);
    }

    /**
     * Runs an operation on the map's store in one partition; without {@code create}, answers null when
     * the map has no store there.
     */
    private <T> T onStore(int partitionId, String name, boolean create, StoreOperation<T> operation) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            MapStore store = create ? storeOf(partition, name) : stores[partitionId].get(name);
            return store == null ? null : operation.apply(store, clock.millis());
        } finally {
            partition.unlock();
        }
    }

    private void forEachStore(String name, StoreVisitor visitor) {
        inEveryPartition((partition, partitionStores) -> {
            MapStore store = partitionStores.get(name);
            if (store != null) {
                visitor.visit(store, clock.millis());
            }
        });
    }

    /** Runs {@code work} on every partition in turn, each under its lock. */
    private void inEveryPartition(PartitionWork work) {
        partitions.forEachLocked(partition -> work.run(partition, stores[partition.id()]));
    }

    private MapStore storeOf(Partition partition, String name) {
        return stores[partition.id()].computeIfAbsent(name,
                mapName -> new MapStore(mapName, partition, listeners, scheduler));
    }

    private void removeUnlockedEverywhere(String name, EntryEventType mapWideEvent) {
        int[] removed = new int[1];
        forEachStore(name, (store, now) -> removed[0] += store.removeUnlocked(now));
        if (removed[0] > 0) {
            listeners.publishMapWide(name, mapWideEvent, removed[0]);
        }
    }

    private static void checkBatch(int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch size: " + batch + " (expected: >= 1)");
        }
    }

    private void sweepExpired() {
        try {
            inEveryPartition((partition, partitionStores) -> {
                long now = clock.millis();
                // a copy: listeners may call back into the engine and create stores meanwhile
                for (MapStore store : partitionStores.values().toArray(MapStore[]::new)) {
                    store.expireDue(now, SWEEP_LIMIT_PER_STORE);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Map expiry sweep failed", e);
        }
    }

    private void releaseClient(String clientUuid) {
        IllegalStateException cause = new IllegalStateException("Client " + clientUuid + " is gone");
        inEveryPartition((partition, partitionStores) -> {
            // first drop its waits, so that releasing its locks cannot hand one to its own waiter
            cancelMapWaits(partition, operation -> operation.caller().clientUuid().equals(clientUuid), cause);
            for (MapStore store : partitionStores.values()) {
                store.releaseLocksOf(clientUuid);
            }
        });
    }

    private void destroy(String name) {
        ObjectDestroyedException cause = new ObjectDestroyedException(SERVICE_NAME, name);
        inEveryPartition((partition, partitionStores) -> {
            MapStore store = partitionStores.remove(name);
            if (store != null) {
                store.dispose();
            }
            cancelMapWaits(partition, operation -> operation.waitKey().objectName().equals(name), cause);
        });
        listeners.removeAll(name);
    }

    private static void cancelMapWaits(Partition partition, Predicate<ParkedOperation> which, Throwable cause) {
        partition.cancelParked(operation -> SERVICE_NAME.equals(operation.waitKey().serviceName())
                && which.test(operation), cause);
    }
}
