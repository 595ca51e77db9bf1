package io.alder.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous view of a lock's condition ({@link AlderCondition}). The calls belong to the calling
 * thread, which must hold the lock; an await completes once that thread holds the lock again.
 */
public interface AsyncAlderCondition {

    /** The condition's name. */
    String getName();

    /** Awaits a signal as long as it takes. */
    CompletableFuture<Void> await();

    /** Awaits a signal at most {@code time} (negative: as long as it takes); completes with whether one came. */
    CompletableFuture<Boolean> await(long time, TimeUnit unit);

    /** Wakes the thread that has waited longest on this condition, if any. */
    CompletableFuture<Void> signal();

    /** Wakes every thread waiting on this condition. */
    CompletableFuture<Void> signalAll();
}
