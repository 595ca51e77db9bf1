package io.alder.client.internal.proxy;

import io.alder.client.AlderCountDownLatch;
import io.alder.client.AsyncAlderCountDownLatch;
import io.alder.client.DistributedObject;
import java.util.concurrent.TimeUnit;

/**
 * The blocking view of a latch: each method calls the asynchronous proxy and waits for it; {@code await}
 * for its timeout plus the invocation timeout. Thread-safe.
 */
public final class BlockingCountDownLatch extends BlockingProxy<AsyncAlderCountDownLatch>
        implements AlderCountDownLatch {

    public BlockingCountDownLatch(AsyncAlderCountDownLatch async, Blocking blocking) {
        super(async, blocking, DistributedObject.COUNT_DOWN_LATCH_SERVICE);
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return blocking.joinInterruptibly(async.await(timeout, unit), Durations.waitTime(timeout, unit));
    }

    @Override
    public void countDown() {
        blocking.join(async.countDown());
    }

    @Override
    public int getCount() {
        return blocking.join(async.getCount());
    }

    @Override
    public boolean trySetCount(int count) {
        return blocking.join(async.trySetCount(count));
    }

    @Override
    public String toString() {
        return "AlderCountDownLatch{name=" + getName() + "}";
    }
}
