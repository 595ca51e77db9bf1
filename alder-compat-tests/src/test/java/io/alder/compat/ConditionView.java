package io.alder.compat;

import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One condition of a distributed lock (3.12's {@code ICondition}, Alder's {@code AlderCondition}) as either
 * Java client sees it; see {@link LockView}.
 */
public interface ConditionView extends ClientView {

    void await() throws InterruptedException;

    boolean await(long time, TimeUnit unit) throws InterruptedException;

    long awaitNanos(long nanosTimeout) throws InterruptedException;

    boolean awaitUntil(Date deadline) throws InterruptedException;

    void awaitUninterruptibly();

    void signal();

    void signalAll();

    /** Alder only. */
    CompletableFuture<Boolean> awaitAsync(long time, TimeUnit unit);

    /** Alder only. */
    CompletableFuture<Void> signalAsync();
}
