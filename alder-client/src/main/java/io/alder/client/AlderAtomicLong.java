package io.alder.client;

/**
 * A distributed 64-bit counter (3.12's {@code IAtomicLong}): every client that asks for the same name works
 * on the same value, which is 0 until set and wraps around on overflow. This is the blocking view;
 * {@link #async()} is the same counter with non-blocking operations, which this view waits for.
 *
 * <p>Every call blocks the calling thread until the cluster answered, for at most the client's invocation
 * timeout, and throws failures as they are. An interrupted call throws an unchecked exception with the
 * interrupt flag set again.
 *
 * <p>The function calls ({@link #alter}, {@link #alterAndGet}, {@link #getAndAlter}, {@link #apply}) send a
 * function for the member to run on the value: an object the member can deserialize into a function, such as
 * a serializable {@code com.hazelcast.core.IFunction} on the class path of a 3.12 member. An Alder member runs
 * no user code and refuses them with an {@link UnsupportedOperationException}.
 */
public interface AlderAtomicLong extends DistributedObject {

    /** The same counter, with operations that return {@link java.util.concurrent.CompletableFuture}s. */
    AsyncAlderAtomicLong async();

    /** The current value. */
    long get();

    /** Sets the value. */
    void set(long newValue);

    /** Sets the value and returns the one before. */
    long getAndSet(long newValue);

    /** Adds {@code delta} (negative to subtract) and returns the new value. */
    long addAndGet(long delta);

    /** Adds {@code delta} (negative to subtract) and returns the value before. */
    long getAndAdd(long delta);

    /** Adds one and returns the new value. */
    long incrementAndGet();

    /** Subtracts one and returns the new value. */
    long decrementAndGet();

    /** Adds one and returns the value before. */
    long getAndIncrement();

    /**
     * Sets {@code update} if the value is {@code expect}.
     *
     * @return whether the value was {@code expect} and is now {@code update}
     */
    boolean compareAndSet(long expect, long update);

    /** Replaces the value with what {@code function} makes of it, on the member. */
    void alter(Object function);

    /** Replaces the value with what {@code function} makes of it, on the member, and returns the new value. */
    long alterAndGet(Object function);

    /** Replaces the value with what {@code function} makes of it, on the member, and returns the one before. */
    long getAndAlter(Object function);

    /**
     * What {@code function} makes of the value, computed on the member; the value does not change.
     *
     * @param <R> the result type, which the caller chooses: the client does not check it
     */
    <R> R apply(Object function);
}
