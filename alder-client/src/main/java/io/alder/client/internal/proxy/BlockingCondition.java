package io.alder.client.internal.proxy;

import io.alder.client.AlderCondition;
import io.alder.client.AsyncAlderCondition;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * The blocking view of a lock's condition: each method calls the asynchronous proxy and waits for its future
 * (see {@link Blocking}); awaits wait as long as the member holds them. Thread-safe.
 */
final class BlockingCondition implements AlderCondition {

    private final AsyncAlderCondition async;
    private final Blocking blocking;

    BlockingCondition(AsyncAlderCondition async, Blocking blocking) {
        this.async = async;
        this.blocking = blocking;
    }

    @Override
    public String getName() {
        return async.getName();
    }

    @Override
    public AsyncAlderCondition async() {
        return async;
    }

    @Override
    public void await() throws InterruptedException {
        BlockingLock.throwIfInterrupted();
        blocking.joinInterruptibly(async.await(), null);
    }

    @Override
    public void awaitUninterruptibly() {
        blocking.joinWithoutDeadline(async.await());
    }

    @Override
    public boolean await(long time, TimeUnit unit) throws InterruptedException {
        BlockingLock.throwIfInterrupted();
        return blocking.joinInterruptibly(async.await(time, unit), null);
    }

    /**
     * Measures the time on this client: what is left of {@code nanosTimeout} when the await ends. A timeout
     * that is already over waits for no signal, only for the lock.
     */
    @Override
    public long awaitNanos(long nanosTimeout) throws InterruptedException {
        long start = System.nanoTime();
        await(Math.max(0, nanosTimeout), TimeUnit.NANOSECONDS);
        return nanosTimeout - (System.nanoTime() - start);
    }

    @Override
    public boolean awaitUntil(Date deadline) throws InterruptedException {
        return await(Math.max(0, deadline.getTime() - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void signal() {
        blocking.join(async.signal());
    }

    @Override
    public void signalAll() {
        blocking.join(async.signalAll());
    }

    @Override
    public String toString() {
        return "AlderCondition{name=" + getName() + "}";
    }
}
