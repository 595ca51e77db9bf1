package io.alder.member.partition;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/** All partitions of a member, by id. Thread-safe. */
public final class PartitionTable {

    private final Partition[] partitions;

    /**
     * @param count how many partitions there are
     * @param scheduler runs the timeouts of parked operations
     */
    public PartitionTable(int count, ScheduledExecutorService scheduler) {
        if (count < 1) {
            throw new IllegalArgumentException("partition count: " + count + " (expected: >= 1)");
        }
        partitions = new Partition[count];
        for (int id = 0; id < count; id++) {
            partitions[id] = new Partition(id, scheduler);
        }
    }

    public int count() {
        return partitions.length;
    }

    /**
     * The partition with this id.
     *
     * @throws IllegalArgumentException if the id is out of range
     */
    public Partition get(int partitionId) {
        if (partitionId < 0 || partitionId >= partitions.length) {
            throw new IllegalArgumentException(
                    "partition id: " + partitionId + " (expected: 0.." + (partitions.length - 1) + ")");
        }
        return partitions[partitionId];
    }

    /**
     * Fails every operation a client has parked in these partitions: the client disconnected, and its
     * answers could not reach it any more. As 3.12, this happens at once, not after the cleanup delay
     * that keeps what the client owns.
     */
    public void dropWaitsOf(String clientUuid) {
        IllegalStateException cause = new IllegalStateException("Client " + clientUuid + " disconnected");
        forEachLocked(partition ->
                partition.cancelParked(operation -> operation.caller().clientUuid().equals(clientUuid), cause));
    }

    /** Runs {@code work} on every partition in turn, each under its lock, for service-wide operations. */
    public void forEachLocked(Consumer<Partition> work) {
        for (Partition partition : partitions) {
            partition.lock();
            try {
                work.accept(partition);
            } finally {
                partition.unlock();
            }
        }
    }
}
