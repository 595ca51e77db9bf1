package io.alder.client;

import java.util.concurrent.TimeUnit;

/**
 * A distributed semaphore (3.12's {@code ISemaphore}): permits shared by every client that asks for the same
 * name. A semaphore starts with the permits its members are configured with (none by default) until
 * {@link #init} sets them once. Permits a client acquires belong to it: when the client is gone (closed or
 * lost for the members' cleanup delay), the members give them back. This is the blocking view;
 * {@link #async()} is the same semaphore with non-blocking operations, which this view waits for.
 *
 * <p>{@link #acquire} blocks until it gets its permits and {@link #tryAcquire(long, TimeUnit)} for its
 * timeout plus at most the invocation timeout; the member holds these calls, no thread of the cluster waits
 * for them. An acquire whose thread is interrupted throws {@link InterruptedException}, but the member still
 * hands it the permits once they are available: they then belong to this client until it releases them or
 * is gone. Other calls block for at most the invocation timeout.
 *
 * <p>A negative number of permits is refused with an {@link IllegalArgumentException}, before anything is
 * sent.
 */
public interface AlderSemaphore extends DistributedObject {

    /** The same semaphore, with operations that return {@link java.util.concurrent.CompletableFuture}s. */
    AsyncAlderSemaphore async();

    /**
     * Sets the permits, unless they were set before or are not 0 (initial permits count as set).
     *
     * @return whether it did
     */
    boolean init(int permits);

    /** Takes one permit, waiting as long as it takes. */
    void acquire() throws InterruptedException;

    /** Takes {@code permits} permits at once, waiting as long as it takes; even 0 needs one available. */
    void acquire(int permits) throws InterruptedException;

    /** Takes one permit if one is available now; whether it did. */
    boolean tryAcquire();

    /** Takes {@code permits} permits if they are available now; whether it did. */
    boolean tryAcquire(int permits);

    /**
     * Takes one permit, waiting at most {@code timeout}.
     *
     * @return whether it got the permit
     */
    boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException;

    /**
     * Takes {@code permits} permits at once, waiting at most {@code timeout}.
     *
     * @return whether it got them
     */
    boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException;

    /** The permits available now; negative after {@link #reducePermits} took more than there were. */
    int availablePermits();

    /** Takes every available permit and returns how many; a negative count is reset to 0 and returned. */
    int drainPermits();

    /** Removes permits that no one holds, possibly below 0. */
    void reducePermits(int reduction);

    /** Adds permits that no one holds. */
    void increasePermits(int increase);

    /** Gives one permit back. Any client may release permits, whether it acquired them or not. */
    void release();

    /** Gives {@code permits} permits back. Any client may release permits, whether it acquired them or not. */
    void release(int permits);
}
