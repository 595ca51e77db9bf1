package io.alder.member.ringbuffer;

import io.alder.member.CallerId;
import io.alder.member.ClientSessions;
import io.alder.member.Clock;
import io.alder.member.Completion;
import io.alder.member.DistributedObjects;
import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.partition.ParkedAttempt;
import io.alder.member.partition.Partition;
import io.alder.member.partition.PartitionTable;
import io.alder.member.partition.WaitKey;
import io.alder.serialization.Data;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * The member's ringbuffers, with 3.12 semantics: each holds up to its capacity of items numbered by
 * sequence, the oldest dropped to make room (or, with the FAIL overflow policy, the add refused when the
 * ringbuffer is full of items that have not expired yet). Settings come from {@link RingbufferConfigs}
 * when a ringbuffer is first used; 3.12 clients build reliable topics on ringbuffers named
 * {@code _hz_rb_<topic>}, which are configured by the topic's name.
 *
 * <p><b>Partitions.</b> A ringbuffer lives in the partition of its name, which 3.12 clients put in the
 * frame header; every operation names it ({@link IllegalArgumentException} if it is not in
 * {@code 0..partitionCount-1}) and it is trusted, not recomputed.
 *
 * <p><b>Threads and waiting.</b> Everything runs on the calling thread under the partition lock and never
 * blocks. A {@code readOne} of the next sequence to be added, and a {@code readMany} that has fewer than
 * its minimum of items, are parked and complete through their {@link Completion} when adds bring the
 * items, on the thread that added them. They wait as long as it takes: a 3.12 client gives up on them
 * only by going away. Expired items are dropped when the ringbuffer is next used, as in 3.12.
 *
 * <p><b>Lifecycle.</b> When a client disconnects its waiting reads are dropped at once, as 3.12 does;
 * destroying a ringbuffer drops its items and fails its waiting reads; shutting down fails every waiting
 * read.
 */
public final class RingbufferService {

    /** The service name of ringbuffers in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:ringbufferService";

    /** The most items one {@code readMany} returns, as 3.12 clients enforce. */
    public static final int MAX_BATCH_SIZE = 1000;

    private static final long WAIT_FOREVER = -1;

    private final PartitionTable partitions;
    /** Per partition, the ringbuffers by name; only touched under the partition lock. */
    private final Map<String, Ring>[] rings;
    private final RingbufferConfigs configs;
    private final Clock clock;

    /**
     * Creates the service and hooks it to client disconnections and ringbuffer destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param configs the ringbuffer settings by name
     * @param clock the engine clock, for times to live
     * @param scheduler the engine scheduler
     */
    @SuppressWarnings("unchecked")
    public RingbufferService(int partitionCount, RingbufferConfigs configs, Clock clock,
            ScheduledExecutorService scheduler, ClientSessions clientSessions, DistributedObjects distributedObjects) {
        this.partitions = new PartitionTable(partitionCount, scheduler);
        this.rings = new Map[partitionCount];
        for (int id = 0; id < partitionCount; id++) {
            rings[id] = new HashMap<>();
        }
        this.configs = configs;
        this.clock = clock;
        clientSessions.onClientDisconnected(partitions::dropWaitsOf);
        distributedObjects.onDestroy(SERVICE_NAME, this::destroy);
    }

    // ---- looking at a ringbuffer

    /** How many items it holds. */
    public long size(int partitionId, String name) {
        return onRing(partitionId, name, Ring::size);
    }

    /** The sequence of the newest item, -1 if nothing was ever added. */
    public long tailSequence(int partitionId, String name) {
        return onRing(partitionId, name, Ring::tail);
    }

    /** The sequence of the oldest item held; {@code tail + 1} when it holds none. */
    public long headSequence(int partitionId, String name) {
        return onRing(partitionId, name, Ring::head);
    }

    public long capacity(int partitionId, String name) {
        return onRing(partitionId, name, Ring::capacity);
    }

    /**
     * The room left for adds with the FAIL policy: with a time to live, the capacity minus the items that
     * have not expired; without, the whole capacity, as in 3.12.
     */
    public long remainingCapacity(int partitionId, String name) {
        return onRing(partitionId, name, Ring::remainingCapacity);
    }

    // ---- adding

    /**
     * Adds an item and wakes the reads waiting for it.
     *
     * @return its sequence, or -1 if {@code policy} is FAIL and there is no room
     */
    public long add(int partitionId, String name, Data item, OverflowPolicy policy) {
        return onRing(partitionId, name, ring -> ring.add(item, policy, clock.millis()));
    }

    /**
     * Adds the items in order and wakes the reads waiting for them.
     *
     * @return the sequence of the last one ({@code tail + 1} for an empty list, as in 3.12), or -1 if
     *     {@code policy} is FAIL and there is no room for all of them
     */
    public long addAll(int partitionId, String name, List<Data> items, OverflowPolicy policy) {
        return onRing(partitionId, name, ring -> ring.addAll(items, policy, clock.millis()));
    }

    // ---- reading; these wait for items

    /**
     * Completes with the item of {@code sequence}, waiting while it is the next one to be added.
     *
     * @param caller who waits; the wait is dropped when its client is gone
     * @throws IllegalArgumentException (through the completion) if it is past {@code tail + 1}
     * @throws StaleSequenceException (through the completion) if it is older than the head
     */
    public void readOne(int partitionId, String name, long sequence, CallerId caller, Completion<Data> completion) {
        Partition partition = partitions.get(partitionId);
        ParkedAttempt.runOrPark(partition, waitKey(name), caller, WAIT_FOREVER, null, () -> {
            Ring ring = ringOf(partition, name);
            ring.expire(clock.millis());
            ring.checkWaitable(sequence);
            return ring.isNext(sequence) ? ParkedAttempt.MUST_WAIT : ring.read(sequence);
        }, completion);
    }

    /**
     * Completes with up to {@code maxCount} items from {@code startSequence} on, once at least
     * {@code minCount} are there; with {@code minCount} 0 at once, with what there is.
     *
     * @param caller who waits; the wait is dropped when its client is gone
     * @throws IllegalArgumentException if the counts are out of range (see {@link #MAX_BATCH_SIZE}), and
     *     through the completion if the start is past {@code tail + 1}
     * @throws StaleSequenceException (through the completion) if the start is older than the head
     */
    public void readMany(int partitionId, String name, long startSequence, int minCount, int maxCount,
            CallerId caller, Completion<ReadResult> completion) {
        checkCounts(name, minCount, maxCount);
        Partition partition = partitions.get(partitionId);
        ManyReader reader = new ManyReader(() -> ringOf(partition, name), clock, startSequence, minCount, maxCount);
        ParkedAttempt.runOrPark(partition, waitKey(name), caller, WAIT_FOREVER, null, reader, completion);
    }

    /** How many reads wait, in all ringbuffers. */
    public int waitingReads() {
        int[] count = new int[1];
        partitions.forEachLocked(partition -> count[0] += partition.parkedCount());
        return count[0];
    }

    /** Fails every waiting read: the member stops and will never finish them. */
    public void shutdown() {
        MemberStoppingException cause = new MemberStoppingException();
        partitions.forEachLocked(partition -> partition.cancelParked(operation -> true, cause));
    }

    // ---- internals

    /** The limits 3.12 clients check before they send a {@code readMany}; a member must not trust them. */
    private void checkCounts(String name, int minCount, int maxCount) {
        if (minCount < 0) {
            throw new IllegalArgumentException("minCount can't be smaller than 0");
        }
        if (maxCount < minCount) {
            throw new IllegalArgumentException("maxCount should be equal or larger than minCount");
        }
        if (maxCount > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("maxCount can't be larger than " + MAX_BATCH_SIZE);
        }
        if (minCount > configs.forRingbuffer(name).capacity()) {
            throw new IllegalArgumentException("the minCount should be smaller than or equal to the capacity");
        }
    }

    private <T> T onRing(int partitionId, String name, Function<Ring, T> operation) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            Ring ring = ringOf(partition, name);
            ring.expire(clock.millis());
            return operation.apply(ring);
        } finally {
            partition.unlock();
        }
    }

    private Ring ringOf(Partition partition, String name) {
        return rings[partition.id()].computeIfAbsent(name,
                ringName -> new Ring(ringName, configs.forRingbuffer(ringName), partition));
    }

    private static WaitKey waitKey(String name) {
        return new WaitKey(SERVICE_NAME, name, null);
    }

    /** Drops the items; waiting reads fail, as 3.12's do with DistributedObjectDestroyedException. */
    private void destroy(String name) {
        ObjectDestroyedException cause = new ObjectDestroyedException(SERVICE_NAME, name);
        partitions.forEachLocked(partition -> {
            rings[partition.id()].remove(name);
            partition.cancelParked(operation -> operation.waitKey().objectName().equals(name), cause);
        });
    }
}
