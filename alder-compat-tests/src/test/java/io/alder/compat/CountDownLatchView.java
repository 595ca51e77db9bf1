package io.alder.compat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One count-down latch as either Java client sees it: every method stands for the method of the same name of
 * 3.12's {@code ICountDownLatch} and of Alder's {@code AlderCountDownLatch}, and behaves as they do;
 * {@link ClientViews} forwards the calls. The {@code xAsync} methods are Alder's {@code latch.async().x}, which
 * 3.12 does not have.
 */
public interface CountDownLatchView extends ClientView {

    String getName();

    boolean await(long timeout, TimeUnit unit) throws InterruptedException;

    void countDown();

    int getCount();

    boolean trySetCount(int count);

    void destroy();

    /** Alder only. */
    CompletableFuture<Boolean> awaitAsync(long timeout, TimeUnit unit);
}
