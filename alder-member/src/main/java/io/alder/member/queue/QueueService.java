package io.alder.member.queue;

import io.alder.member.CallerId;
import io.alder.member.ClientSessions;
import io.alder.member.Completion;
import io.alder.member.DistributedObjects;
import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.item.ItemEventListener;
import io.alder.member.item.ItemEventSource;
import io.alder.member.item.ItemEventType;
import io.alder.member.item.ItemListeners;
import io.alder.member.partition.ParkedAttempt;
import io.alder.member.partition.Partition;
import io.alder.member.partition.PartitionTable;
import io.alder.member.partition.WaitKey;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * The member's queues (IQueue), with 3.12 semantics. Items are opaque {@link Data}, equal when their bytes
 * are; each queue holds at most the capacity its {@link QueueSettings} give its name.
 *
 * <p><b>Partitions.</b> A queue lives in the partition of its name, which 3.12 clients put in the frame
 * header; every operation names it ({@link IllegalArgumentException} if it is not in
 * {@code 0..partitionCount-1}) and it is trusted, not recomputed.
 *
 * <p><b>Threads and waiting.</b> Everything runs on the calling thread under the partition lock and never
 * blocks. An {@link #offer} to a full queue and a {@link #poll} of an empty one wait as long as their
 * timeout allows (0: not at all, negative: until they can proceed, which makes them 3.12's {@code put} and
 * {@code take}): they are parked and finish through their {@link Completion} on the thread whose change
 * let them proceed, or on the engine's scheduler when their timeout passes. Waiting polls are served in
 * arrival order before anyone else sees an offered item, and waiting offers get freed room in arrival
 * order likewise. Operations that never wait return their result directly.
 *
 * <p><b>3.12's capacity quirk.</b> {@link #addAll} succeeds whenever the queue has room for one item, and
 * then adds every item, so a queue may hold more than its capacity; {@link #size} then reports the
 * capacity and {@link #remainingCapacity} 0, while polls and drains still see every item. Alder keeps this
 * because 3.12 clients observe it.
 *
 * <p><b>Events.</b> Every item added publishes an ADDED event and every item removed (poll, take, remove,
 * drain, removeAll, retainAll, clear) a REMOVED one, on the changing thread, under the partition lock.
 *
 * <p><b>Lifecycle.</b> When a client disconnects its waiting operations are dropped at once, as 3.12 does; destroying a queue drops
 * its items and listeners and fails its waiting operations with {@link ObjectDestroyedException}, as 3.12
 * does; shutting down fails every waiting operation.
 */
public final class QueueService implements ItemEventSource {

    /** The service name of queues in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:queueService";

    /** What waiting polls wait for (an item) and waiting offers wait for (room), as 3.12 names them. */
    private static final Data ITEM_AVAILABLE = Strings.toData("poll");
    private static final Data ROOM_AVAILABLE = Strings.toData("offer");

    private final PartitionTable partitions;
    /** Per partition, each queue that has items, by name; only touched under the partition lock. */
    private final Map<String, ItemQueue>[] queues;
    private final QueueSettings settings;
    private final ItemListeners listeners;

    /**
     * Creates the service and hooks it to client departures and queue destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param settings the capacity of each queue
     * @param scheduler runs the timeouts of waiting operations
     * @param memberUuid the member's uuid, put into events
     */
    @SuppressWarnings("unchecked")
    public QueueService(int partitionCount, QueueSettings settings, ScheduledExecutorService scheduler,
            String memberUuid, ClientSessions clientSessions, DistributedObjects distributedObjects) {
        this.partitions = new PartitionTable(partitionCount, scheduler);
        this.queues = new Map[partitionCount];
        for (int id = 0; id < partitionCount; id++) {
            queues[id] = new HashMap<>();
        }
        this.settings = settings;
        this.listeners = new ItemListeners(memberUuid);
        clientSessions.onClientDisconnected(partitions::dropWaitsOf);
        distributedObjects.onDestroy(SERVICE_NAME, this::destroy);
    }

    // ---- operations that may wait

    /**
     * Adds an item at the tail, waiting at most {@code timeoutMillis} for room while the queue is full (0:
     * not at all, negative: until there is room); completes with whether it was added.
     */
    public void offer(int partitionId, String name, Data item, long timeoutMillis, CallerId caller,
            Completion<Boolean> completion) {
        Partition partition = partitions.get(partitionId);
        ParkedAttempt.runOrPark(partition, new WaitKey(SERVICE_NAME, name, ROOM_AVAILABLE), caller, timeoutMillis,
                false, () -> {
                    ItemQueue queue = queueOf(partition, name);
                    if (!queue.hasRoom()) {
                        return ParkedAttempt.MUST_WAIT;
                    }
                    queue.add(item);
                    added(partition, name, List.of(item));
                    return true;
                }, completion);
    }

    /**
     * Takes the item at the head, waiting at most {@code timeoutMillis} for one while the queue is empty (0:
     * not at all, negative: until there is one); completes with the item, or null if there was none in time.
     */
    public void poll(int partitionId, String name, long timeoutMillis, CallerId caller, Completion<Data> completion) {
        Partition partition = partitions.get(partitionId);
        ParkedAttempt.runOrPark(partition, new WaitKey(SERVICE_NAME, name, ITEM_AVAILABLE), caller, timeoutMillis,
                null, () -> {
                    Data item = changing(partition, name, queue -> {
                        Data head = queue.poll();
                        return new Change<>(head, head == null ? List.of() : List.of(head));
                    });
                    return item == null ? ParkedAttempt.MUST_WAIT : item;
                }, completion);
    }

    // ---- changes that never wait

    /**
     * Adds every item at the tail if the queue has room for at least one (3.12's rule: the queue may end up
     * holding more than its capacity).
     *
     * @return whether the items were added; true for no items at all, as in 3.12
     */
    public boolean addAll(int partitionId, String name, List<Data> items) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            ItemQueue queue = queueOf(partition, name);
            if (!queue.hasRoom()) {
                return false;
            }
            queue.addAll(items);
            dropIfEmpty(partition, name, queue);
            added(partition, name, items);
            return true;
        } finally {
            partition.unlock();
        }
    }

    /** Removes the oldest item equal to {@code item}; false if there is none. */
    public boolean remove(int partitionId, String name, Data item) {
        return changing(partitionId, name, false,
                queue -> queue.remove(item) ? new Change<>(true, List.of(item)) : new Change<>(false, List.of()));
    }

    /** Removes and returns the oldest {@code maxSize} items, or all of them for a negative {@code maxSize}. */
    public List<Data> drain(int partitionId, String name, int maxSize) {
        return changing(partitionId, name, List.of(), queue -> {
            List<Data> drained = queue.drain(maxSize);
            return new Change<>(drained, drained);
        });
    }

    /** Removes every item equal to one of {@code items}; returns whether any was removed. */
    public boolean removeAll(int partitionId, String name, Collection<Data> items) {
        return compareAndRemove(partitionId, name, items, false);
    }

    /** Removes every item not equal to one of {@code items}; returns whether any was removed. */
    public boolean retainAll(int partitionId, String name, Collection<Data> items) {
        return compareAndRemove(partitionId, name, items, true);
    }

    /** Removes every item. */
    public void clear(int partitionId, String name) {
        drain(partitionId, name, -1);
    }

    // ---- reads

    /** The item at the head, or null if the queue is empty. */
    public Data peek(int partitionId, String name) {
        return reading(partitionId, name, null, ItemQueue::peek);
    }

    /** How many items the queue holds, as 3.12 reports it: at most its capacity. */
    public int size(int partitionId, String name) {
        return reading(partitionId, name, 0, ItemQueue::size);
    }

    public boolean isEmpty(int partitionId, String name) {
        return reading(partitionId, name, true, ItemQueue::isEmpty);
    }

    /** How many more items fit: the capacity minus {@link #size}; {@link Integer#MAX_VALUE} when unbounded. */
    public int remainingCapacity(int partitionId, String name) {
        return reading(partitionId, name, settings.capacityOf(name), ItemQueue::remainingCapacity);
    }

    public boolean contains(int partitionId, String name, Data item) {
        return reading(partitionId, name, false, queue -> queue.contains(item));
    }

    /** Whether every one of {@code items} is in the queue; true for no items at all. */
    public boolean containsAll(int partitionId, String name, Collection<Data> items) {
        return reading(partitionId, name, items.isEmpty(), queue -> queue.containsAll(items));
    }

    /** Every item, head first: what 3.12's iterator and toArray return. */
    public List<Data> snapshot(int partitionId, String name) {
        return reading(partitionId, name, List.of(), ItemQueue::snapshot);
    }

    // ---- listeners and lifecycle

    @Override
    public String addItemListener(String name, boolean includeValue, ItemEventListener listener) {
        return listeners.addItemListener(name, includeValue, listener);
    }

    @Override
    public boolean removeItemListener(String name, String registrationId) {
        return listeners.removeItemListener(name, registrationId);
    }

    /** Fails every waiting queue operation: the member stops and will never finish them. */
    public void shutdown() {
        MemberStoppingException cause = new MemberStoppingException();
        partitions.forEachLocked(partition -> partition.cancelParked(operation -> true, cause));
    }

    // ---- internals

    /** What a change did: its result, and the items it removed (REMOVED events, room for waiting offers). */
    private record Change<T>(T result, List<Data> removed) {
    }

    private boolean compareAndRemove(int partitionId, String name, Collection<Data> items, boolean retain) {
        return changing(partitionId, name, false, queue -> {
            List<Data> removed = queue.removeAll(items, retain);
            return new Change<>(!removed.isEmpty(), removed);
        });
    }

    /** Runs a change that removes items, under the partition lock; answers {@code ifMissing} for no queue. */
    private <T> T changing(int partitionId, String name, T ifMissing, Function<ItemQueue, Change<T>> change) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            T result = changing(partition, name, change);
            return result == null ? ifMissing : result;
        } finally {
            partition.unlock();
        }
    }

    /**
     * Runs a change that removes items, with the partition lock held: publishes their REMOVED events,
     * wakes the offers that wait for room, and forgets the queue once it is empty. Null for no queue.
     */
    private <T> T changing(Partition partition, String name, Function<ItemQueue, Change<T>> change) {
        ItemQueue queue = queues[partition.id()].get(name);
        if (queue == null) {
            return null;
        }
        Change<T> done = change.apply(queue);
        dropIfEmpty(partition, name, queue);
        if (!done.removed().isEmpty()) {
            for (Data item : done.removed()) {
                listeners.publish(name, partition.id(), ItemEventType.REMOVED, item);
            }
            partition.wake(SERVICE_NAME, name, ROOM_AVAILABLE);
        }
        return done.result();
    }

    /** Publishes the ADDED events of new items and wakes the polls that wait for one. */
    private void added(Partition partition, String name, List<Data> items) {
        for (Data item : items) {
            listeners.publish(name, partition.id(), ItemEventType.ADDED, item);
        }
        if (!items.isEmpty()) {
            partition.wake(SERVICE_NAME, name, ITEM_AVAILABLE);
        }
    }

    /** Reads a queue under the partition lock; answers {@code ifMissing} when it has no items. */
    private <T> T reading(int partitionId, String name, T ifMissing, Function<ItemQueue, T> read) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            ItemQueue queue = queues[partitionId].get(name);
            return queue == null ? ifMissing : read.apply(queue);
        } finally {
            partition.unlock();
        }
    }

    /** The queue {@code name} in this partition, created empty with its capacity if it has no items. */
    private ItemQueue queueOf(Partition partition, String name) {
        return queues[partition.id()].computeIfAbsent(name, queueName -> new ItemQueue(settings.capacityOf(queueName)));
    }

    /** Forgets an empty queue, so that names used once leave no trace; its capacity is looked up anew. */
    private void dropIfEmpty(Partition partition, String name, ItemQueue queue) {
        if (queue.isEmpty()) {
            queues[partition.id()].remove(name, queue);
        }
    }

    /** Drops the items and listeners, and fails the waiting operations as 3.12 does. */
    private void destroy(String name) {
        ObjectDestroyedException cause = new ObjectDestroyedException(SERVICE_NAME, name);
        partitions.forEachLocked(partition -> {
            queues[partition.id()].remove(name);
            partition.cancelParked(operation -> operation.waitKey().objectName().equals(name), cause);
        });
        listeners.removeAll(name);
    }
}
