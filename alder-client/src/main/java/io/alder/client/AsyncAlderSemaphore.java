package io.alder.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous view of a distributed semaphore ({@link AlderSemaphore}): every operation sends its request
 * at once and returns a {@link CompletableFuture} that completes with the result, or exceptionally with the
 * failure; {@link #acquire} completes once the permits are taken, without a thread waiting for it. A negative
 * number of permits throws an {@link IllegalArgumentException} from the call itself. Futures may complete on
 * a client I/O thread: do not block in a callback attached to one.
 */
public interface AsyncAlderSemaphore extends AsyncDistributedObject {

    /** Completes with whether the permits were set. */
    CompletableFuture<Boolean> init(int permits);

    /** Completes once one permit is taken. */
    CompletableFuture<Void> acquire();

    /** Completes once {@code permits} permits are taken. */
    CompletableFuture<Void> acquire(int permits);

    /** Completes with whether one permit was available and is taken. */
    CompletableFuture<Boolean> tryAcquire();

    /** Completes with whether {@code permits} permits were available and are taken. */
    CompletableFuture<Boolean> tryAcquire(int permits);

    /** Completes with whether one permit was taken within {@code timeout}. */
    CompletableFuture<Boolean> tryAcquire(long timeout, TimeUnit unit);

    /**
     * Completes with whether {@code permits} permits were taken within {@code timeout} (0: available now;
     * negative: as long as it takes).
     */
    CompletableFuture<Boolean> tryAcquire(int permits, long timeout, TimeUnit unit);

    CompletableFuture<Integer> availablePermits();

    /** Completes with how many permits were taken. */
    CompletableFuture<Integer> drainPermits();

    CompletableFuture<Void> reducePermits(int reduction);

    CompletableFuture<Void> increasePermits(int increase);

    CompletableFuture<Void> release();

    CompletableFuture<Void> release(int permits);

    /** Destroys the semaphore: its permits are forgotten, and waiting clients fail. */
    @Override
    CompletableFuture<Void> destroy();
}
