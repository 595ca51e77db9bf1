package io.alder.client;

import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous view of a distributed counter ({@link AlderAtomicLong}): every operation sends its
 * request at once and returns a {@link CompletableFuture} that completes with the result, or exceptionally
 * with the failure. Futures may complete on a client I/O thread: do not block in a callback attached to one.
 */
public interface AsyncAlderAtomicLong extends AsyncDistributedObject {

    CompletableFuture<Long> get();

    CompletableFuture<Void> set(long newValue);

    /** Completes with the value before. */
    CompletableFuture<Long> getAndSet(long newValue);

    /** Completes with the new value. */
    CompletableFuture<Long> addAndGet(long delta);

    /** Completes with the value before. */
    CompletableFuture<Long> getAndAdd(long delta);

    /** Completes with the new value. */
    CompletableFuture<Long> incrementAndGet();

    /** Completes with the new value. */
    CompletableFuture<Long> decrementAndGet();

    /** Completes with the value before. */
    CompletableFuture<Long> getAndIncrement();

    /** Completes with whether the value was {@code expect} and is now {@code update}. */
    CompletableFuture<Boolean> compareAndSet(long expect, long update);

    /** See {@link AlderAtomicLong#alter}. */
    CompletableFuture<Void> alter(Object function);

    /** See {@link AlderAtomicLong#alterAndGet}; completes with the new value. */
    CompletableFuture<Long> alterAndGet(Object function);

    /** See {@link AlderAtomicLong#getAndAlter}; completes with the value before. */
    CompletableFuture<Long> getAndAlter(Object function);

    /** See {@link AlderAtomicLong#apply}. */
    <R> CompletableFuture<R> apply(Object function);

    /** Destroys the counter: it is 0 again for every client. */
    @Override
    CompletableFuture<Void> destroy();
}
