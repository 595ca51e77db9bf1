package io.alder.compat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One distributed lock (3.12's {@code ILock}, Alder's {@code AlderLock}) as either Java client sees it: every
 * method stands for the client's method of the same name and parameters, forwarded by {@link ClientViews};
 * the {@code xAsync} methods, which only Alder's client has, return what Alder's {@code lock.async().x} returns.
 */
public interface LockView extends ClientView {

    String getName();

    void lock();

    void lock(long leaseTime, TimeUnit leaseUnit);

    boolean tryLock();

    boolean tryLock(long time, TimeUnit unit) throws InterruptedException;

    boolean tryLock(long time, TimeUnit unit, long leaseTime, TimeUnit leaseUnit) throws InterruptedException;

    void unlock();

    void forceUnlock();

    boolean isLocked();

    boolean isLockedByCurrentThread();

    int getLockCount();

    long getRemainingLeaseTime();

    void destroy();

    /** Alder only. */
    CompletableFuture<Void> lockAsync();

    /** Alder only. */
    CompletableFuture<Boolean> tryLockAsync(long time, TimeUnit unit);

    /** Alder only. */
    CompletableFuture<Void> unlockAsync();

    /** Alder only. */
    CompletableFuture<Integer> getLockCountAsync();
}
