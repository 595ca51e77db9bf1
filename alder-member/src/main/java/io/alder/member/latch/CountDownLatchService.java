package io.alder.member.latch;

import io.alder.member.CallerId;
import io.alder.member.ClientSessions;
import io.alder.member.Completion;
import io.alder.member.DistributedObjects;
import io.alder.member.partition.ParkedAttempt;
import io.alder.member.partition.Partition;
import io.alder.member.partition.PartitionedObjects;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The member's count-down latches (ICountDownLatch), with 3.12 semantics: a count per name, 0 until
 * {@code trySetCount} sets it; {@code countDown} lowers it and never below 0; {@code await} returns true once
 * it is 0, or false when its timeout passes first.
 *
 * <p><b>Partitions.</b> A latch lives in the partition of its name, which 3.12 clients put in the frame
 * header; every operation names it ({@link IllegalArgumentException} if it is not in
 * {@code 0..partitionCount-1}). A latch at 0 keeps no state.
 *
 * <p><b>Threads and waiting.</b> Everything runs on the calling thread under the partition lock and never
 * blocks. An {@code await} while the count is above 0 is parked and completes through its
 * {@link Completion} on the thread whose {@code countDown} reached 0, or on the engine's scheduler when its
 * timeout passes.
 *
 * <p><b>Lifecycle.</b> The waits of a client are dropped as soon as it disconnects, as 3.12 drops them;
 * destroying a latch sets it back to 0 and fails its waits, as 3.12 does; shutting down fails every wait.
 */
public final class CountDownLatchService {

    /** The service name of latches in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:countDownLatchService";

    /** Latch calls carry no thread id: a wait belongs to its client as a whole. */
    private static final long ANY_THREAD = 0;

    private final PartitionedObjects<Integer> counts;

    /**
     * Creates the service and hooks it to client disconnections and latch destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param scheduler runs the timeouts of waits
     */
    public CountDownLatchService(int partitionCount, ScheduledExecutorService scheduler,
            ClientSessions clientSessions, DistributedObjects distributedObjects) {
        this.counts = new PartitionedObjects<>(SERVICE_NAME, partitionCount, scheduler);
        clientSessions.onClientDisconnected(counts::clientDisconnected);
        distributedObjects.onDestroy(SERVICE_NAME, counts::destroy);
    }

    public int getCount(int partitionId, String name) {
        return counts.locked(partitionId, (partition, table) -> countOf(table, name));
    }

    /**
     * Sets the count, but only if it is 0 now and {@code count} is positive, as 3.12 does (which answers a
     * zero or negative count with false rather than an error); whether it did.
     */
    public boolean trySetCount(int partitionId, String name, int count) {
        return counts.locked(partitionId, (partition, table) -> {
            if (count <= 0 || countOf(table, name) > 0) {
                return false;
            }
            table.put(name, count);
            return true;
        });
    }

    /** Lowers the count by one unless it is 0; reaching 0 releases every wait. */
    public void countDown(int partitionId, String name) {
        counts.locked(partitionId, (partition, table) -> {
            int count = countOf(table, name);
            if (count > 1) {
                table.put(name, count - 1);
            } else if (count == 1) {
                table.remove(name);
                counts.wake(partition, name);
            }
            return null;
        });
    }

    /**
     * Completes with true once the count is 0 (at once if it is), or with false after {@code timeoutMillis}
     * (0: do not wait; negative: wait as long as it takes).
     */
    public void await(int partitionId, String name, String clientUuid, long timeoutMillis,
            Completion<Boolean> completion) {
        Partition partition = counts.partition(partitionId);
        ParkedAttempt.runOrPark(partition, counts.waitKey(name), new CallerId(clientUuid, ANY_THREAD), timeoutMillis,
                false, () -> countOf(counts.table(partition), name) == 0 ? Boolean.TRUE : ParkedAttempt.MUST_WAIT,
                completion);
    }

    /** Fails every waiting operation: the member stops and will never finish them. */
    public void shutdown() {
        counts.shutdown();
    }

    private static int countOf(Map<String, Integer> table, String name) {
        return table.getOrDefault(name, 0);
    }
}
