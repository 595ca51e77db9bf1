package io.alder.member.atomic;

import io.alder.member.DistributedObjects;
import io.alder.member.partition.PartitionedObjects;
import io.alder.serialization.Data;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The member's atomic references (IAtomicReference), with 3.12 semantics: one serialized value per name,
 * null until it is set. Values stay opaque: two values are the same when their serialized bytes are equal,
 * as 3.12 compares them, whatever the objects' {@code equals} says.
 *
 * <p>A reference lives in the partition of its name, which 3.12 clients put in the frame header; every
 * operation names it ({@link IllegalArgumentException} if it is not in {@code 0..partitionCount-1}) and runs
 * at once on the calling thread under that partition's lock: none ever waits. A null reference keeps no
 * state; destroying a reference sets it back to null.
 *
 * <p>3.12's {@code apply} and {@code alter} run a client's function on the member; Alder runs no user code,
 * so they have no counterpart here.
 */
public final class AtomicReferenceService {

    /** The service name of atomic references in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:atomicReferenceService";

    private final PartitionedObjects<Data> references;

    /**
     * Creates the service and hooks it to reference destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param scheduler the engine's scheduler (references never wait, but their partitions are the engine's kind)
     */
    public AtomicReferenceService(int partitionCount, ScheduledExecutorService scheduler,
            DistributedObjects distributedObjects) {
        this.references = new PartitionedObjects<>(SERVICE_NAME, partitionCount, scheduler);
        distributedObjects.onDestroy(SERVICE_NAME, references::destroy);
    }

    /** The value, or null. */
    public Data get(int partitionId, String name) {
        return references.locked(partitionId, (partition, table) -> table.get(name));
    }

    public boolean isNull(int partitionId, String name) {
        return get(partitionId, name) == null;
    }

    /** Whether the value is {@code expected} (null: whether the reference is null). */
    public boolean contains(int partitionId, String name, Data expected) {
        return Objects.equals(get(partitionId, name), expected);
    }

    /** Sets the value; null clears the reference. */
    public void set(int partitionId, String name, Data newValue) {
        getAndSet(partitionId, name, newValue);
    }

    /** Sets the value and returns the one before (null: none). */
    public Data getAndSet(int partitionId, String name, Data newValue) {
        return references.locked(partitionId, (partition, table) -> store(table, name, newValue));
    }

    /** Sets {@code updated} if the value is {@code expected} (null for none); whether it did. */
    public boolean compareAndSet(int partitionId, String name, Data expected, Data updated) {
        return references.locked(partitionId, (partition, table) -> {
            if (!Objects.equals(table.get(name), expected)) {
                return false;
            }
            store(table, name, updated);
            return true;
        });
    }

    private static Data store(Map<String, Data> table, String name, Data value) {
        return value == null ? table.remove(name) : table.put(name, value);
    }
}
