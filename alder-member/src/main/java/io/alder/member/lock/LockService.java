package io.alder.member.lock;

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
import io.alder.serialization.Strings;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The member's named locks (ILock), with 3.12 semantics: a lock belongs to one caller (client uuid and
 * thread id), is re-entrant, may have a lease, and a retried request (same reference id) is applied once.
 *
 * <p><b>Partitions.</b> A lock lives in the partition of its name, which 3.12 clients put in the frame
 * header; every operation names it ({@link IllegalArgumentException} if it is not in
 * {@code 0..partitionCount-1}) and it is trusted, not recomputed. As in 3.12, the lock is the single key
 * of its own lock table, and that key is the name serialized as a String.
 *
 * <p><b>Threads and waiting.</b> Everything runs on the calling thread under the partition lock and never
 * blocks. A {@code lock} or {@code tryLock} while another caller holds the lock is parked and completes
 * through its {@link Completion} when the lock is released or its lease runs out, on the thread that
 * released it; {@code tryLock} gives up on the engine's scheduler when its timeout passes. Operations that
 * never wait return their result directly. Times come from the engine clock.
 *
 * <p><b>Lifecycle.</b> When a client disconnects its waiting operations are dropped at once; when it is
 * gone (the cleanup delay passed without a reconnection) its locks are released; destroying a lock
 * releases it and fails its waiting operations; shutting down fails every waiting one.
 */
public final class LockService {

    /** The service name of locks in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:lockService";

    private static final long WAIT_FOREVER = -1;

    private final PartitionTable partitions;
    /** Per partition, the table of each lock that is held, by name; only touched under the partition lock. */
    private final Map<String, KeyLocks>[] tables;
    /** Per partition, the callers awaiting conditions of each lock, by lock name; under the partition lock. */
    private final Map<String, ConditionWaiters>[] conditions;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    /**
     * Creates the service and hooks it to client departures and lock destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param clock the engine clock
     * @param scheduler runs timeouts and lease ends
     */
    @SuppressWarnings("unchecked")
    public LockService(int partitionCount, Clock clock, ScheduledExecutorService scheduler,
            ClientSessions clientSessions, DistributedObjects distributedObjects) {
        this.partitions = new PartitionTable(partitionCount, scheduler);
        this.tables = new Map[partitionCount];
        this.conditions = new Map[partitionCount];
        for (int id = 0; id < partitionCount; id++) {
            tables[id] = new HashMap<>();
            conditions[id] = new HashMap<>();
        }
        this.clock = clock;
        this.scheduler = scheduler;
        clientSessions.onClientDisconnected(partitions::dropWaitsOf);
        clientSessions.onClientDisconnected(this::forgetConditionWaitsOf);
        clientSessions.onClientGone(this::releaseClient);
        distributedObjects.onDestroy(SERVICE_NAME, this::destroy);
    }

    // ---- taking and leaving

    /**
     * Takes the lock for {@code caller}, or enters it once more, waiting as long as another caller holds
     * it. A negative lease, or one that reaches past the end of time, means no lease.
     */
    public void lock(int partitionId, String name, CallerId caller, long leaseMillis, long referenceId,
            Completion<Void> completion) {
        acquire(partitionId, name, caller, leaseMillis, WAIT_FOREVER, referenceId, null, null, completion);
    }

    /**
     * Takes the lock for {@code caller}, or enters it once more, waiting at most {@code timeoutMillis}
     * (0: not at all, negative: forever); completes with whether it got the lock. A negative lease, or
     * one that reaches past the end of time such as {@link Long#MAX_VALUE}, means no lease.
     */
    public void tryLock(int partitionId, String name, CallerId caller, long leaseMillis, long timeoutMillis,
            long referenceId, Completion<Boolean> completion) {
        acquire(partitionId, name, caller, leaseMillis, timeoutMillis, referenceId, true, false, completion);
    }

    /**
     * Leaves the caller's lock once (fully released when every lock call is matched).
     *
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     */
    public void unlock(int partitionId, String name, CallerId caller, long referenceId) {
        boolean held = onLock(partitionId, name, false, (locks, key, now) -> {
            locks.unlock(key, caller, referenceId, now);
            return true;
        });
        if (!held) {
            throw KeyLocks.notLocked();
        }
    }

    /** Releases the lock whoever holds it; nothing happens if it is free. */
    public void forceUnlock(int partitionId, String name) {
        onLock(partitionId, name, false, (locks, key, now) -> locks.forceUnlock(key, now));
    }

    // ---- looking at a lock; these never wait

    public boolean isLocked(int partitionId, String name) {
        return onLock(partitionId, name, false, (locks, key, now) -> locks.isLocked(key, now));
    }

    /** Whether {@code caller} (that client thread) holds the lock. */
    public boolean isLockedBy(int partitionId, String name, CallerId caller) {
        return onLock(partitionId, name, false, (locks, key, now) -> locks.isLockedBy(key, caller, now));
    }

    /** How often the owner holds the lock, whoever asks; 0 when it is free. */
    public int lockCount(int partitionId, String name) {
        return onLock(partitionId, name, 0, (locks, key, now) -> locks.lockCount(key, now));
    }

    /**
     * The milliseconds until the lock's lease ends: -1 when the lock is free, and for a lock without lease
     * the time until {@link Long#MAX_VALUE}, as 3.12 reports it.
     */
    public long remainingLeaseTime(int partitionId, String name) {
        return onLock(partitionId, name, -1L, (locks, key, now) -> locks.remainingLeaseMillis(key, now));
    }

    // ---- conditions

    /**
     * The first half of awaiting the condition {@code conditionId} of the lock: the caller, which must hold
     * the lock, becomes a waiter of the condition and leaves the lock once. As in 3.12 it leaves it only
     * once: a caller that entered the lock twice still holds it while it waits, so no other caller can
     * signal it before its wait times out. A repeated request (same reference id) changes nothing.
     *
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     */
    public void beforeAwait(int partitionId, String name, String conditionId, CallerId caller, long referenceId) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            if (hasWaiter(partitionId, name, conditionId, caller)) {
                return;
            }
            unlock(partitionId, name, caller, referenceId);
            waitersOf(partitionId, name).waiterFor(conditionId, caller);
        } finally {
            partition.unlock();
        }
    }

    /**
     * The second half of awaiting a condition: waits until a signal picks the caller or {@code timeoutMillis}
     * pass (negative: no limit), then until the caller can take the lock back, which it enters once more;
     * completes with whether it was signalled. A caller that did not call {@link #beforeAwait} first
     * becomes a waiter now, without leaving the lock.
     */
    public void await(int partitionId, String name, String conditionId, CallerId caller, long timeoutMillis,
            long referenceId, Completion<Boolean> completion) {
        Partition partition = partitions.get(partitionId);
        Data key = Strings.toData(name);
        ConditionWaiters.Waiter waiter;
        partition.lock();
        try {
            waiter = waitersOf(partitionId, name).waiterFor(conditionId, caller);
            waiter.expired |= timeoutMillis == 0;
        } finally {
            partition.unlock();
        }
        ScheduledFuture<?> expiry = timeoutMillis > 0
                ? scheduler.schedule(() -> expire(partition, name, key, waiter), timeoutMillis, TimeUnit.MILLISECONDS)
                : null;
        ParkedAttempt.<Boolean>runOrPark(partition, new WaitKey(SERVICE_NAME, name, key), caller, WAIT_FOREVER, null,
                () -> resumeAwait(partition, name, key, waiter, referenceId),
                new Completion<Boolean>() {
                    @Override
                    public void complete(Boolean signalled) {
                        cancel(expiry);
                        completion.complete(signalled);
                    }

                    @Override
                    public void fail(Throwable error) {
                        cancel(expiry);
                        completion.fail(error);
                    }
                });
    }

    /**
     * Picks the longest-waiting caller of the condition (every one when {@code all}) to resume once it can
     * take the lock back; a signal that finds no waiter is forgotten.
     *
     * @throws IllegalMonitorStateException if {@code caller} does not hold the lock
     */
    public void signal(int partitionId, String name, String conditionId, CallerId caller, boolean all) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            boolean held = onLock(partitionId, name, false, (locks, key, now) -> {
                locks.requireOwner(key, caller, now);
                return true;
            });
            if (!held) {
                throw KeyLocks.notLocked();
            }
            ConditionWaiters waiters = conditions[partitionId].get(name);
            if (waiters != null && waiters.signal(conditionId, all) > 0) {
                partition.wake(SERVICE_NAME, name, Strings.toData(name));
            }
        } finally {
            partition.unlock();
        }
    }

    /** Fails every waiting lock operation: the member stops and will never finish them. */
    public void shutdown() {
        MemberStoppingException cause = new MemberStoppingException();
        partitions.forEachLocked(partition -> partition.cancelParked(operation -> true, cause));
    }

    // ---- internals

    /** What an operation does to a lock: the key {@code key} of the table {@code locks}, at time {@code now}. */
    @FunctionalInterface
    private interface LockOperation<T> {
        T apply(KeyLocks locks, Data key, long now);
    }

    /** Takes the lock now, or parks the attempt while another caller holds it. */
    private <T> void acquire(int partitionId, String name, CallerId caller, long leaseMillis, long timeoutMillis,
            long referenceId, T acquired, T timeoutResult, Completion<T> completion) {
        Partition partition = partitions.get(partitionId);
        Data key = Strings.toData(name);
        ParkedAttempt.runOrPark(partition, new WaitKey(SERVICE_NAME, name, key), caller, timeoutMillis, timeoutResult,
                () -> tableOf(partition, name).lock(key, caller, leaseMillis, referenceId, clock.millis())
                        ? acquired : ParkedAttempt.MUST_WAIT,
                completion);
    }

    /**
     * Runs an operation on the lock's table, or answers {@code ifFree} when the lock has none (it is free).
     * A table the operation leaves empty is dropped, so that lock names used once and unlocked leave no
     * trace.
     */
    private <T> T onLock(int partitionId, String name, T ifFree, LockOperation<T> operation) {
        Partition partition = partitions.get(partitionId);
        partition.lock();
        try {
            Map<String, KeyLocks> byName = tables[partitionId];
            KeyLocks locks = byName.get(name);
            if (locks == null) {
                return ifFree;
            }
            try {
                return operation.apply(locks, Strings.toData(name), clock.millis());
            } finally {
                if (locks.isEmpty()) {
                    byName.remove(name);
                }
            }
        } finally {
            partition.unlock();
        }
    }

    /** Resumes a parked await once its wait is over and the caller can take the lock back. */
    private Object resumeAwait(Partition partition, String name, Data key, ConditionWaiters.Waiter waiter,
            long referenceId) {
        if (!waiter.mayResume() || !tableOf(partition, name).lock(key, waiter.caller, WAIT_FOREVER, referenceId,
                clock.millis())) {
            return ParkedAttempt.MUST_WAIT;
        }
        ConditionWaiters waiters = conditions[partition.id()].get(name);
        if (waiters != null) {
            waiters.remove(waiter);
            if (waiters.isEmpty()) {
                conditions[partition.id()].remove(name);
            }
        }
        return waiter.signalled;
    }

    /** Ends the wait of an await whose time is up: it now only waits to take the lock back. */
    private void expire(Partition partition, String name, Data key, ConditionWaiters.Waiter waiter) {
        partition.lock();
        try {
            if (!waiter.mayResume()) {
                waiter.expired = true;
                partition.wake(SERVICE_NAME, name, key);
            }
        } finally {
            partition.unlock();
        }
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    private boolean hasWaiter(int partitionId, String name, String conditionId, CallerId caller) {
        ConditionWaiters waiters = conditions[partitionId].get(name);
        return waiters != null && waiters.find(conditionId, caller) != null;
    }

    private ConditionWaiters waitersOf(int partitionId, String name) {
        return conditions[partitionId].computeIfAbsent(name, lockName -> new ConditionWaiters());
    }

    /** Forgets the condition waits of a client whose connection closed; its parked awaits are dropped too. */
    private void forgetConditionWaitsOf(String clientUuid) {
        partitions.forEachLocked(partition -> {
            Map<String, ConditionWaiters> byName = conditions[partition.id()];
            byName.values().forEach(waiters -> waiters.removeAllOf(clientUuid));
            byName.values().removeIf(ConditionWaiters::isEmpty);
        });
    }

    private KeyLocks tableOf(Partition partition, String name) {
        return tables[partition.id()].computeIfAbsent(name,
                lockName -> new KeyLocks(SERVICE_NAME, lockName, partition, scheduler));
    }

    private void releaseClient(String clientUuid) {
        IllegalStateException cause = new IllegalStateException("Client " + clientUuid + " is gone");
        partitions.forEachLocked(partition -> {
            // first drop its waits, so that releasing its locks cannot hand one to its own waiter
            partition.cancelParked(operation -> operation.caller().clientUuid().equals(clientUuid), cause);
            Map<String, KeyLocks> byName = tables[partition.id()];
            for (KeyLocks locks : byName.values()) {
                locks.releaseAllOf(clientUuid);
            }
            byName.values().removeIf(KeyLocks::isEmpty);
        });
    }

    /** Releases the lock without waking anyone: its waiting operations fail, as in 3.12. */
    private void destroy(String name) {
        ObjectDestroyedException cause = new ObjectDestroyedException(SERVICE_NAME, name);
        partitions.forEachLocked(partition -> {
            KeyLocks locks = tables[partition.id()].remove(name);
            if (locks != null) {
                locks.cancelLeases();
            }
            conditions[partition.id()].remove(name);
            partition.cancelParked(operation -> operation.waitKey().objectName().equals(name), cause);
        });
    }
}
