package io.alder.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous view of a distributed count-down latch ({@link AlderCountDownLatch}): every operation
 * sends its request at once and returns a {@link CompletableFuture} that completes with the result, or
 * exceptionally with the failure; {@link #await} completes when the count reaches 0 or its timeout passes,
 * without a thread waiting for it. Futures may complete on a client I/O thread: do not block in a callback
 * attached to one.
 */
public interface AsyncAlderCountDownLatch extends AsyncDistributedObject {

    /**
     * Completes with true once the count is 0, or with false when {@code timeout} passes first (0: do not wait;
     * negative: wait as long as it takes).
     */
    CompletableFuture<Boolean> await(long timeout, TimeUnit unit);

    CompletableFuture<Void> countDown();

    CompletableFuture<Integer> getCount();

    /**
     * Completes with whether the count was 0 and is now {@code count}.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    CompletableFuture<Boolean> trySetCount(int count);

    /** Destroys the latch: it is 0 again, and waiting clients fail. */
    @Override
    CompletableFuture<Void> destroy();
}
