package io.alder.compat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A lock object ({@code ILock}) of either client: the Lock message family. */
record ObjectLock(LockView target) implements DistributedLock {

    @Override
    public void lock() {
        target.lock();
    }

    @Override
    public void lock(Duration lease) {
        target.lock(lease.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean tryLock() {
        return target.tryLock();
    }

    @Override
    public boolean tryLock(Duration timeout) throws InterruptedException {
        return target.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean tryLock(Duration timeout, Duration lease) throws InterruptedException {
        return target.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS, lease.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void unlock() {
        target.unlock();
    }

    @Override
    public void forceUnlock() {
        target.forceUnlock();
    }

    @Override
    public boolean isLocked() {
        return target.isLocked();
    }
}
