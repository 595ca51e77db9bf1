package io.alder.compat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One semaphore as either Java client sees it: every method stands for the method of the same name of 3.12's
 * {@code ISemaphore} and of Alder's {@code AlderSemaphore}, and behaves as they do; {@link ClientViews}
 * forwards the calls. The {@code xAsync} methods are Alder's {@code semaphore.async().x}, which 3.12 does not
 * have.
 */
public interface SemaphoreView extends ClientView {

    String getName();

    boolean init(int permits);

    void acquire() throws InterruptedException;

    void acquire(int permits) throws InterruptedException;

    boolean tryAcquire();

    boolean tryAcquire(int permits);

    boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException;

    boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException;

    int availablePermits();

    int drainPermits();

    void reducePermits(int reduction);

    void increasePermits(int increase);

    void release();

    void release(int permits);

    void destroy();

    /** Alder only. */
    CompletableFuture<Void> acquireAsync();
}
