package io.alder.client;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * A distributed lock (3.12's {@code ILock}): a {@link Lock} that every client sees, owned by one thread of
 * one client at a time. This is the blocking view; {@link #async()} is the same lock with non-blocking
 * operations.
 *
 * <p>The lock is re-entrant: its owner may lock it again and must unlock it as often. It may be taken with a
 * lease, after which the cluster releases it by itself. When the owning client leaves the cluster, the member
 * releases its locks after its client cleanup delay. {@link #lock()} waits on the member as long as it takes;
 * {@link #tryLock(long, TimeUnit)} waits at most its timeout and throws {@link InterruptedException} when the
 * calling thread is interrupted (the attempt may still succeed on the member; the lock is then this thread's).
 *
 * <p>Conditions ({@link #newCondition(String)}) are named: every client that asks this lock for the condition
 * of a name gets the same condition, so one client's thread can await what another client signals.
 */
public interface AlderLock extends Lock, DistributedObject {

    /** Locks for the calling thread for at most {@code leaseTime} (negative: until unlocked). */
    void lock(long leaseTime, TimeUnit leaseUnit);

    /**
     * Locks for the calling thread, waiting at most {@code time}, and holds the lock for at most
     * {@code leaseTime} (negative: until unlocked).
     *
     * @return whether the lock was taken in time
     */
    boolean tryLock(long time, TimeUnit unit, long leaseTime, TimeUnit leaseUnit) throws InterruptedException;

    /** Releases the lock whoever holds it and however often; nothing happens if it is free. */
    void forceUnlock();

    /** Whether any thread of any client holds the lock. */
    boolean isLocked();

    /** Whether the calling thread of this client holds the lock. */
    boolean isLockedByCurrentThread();

    /** How often the owner holds the lock; 0 when it is free. */
    int getLockCount();

    /**
     * The milliseconds until the lease of the current owner ends: -1 when the lock is free, and for a lock
     * without lease the time until {@link Long#MAX_VALUE} milliseconds since the epoch, as 3.12 reports it.
     */
    long getRemainingLeaseTime();

    /** The condition {@code name} of this lock, the same for every client. */
    AlderCondition newCondition(String name);

    /**
     * A condition of this lock under a fresh, unique name: its waiters can be signalled by the other threads
     * of this client that hold this object. Use {@link #newCondition(String)} to share a condition between
     * clients.
     */
    @Override
    AlderCondition newCondition();

    /** The same lock with non-blocking operations. */
    AsyncAlderLock async();
}
