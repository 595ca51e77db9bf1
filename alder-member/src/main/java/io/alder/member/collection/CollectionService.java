package io.alder.member.collection;

import io.alder.member.DistributedObjects;
import io.alder.member.MaxSizes;
import io.alder.member.item.ItemEventListener;
import io.alder.member.item.ItemEventSource;
import io.alder.member.item.ItemListeners;
import io.alder.member.partition.Partition;
import io.alder.member.partition.PartitionTable;
import io.alder.serialization.Data;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * What the member's sets and lists share, with 3.12 semantics: items are opaque {@link Data}, equal when
 * their bytes are; each collection holds at most the capacity its {@link MaxSizes} give its name.
 *
 * <p><b>Partitions.</b> A collection lives in the partition of its name, which 3.12 clients put in the frame
 * header; every operation names it ({@link IllegalArgumentException} if it is not in
 * {@code 0..partitionCount-1}) and it is trusted, not recomputed. Everything runs on the calling thread
 * under the partition lock; nothing waits.
 *
 * <p><b>Capacity.</b> As 3.12, an operation that adds {@code n} items is refused whole unless the size
 * plus {@code n} stays within the capacity: {@code add} and {@code addAll} then answer false, whatever the
 * items are (even ones a set holds already). An {@code addAll} of no items answers false too: it added
 * nothing.
 *
 * <p><b>Events.</b> Every item added publishes an ADDED event and every item removed a REMOVED one, on the
 * changing thread, under the partition lock, in the order of the items.
 *
 * <p><b>Lifecycle.</b> A collection without items leaves no trace. Destroying one drops its items and its
 * listeners. Clients own nothing here (listener registrations belong to their connections), so nothing is
 * released when a client leaves.
 *
 * @param <C> how one collection keeps its items
 */
public abstract sealed class CollectionService<C extends ItemCollection> implements ItemEventSource
        permits SetService, ListService {

    private final PartitionTable partitions;
    /** Per partition, each collection that has items, by name; only touched under the partition lock. */
    private final Map<String, C>[] collections;
    private final MaxSizes maxSizes;
    private final ItemListeners listeners;

    /**
     * Creates the service and hooks it to the destruction of its collections.
     *
     * @param serviceName the service name of its collections in proxies and distributed-object events
     * @param maxSizes the capacity of each collection
     * @param scheduler the engine's scheduler, which partitions keep
     * @param memberUuid the member's uuid, put into events
     */
    @SuppressWarnings("unchecked")
    CollectionService(String serviceName, int partitionCount, MaxSizes maxSizes, ScheduledExecutorService scheduler,
            String memberUuid, DistributedObjects distributedObjects) {
        this.partitions = new PartitionTable(partitionCount, scheduler);
        this.collections = new Map[partitionCount];
        for (int id = 0; id < partitionCount; id++) {
            collections[id] = new HashMap<>();
        }
        this.maxSizes = maxSizes;
        this.listeners = new ItemListeners(memberUuid);
        distributedObjects.onDestroy(serviceName, this::destroy);
    }

    /** An empty collection that holds at most {@code capacity} items. */
    abstract C newCollection(int capacity);

    // ---- changes

    /** Adds an item at the end if there is room for it (and, in a set, it is not there yet). */
    public boolean add(int partitionId, String name, Data item) {
        return changing(partitionId, name, (collection, events) -> {
            if (!collection.hasRoomFor(1) || !collection.add(item)) {
                return false;
            }
            events.added(List.of(item));
            return true;
        });
    }

    /**
     * Adds the items at the end if there is room for all of them, counted as given (3.12's rule).
     *
     * @return whether any item was added: false for none at all, as in 3.12
     */
    public boolean addAll(int partitionId, String name, List<Data> items) {
        return changing(partitionId, name, (collection, events) ->
                collection.hasRoomFor(items.size()) && events.added(collection.addAll(items)));
    }

    /** Removes the first item equal to {@code item}; false if there is none. */
    public boolean remove(int partitionId, String name, Data item) {
        return changing(partitionId, name, (collection, events) ->
                collection.remove(item) && events.removed(List.of(item)));
    }

    /** Removes every item equal to one of {@code items}; returns whether any was removed. */
    public boolean removeAll(int partitionId, String name, Collection<Data> items) {
        return changing(partitionId, name, (collection, events) -> events.removed(collection.removeAll(items, false)));
    }

    /** Removes every item not equal to one of {@code items}; returns whether any was removed. */
    public boolean retainAll(int partitionId, String name, Collection<Data> items) {
        return changing(partitionId, name, (collection, events) -> events.removed(collection.removeAll(items, true)));
    }

    /** Removes every item. */
    public void clear(int partitionId, String name) {
        changing(partitionId, name, (collection, events) -> events.removed(collection.clear()));
    }

    // ---- reads

    public boolean contains(int partitionId, String name, Data item) {
        return reading(partitionId, name, collection -> collection.contains(item));
    }

    /** Whether every one of {@code items} is in the collection; true for no items at all. */
    public boolean containsAll(int partitionId, String name, Collection<Data> items) {
        return reading(partitionId, name, collection -> collection.containsAll(items));
    }

    public int size(int partitionId, String name) {
        return reading(partitionId, name, ItemCollection::size);
    }

    public boolean isEmpty(int partitionId, String name) {
        return reading(partitionId, name, ItemCollection::isEmpty);
    }

    /** Every item, in the collection's order: what 3.12's iterator and toArray return. */
    public List<Data> getAll(int partitionId, String name) {
        return reading(partitionId, name, ItemCollection::snapshot);
    }

    // ---- listeners

    @Override
    public String addItemListener(String name, boolean includeValue, ItemEventListener listener) {
        return listeners.addItemListener(name, includeValue, listener);
    }

    @Override
    public boolean removeItemListener(String name, String registrationId) {
        return listeners.removeItemListener(name, registrationId);
    }

    // ---- for the services

    /** A change of one collection, which publishes its events as it goes. */
    @FunctionalInterface
    interface Change<C, T> {
        T apply(C collection, CollectionEvents events);
    }

    /**
     * Runs a change under the partition lock, on the collection (empty if it has no items) whose capacity
     * its name gives; forgets the collection again if it ends up empty, even when the change failed.
     */
    final <T> T changing(int partitionId, String name, Change<C, T> change) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            Map<String, C> byName = collections[partitionId];
            C collection = byName.computeIfAbsent(name, key -> newCollection(maxSizes.capacityOf(key)));
            try {
                return change.apply(collection, new CollectionEvents(listeners, name, partitionId));
            } finally {
                if (collection.isEmpty()) {
                    byName.remove(name);
                }
            }
        } finally {
            partition.unlock();
        }
    }

    /** Reads a collection under the partition lock; one without items reads as empty. */
    final <T> T reading(int partitionId, String name, Function<C, T> read) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            C collection = collections[partitionId].get(name);
            return read.apply(collection == null ? newCollection(0) : collection);
        } finally {
            partition.unlock();
        }
    }

    /** Drops the items and listeners of a destroyed collection. */
    private void destroy(String name) {
        partitions.forEachLocked(partition -> collections[partition.id()].remove(name));
        listeners.removeAll(name);
    }
}
