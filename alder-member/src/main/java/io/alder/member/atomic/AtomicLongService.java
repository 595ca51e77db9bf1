package io.alder.member.atomic;

import io.alder.member.DistributedObjects;
import io.alder.member.partition.PartitionedObjects;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongUnaryOperator;

/**
 * The member's atomic longs (IAtomicLong), with 3.12 semantics: one 64-bit value per name, 0 until it is
 * set, that wraps around on overflow as Java's {@code long} does.
 *
 * <p>A counter lives in the partition of its name, which 3.12 clients put in the frame header; every
 * operation names it ({@link IllegalArgumentException} if it is not in {@code 0..partitionCount-1}) and runs
 * at once on the calling thread under that partition's lock: none ever waits. A counter at 0 keeps no state,
 * since it cannot be told from one never used; destroying it sets it back to 0.
 *
 * <p>3.12's {@code apply} and {@code alter} run a client's function on the member; Alder runs no user code,
 * so they have no counterpart here.
 */
public final class AtomicLongService {

    /** The service name of atomic longs in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:atomicLongService";

    private final PartitionedObjects<Long> counters;

    /**
     * Creates the service and hooks it to counter destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param scheduler the engine's scheduler (counters never wait, but their partitions are the engine's kind)
     */
    public AtomicLongService(int partitionCount, ScheduledExecutorService scheduler,
            DistributedObjects distributedObjects) {
        this.counters = new PartitionedObjects<>(SERVICE_NAME, partitionCount, scheduler);
        distributedObjects.onDestroy(SERVICE_NAME, counters::destroy);
    }

    public long get(int partitionId, String name) {
        return counters.locked(partitionId, (partition, table) -> valueOf(table, name));
    }

    public void set(int partitionId, String name, long newValue) {
        update(partitionId, name, value -> newValue, false);
    }

    /** Sets {@code newValue} and returns the value before. */
    public long getAndSet(int partitionId, String name, long newValue) {
        return update(partitionId, name, value -> newValue, false);
    }

    /** Adds {@code delta} (negative to subtract) and returns the new value. */
    public long addAndGet(int partitionId, String name, long delta) {
        return update(partitionId, name, value -> value + delta, true);
    }

    /** Adds {@code delta} (negative to subtract) and returns the value before. */
    public long getAndAdd(int partitionId, String name, long delta) {
        return update(partitionId, name, value -> value + delta, false);
    }

    /** Sets {@code updated} if the value is {@code expected}; whether it did. */
    public boolean compareAndSet(int partitionId, String name, long expected, long updated) {
        return counters.locked(partitionId, (partition, table) -> {
            if (valueOf(table, name) != expected) {
                return false;
            }
            store(table, name, updated);
            return true;
        });
    }

    /** Changes the value and returns the new one ({@code returnNew}) or the one before. */
    private long update(int partitionId, String name, LongUnaryOperator change, boolean returnNew) {
        return counters.locked(partitionId, (partition, table) -> {
            long before = valueOf(table, name);
            long after = change.applyAsLong(before);
            store(table, name, after);
            return returnNew ? after : before;
        });
    }

    private static long valueOf(Map<String, Long> table, String name) {
        return table.getOrDefault(name, 0L);
    }

    private static void store(Map<String, Long> table, String name, long value) {
        if (value == 0) {
            table.remove(name);
        } else {
            table.put(name, value);
        }
    }
}
