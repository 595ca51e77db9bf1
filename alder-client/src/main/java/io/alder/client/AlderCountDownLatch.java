package io.alder.client;

import java.util.concurrent.TimeUnit;

/**
 * A distributed count-down latch (3.12's {@code ICountDownLatch}): clients wait until others have counted it
 * down to 0. Unlike {@link java.util.concurrent.CountDownLatch} it can be set again once it is at 0
 * ({@link #trySetCount}). This is the blocking view; {@link #async()} is the same latch with non-blocking
 * operations, which this view waits for.
 *
 * <p>{@link #await} blocks for its timeout plus at most the client's invocation timeout; the member holds the
 * call, no thread of the cluster waits for it. Other calls block for at most the invocation timeout.
 */
public interface AlderCountDownLatch extends DistributedObject {

    /** The same latch, with operations that return {@link java.util.concurrent.CompletableFuture}s. */
    AsyncAlderCountDownLatch async();

    /**
     * Waits until the count is 0.
     *
     * @param timeout how long to wait at most; 0 not to wait, negative to wait as long as it takes
     * @return true if the count reached 0, false if the timeout passed first
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException;

    /** Lowers the count by one; at 0 it releases every waiting client. Nothing happens at 0. */
    void countDown();

    /** The current count. */
    int getCount();

    /**
     * Sets the count if it is 0.
     *
     * @param count the new count; 0 leaves the latch as it is
     * @return whether the count was 0 and is now {@code count}
     * @throws IllegalArgumentException if {@code count} is negative
     */
    boolean trySetCount(int count);
}
