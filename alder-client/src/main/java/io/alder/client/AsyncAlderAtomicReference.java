package io.alder.client;

import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous view of a distributed reference ({@link AlderAtomicReference}): every operation sends its
 * request at once and returns a {@link CompletableFuture} that completes with the result, or exceptionally
 * with the failure. Values are serialized on the calling thread before the call returns. Futures may
 * complete on a client I/O thread: do not block in a callback attached to one.
 *
 * @param <E> the value type
 */
public interface AsyncAlderAtomicReference<E> extends AsyncDistributedObject {

    /** Completes with the value, or null. */
    CompletableFuture<E> get();

    CompletableFuture<Void> set(E newValue);

    /** Completes with the value before. */
    CompletableFuture<E> getAndSet(E newValue);

    /** Completes with the new value, as the cluster stored it. */
    CompletableFuture<E> setAndGet(E update);

    /** Completes with whether the value was {@code expect} and is now {@code update}. */
    CompletableFuture<Boolean> compareAndSet(E expect, E update);

    CompletableFuture<Boolean> isNull();

    CompletableFuture<Void> clear();

    /** Completes with whether the value is {@code value}. */
    CompletableFuture<Boolean> contains(E value);

    /** See {@link AlderAtomicReference#alter}. */
    CompletableFuture<Void> alter(Object function);

    /** See {@link AlderAtomicReference#alterAndGet}; completes with the new value. */
    CompletableFuture<E> alterAndGet(Object function);

    /** See {@link AlderAtomicReference#getAndAlter}; completes with the value before. */
    CompletableFuture<E> getAndAlter(Object function);

    /** See {@link AlderAtomicReference#apply}. */
    <R> CompletableFuture<R> apply(Object function);

    /** Destroys the reference: it is null again for every client. */
    @Override
    CompletableFuture<Void> destroy();
}
