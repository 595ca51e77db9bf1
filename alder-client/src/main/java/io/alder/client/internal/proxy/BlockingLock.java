package io.alder.client.internal.proxy;

import io.alder.client.AlderCondition;
import io.alder.client.AlderLock;
import io.alder.client.AsyncAlderLock;
import io.alder.client.DistributedObject;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The blocking view of a distributed lock: each method calls the asynchronous proxy and waits for its
 * future (see {@link Blocking}). Thread-safe; the owner of each call is the calling thread.
 */
public final class BlockingLock extends BlockingProxy<AsyncAlderLock> implements AlderLock {

    public BlockingLock(AsyncAlderLock async, Blocking blocking) {
        super(async, blocking, DistributedObject.LOCK_SERVICE);
    }

    @Override
    public void lock() {
        blocking.joinWithoutDeadline(async.lock());
    }

    @Override
    public void lock(long leaseTime, TimeUnit leaseUnit) {
        blocking.joinWithoutDeadline(async.lock(leaseTime, leaseUnit));
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        throwIfInterrupted();
        blocking.joinInterruptibly(async.lock(), null);
    }

    @Override
    public boolean tryLock() {
        return blocking.join(async.tryLock());
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        return blocking.joinInterruptibly(async.tryLock(time, unit), Durations.waitTime(time, unit));
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit, long leaseTime, TimeUnit leaseUnit) throws InterruptedException {
        return blocking.joinInterruptibly(async.tryLock(time, unit, leaseTime, leaseUnit),
                Durations.waitTime(time, unit));
    }

    @Override
    public void unlock() {
        blocking.join(async.unlock());
    }

    @Override
    public void forceUnlock() {
        blocking.join(async.forceUnlock());
    }

    @Override
    public boolean isLocked() {
        return blocking.join(async.isLocked());
    }

    @Override
    public boolean isLockedByCurrentThread() {
        return blocking.join(async.isLockedByCurrentThread());
    }

    @Override
    public int getLockCount() {
        return blocking.join(async.getLockCount());
    }

    @Override
    public long getRemainingLeaseTime() {
        return blocking.join(async.getRemainingLeaseTime());
    }

    @Override
    public AlderCondition newCondition(String name) {
        return new BlockingCondition(async.newCondition(name), blocking);
    }

    @Override
    public AlderCondition newCondition() {
        return newCondition("condition-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return "AlderLock{name=" + getName() + "}";
    }

    static void throwIfInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }
}
