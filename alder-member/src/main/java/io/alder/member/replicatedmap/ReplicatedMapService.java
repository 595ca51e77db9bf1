package io.alder.member.replicatedmap;

import io.alder.member.Clock;
import io.alder.member.DistributedObjects;
import io.alder.member.map.EntryEventListener;
import io.alder.member.map.EntryEventType;
import io.alder.member.map.EntryListeners;
import io.alder.member.partition.Partition;
import io.alder.member.partition.PartitionTable;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * The member's replicated maps (ReplicatedMap), with 3.12 semantics. On a single member a replicated map is
 * a map whose every member holds all entries: keys and values are opaque {@link Data}, equal when their
 * bytes are (3.12 keeps them as objects by default and compares values with {@code equals}, which agrees
 * for every type whose equal objects serialize alike).
 *
 * <p><b>Partitions.</b> Entries are spread over the partitions by their key, which the member hashes itself:
 * 3.12 clients fill the frame header of ReplicatedMap messages in ways of their own (a random partition per
 * proxy, the name's partition, -1), so it says nothing here. Map-wide operations visit every partition.
 *
 * <p><b>Threads.</b> Everything runs on the calling thread under the partition lock; nothing waits.
 *
 * <p><b>Events.</b> As in 3.12, every listener hears values: ADDED or UPDATED for a put, REMOVED for every
 * {@code remove} (with a null old value when the key was absent), EVICTED when a time to live runs out, and
 * one CLEAR_ALL with the number of entries cleared for every {@link #clear}, even of an empty map.
 *
 * <p><b>Lifecycle.</b> Destroying a replicated map drops its entries and listeners.
 */
public final class ReplicatedMapService {

    /** The service name of replicated maps in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:replicatedMapService";

    private static final int EVERY_EVENT_TYPE = EntryEventType.ADDED.flag() | EntryEventType.UPDATED.flag()
            | EntryEventType.REMOVED.flag() | EntryEventType.EVICTED.flag() | EntryEventType.CLEAR_ALL.flag();

    private final PartitionTable partitions;
    /** Per partition, each replicated map that has entries there, by name; touched under the partition lock. */
    private final Map<String, ReplicatedStore>[] stores;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final EntryListeners listeners;

    /**
     * Creates the service and hooks it to replicated map destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param clock the engine clock
     * @param scheduler runs the evictions of entries whose time to live runs out
     * @param memberUuid the member's uuid, put into events
     */
    @SuppressWarnings("unchecked")
    public ReplicatedMapService(int partitionCount, Clock clock, ScheduledExecutorService scheduler,
            String memberUuid, DistributedObjects distributedObjects) {
        this.partitions = new PartitionTable(partitionCount, scheduler);
        this.stores = new Map[partitionCount];
        for (int id = 0; id < partitionCount; id++) {
            stores[id] = new HashMap<>();
        }
        this.clock = clock;
        this.scheduler = scheduler;
        this.listeners = new EntryListeners(memberUuid);
        distributedObjects.onDestroy(SERVICE_NAME, this::destroy);
    }

    // ---- one key

    /**
     * Stores the value; returns the previous one or null.
     *
     * @param ttlMillis how long the entry lives; 0 forever
     * @throws IllegalArgumentException for a negative time to live, as 3.12
     */
    public Data put(String name, Data key, Data value, long ttlMillis) {
        if (ttlMillis < 0) {
            throw new IllegalArgumentException("ttl must be a positive integer");
        }
        return onKey(name, key, true, (store, now) -> store.put(key, value, ttlMillis, now));
    }

    /** The value, or null. */
    public Data get(String name, Data key) {
        return onKey(name, key, false, (store, now) -> store.get(key, now));
    }

    public boolean containsKey(String name, Data key) {
        return get(name, key) != null;
    }

    /** Removes the entry; returns its value or null. Publishes REMOVED even for an absent key, as 3.12. */
    public Data remove(String name, Data key) {
        return onKey(name, key, true, (store, now) -> store.remove(key, now));
    }

    /** Puts every entry, each with its own event, and forever. */
    public void putAll(String name, List<Map.Entry<Data, Data>> entries) {
        for (Map.Entry<Data, Data> entry : entries) {
            put(name, entry.getKey(), entry.getValue(), 0);
        }
    }

    // ---- the whole map

    public int size(String name) {
        return gather(name, 0, (store, now, size) -> size + store.size(now));
    }

    public boolean isEmpty(String name) {
        return size(name) == 0;
    }

    public boolean containsValue(String name, Data value) {
        return gather(name, false, (store, now, found) -> found || store.containsValue(value, now));
    }

    public List<Data> keySet(String name) {
        return this.<List<Data>>gather(name, new ArrayList<>(), (store, now, keys) -> store.keys(now, keys));
    }

    public List<Data> values(String name) {
        return this.<List<Data>>gather(name, new ArrayList<>(), (store, now, values) -> store.values(now, values));
    }

    public List<Map.Entry<Data, Data>> entrySet(String name) {
        return this.<List<Map.Entry<Data, Data>>>gather(name, new ArrayList<>(),
                (store, now, entries) -> store.entries(now, entries));
    }

    /** Removes every entry; publishes one CLEAR_ALL event with their number, even none, as 3.12 does. */
    public void clear(String name) {
        int removed = gather(name, 0, (store, now, count) -> count + store.clear(now));
        listeners.publishMapWide(name, EntryEventType.CLEAR_ALL, removed);
    }

    // ---- listeners

    /**
     * Registers an entry listener; its events always carry the values.
     *
     * @param key only the events of this key, or null for every key (CLEAR_ALL reaches every listener)
     * @return the registration id
     */
    public String addEntryListener(String name, Data key, EntryEventListener listener) {
        return listeners.add(name, key, EVERY_EVENT_TYPE, true, listener);
    }

    /** Ends a registration; false if the id is unknown. */
    public boolean removeEntryListener(String name, String registrationId) {
        return listeners.remove(name, registrationId);
    }

    // ---- internals

    /** One step of a map-wide operation: what it makes of one partition's store, at time {@code now}. */
    @FunctionalInterface
    private interface GatherStep<T> {
        T apply(ReplicatedStore store, long now, T soFar);
    }

    /**
     * Runs an operation on the store of the key's partition; without {@code create}, answers null when the map
     * has no entries there. A store left empty is forgotten.
     */
    private <T> T onKey(String name, Data key, boolean create, BiFunction<ReplicatedStore, Long, T> operation) {
        Partition partition = partitions.get(Partitions.partitionId(key, partitions.count()));
        partition.lock();
        try {
            Map<String, ReplicatedStore> partitionStores = stores[partition.id()];
            ReplicatedStore store = create
                    ? partitionStores.computeIfAbsent(name, mapName -> newStore(partition, mapName))
                    : partitionStores.get(name);
            if (store == null) {
                return null;
            }
            long now = clock.millis();
            try {
                return operation.apply(store, now);
            } finally {
                forgetIfEmpty(partitionStores, name, store, now);
            }
        } finally {
            partition.unlock();
        }
    }

    /**
     * Folds the map's store of every partition that has one into a result, each under its partition's lock,
     * starting from {@code initial}; a store left empty is forgotten.
     */
    private <T> T gather(String name, T initial, GatherStep<T> step) {
        AtomicReference<T> result = new AtomicReference<>(initial);
        partitions.forEachLocked(partition -> {
            Map<String, ReplicatedStore> partitionStores = stores[partition.id()];
            ReplicatedStore store = partitionStores.get(name);
            if (store != null) {
                long now = clock.millis();
                result.set(step.apply(store, now, result.get()));
                forgetIfEmpty(partitionStores, name, store, now);
            }
        });
        return result.get();
    }

    private ReplicatedStore newStore(Partition partition, String name) {
        return new ReplicatedStore(name, partition, listeners, scheduler);
    }

    private static void forgetIfEmpty(Map<String, ReplicatedStore> partitionStores, String name,
            ReplicatedStore store, long now) {
        if (store.isEmpty(now)) {
            partitionStores.remove(name, store);
        }
    }

    private void destroy(String name) {
        partitions.forEachLocked(partition -> {
            ReplicatedStore store = stores[partition.id()].remove(name);
            if (store != null) {
                store.dispose();
            }
        });
        listeners.removeAll(name);
    }
}
