package io.alder.member.partition;

import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The state of one service's named objects (atomic longs, latches, semaphores, ...), each in the partition of
 * its name: per partition, a table by name that is only touched under that partition's lock. A name without
 * state is absent from its table, and services drop state that holds nothing worth keeping, so that names
 * used once leave no trace.
 *
 * <p>The operations that wait for an object are parked in its partition under {@link #waitKey}; this class
 * also ends them when the object is destroyed, when their client disconnects and when the member stops.
 *
 * @param <S> the state of one object
 */
public final class PartitionedObjects<S> {

    private final String serviceName;
    private final PartitionTable partitions;
    private final Map<String, S>[] tables;

    /**
     * @param serviceName the service the objects belong to, e.g. {@code hz:impl:semaphoreService}
     * @param partitionCount how many partitions the member has
     * @param scheduler runs the timeouts of parked operations
     */
    @SuppressWarnings("unchecked")
    public PartitionedObjects(String serviceName, int partitionCount, ScheduledExecutorService scheduler) {
        this.serviceName = serviceName;
        this.partitions = new PartitionTable(partitionCount, scheduler);
        this.tables = new Map[partitionCount];
        for (int id = 0; id < partitionCount; id++) {
            tables[id] = new HashMap<>();
        }
    }

    /**
     * The partition with this id.
     *
     * @throws IllegalArgumentException if the id is out of range
     */
    public Partition partition(int partitionId) {
        return partitions.get(partitionId);
    }

    /** The table of a partition whose lock the caller holds. */
    public Map<String, S> table(Partition partition) {
        return tables[partition.id()];
    }

    /**
     * Runs {@code work} on a partition and its table under the partition's lock; what it wakes is retried
     * when the lock is released.
     *
     * @throws IllegalArgumentException if the id is out of range
     */
    public <T> T locked(int partitionId, BiFunction<Partition, Map<String, S>, T> work) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            return work.apply(partition, tables[partitionId]);
        } finally {
            partition.unlock();
        }
    }

    /** What the operations waiting for the object {@code name} are parked under. */
    public WaitKey waitKey(String name) {
        return new WaitKey(serviceName, name, null);
    }

    /**
     * Retries the operations waiting for the object {@code name} when the current critical section of
     * {@code partition} ends; the caller holds its lock.
     */
    public void wake(Partition partition, String name) {
        partition.wake(serviceName, name, null);
    }

    /** Drops the object's state and fails the operations waiting for it, as destroying a 3.12 object does. */
    public void destroy(String name) {
        ObjectDestroyedException cause = new ObjectDestroyedException(serviceName, name);
        partitions.forEachLocked(partition -> {
            tables[partition.id()].remove(name);
            partition.cancelParked(operation -> name.equals(operation.waitKey().objectName()), cause);
        });
    }

    /**
     * Fails the waiting operations of a client whose last connection closed: they can no longer be
     * answered, and must not take what others release meanwhile.
     */
    public void clientDisconnected(String clientUuid) {
        partitions.dropWaitsOf(clientUuid);
    }

    /**
     * A client is gone for good: first fails any waiting operation it still has, so that what it owned cannot
     * be handed to its own waiters, then lets {@code release} free what it owned, partition by partition,
     * under each lock.
     */
    public void clientGone(String clientUuid, BiConsumer<Partition, Map<String, S>> release) {
        partitions.dropWaitsOf(clientUuid);
        partitions.forEachLocked(partition -> release.accept(partition, tables[partition.id()]));
    }

    /** Fails every waiting operation: the member stops and will never finish them. */
    public void shutdown() {
        MemberStoppingException cause = new MemberStoppingException();
        partitions.forEachLocked(partition -> partition.cancelParked(operation -> true, cause));
    }
}
