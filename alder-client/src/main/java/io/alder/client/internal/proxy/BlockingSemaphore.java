package io.alder.client.internal.proxy;

import io.alder.client.AlderSemaphore;
import io.alder.client.AsyncAlderSemaphore;
import io.alder.client.DistributedObject;
import java.util.concurrent.TimeUnit;

/**
 * The blocking view of a semaphore: each method calls the asynchronous proxy and waits for it; an
 * {@code acquire} as long as it takes, a {@code tryAcquire} for its timeout plus the invocation timeout.
 * Thread-safe.
 */
public final class BlockingSemaphore extends BlockingProxy<AsyncAlderSemaphore> implements AlderSemaphore {

    public BlockingSemaphore(AsyncAlderSemaphore async, Blocking blocking) {
        super(async, blocking, DistributedObject.SEMAPHORE_SERVICE);
    }

    @Override
    public boolean init(int permits) {
        return blocking.join(async.init(permits));
    }

    @Override
    public void acquire() throws InterruptedException {
        blocking.joinInterruptibly(async.acquire(), null);
    }

    @Override
    public void acquire(int permits) throws InterruptedException {
        blocking.joinInterruptibly(async.acquire(permits), null);
    }

    @Override
    public boolean tryAcquire() {
        return blocking.join(async.tryAcquire());
    }

    @Override
    public boolean tryAcquire(int permits) {
        return blocking.join(async.tryAcquire(permits));
    }

    @Override
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return blocking.joinInterruptibly(async.tryAcquire(timeout, unit), Durations.waitTime(timeout, unit));
    }

    @Override
    public boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException {
        return blocking.joinInterruptibly(async.tryAcquire(permits, timeout, unit), Durations.waitTime(timeout, unit));
    }

    @Override
    public int availablePermits() {
        return blocking.join(async.availablePermits());
    }

    @Override
    public int drainPermits() {
        return blocking.join(async.drainPermits());
    }

    @Override
    public void reducePermits(int reduction) {
        blocking.join(async.reducePermits(reduction));
    }

    @Override
    public void increasePermits(int increase) {
        blocking.join(async.increasePermits(increase));
    }

    @Override
    public void release() {
        blocking.join(async.release());
    }

    @Override
    public void release(int permits) {
        blocking.join(async.release(permits));
    }

    @Override
    public String toString() {
        return "AlderSemaphore{name=" + getName() + "}";
    }
}
