package io.alder.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous view of a distributed lock ({@link AlderLock}): every operation sends its request at once
 * and returns a {@link CompletableFuture}. A lock taken through this view belongs to the thread that made the
 * call, which must also be the one that unlocks it. {@link #lock} and {@link #tryLock(long, TimeUnit)} wait on
 * the member, not in the client; cancelling their future does not cancel them.
 */
public interface AsyncAlderLock extends AsyncDistributedObject {

    /** Locks for the calling thread, waiting as long as it takes. */
    CompletableFuture<Void> lock();

    /** Locks for the calling thread for at most {@code leaseTime} (negative: until unlocked). */
    CompletableFuture<Void> lock(long leaseTime, TimeUnit leaseUnit);

    /** Locks for the calling thread if the lock is free now; completes with whether it was taken. */
    CompletableFuture<Boolean> tryLock();

    /** Locks for the calling thread, waiting at most {@code time}; completes with whether it was taken. */
    CompletableFuture<Boolean> tryLock(long time, TimeUnit unit);

    /** {@link #tryLock(long, TimeUnit)} with a lease (negative: until unlocked). */
    CompletableFuture<Boolean> tryLock(long time, TimeUnit unit, long leaseTime, TimeUnit leaseUnit);

    /** Leaves the calling thread's lock once; fails with {@link IllegalMonitorStateException} if it holds none. */
    CompletableFuture<Void> unlock();

    /** Releases the lock whoever holds it. */
    CompletableFuture<Void> forceUnlock();

    CompletableFuture<Boolean> isLocked();

    /** Whether the calling thread of this client holds the lock. */
    CompletableFuture<Boolean> isLockedByCurrentThread();

    CompletableFuture<Integer> getLockCount();

    /** See {@link AlderLock#getRemainingLeaseTime()}. */
    CompletableFuture<Long> getRemainingLeaseTime();

    /** The condition {@code name} of this lock, the same for every client. */
    AsyncAlderCondition newCondition(String name);
}
