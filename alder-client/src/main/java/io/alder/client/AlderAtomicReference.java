package io.alder.client;

/**
 * A distributed reference to one value (3.12's {@code IAtomicReference}): every client that asks for the same
 * name works on the same value, which is null until set. This is the blocking view; {@link #async()} is the
 * same reference with non-blocking operations, which this view waits for.
 *
 * <p>Values are serialized on the calling thread and compared by the cluster in serialized form: a value is
 * the expected one when their serialized bytes are equal, whatever {@code equals} says. Null is a value.
 *
 * <p>Every call blocks the calling thread until the cluster answered, for at most the client's invocation
 * timeout, and throws failures as they are. The function calls behave as {@link AlderAtomicLong}'s: an
 * Alder member refuses them with an {@link UnsupportedOperationException}.
 *
 * @param <E> the value type, which the caller chooses: the cluster does not check it
 */
public interface AlderAtomicReference<E> extends DistributedObject {

    /** The same reference, with operations that return {@link java.util.concurrent.CompletableFuture}s. */
    AsyncAlderAtomicReference<E> async();

    /** The value, or null. */
    E get();

    /** Sets the value; null clears the reference. */
    void set(E newValue);

    /** Sets the value and returns the one before. */
    E getAndSet(E newValue);

    /** Sets the value and returns it (as the cluster stored it: a copy, deserialized anew). */
    E setAndGet(E update);

    /**
     * Sets {@code update} if the value is {@code expect} (null: if the reference is null).
     *
     * @return whether it did
     */
    boolean compareAndSet(E expect, E update);

    /** Whether the reference is null. */
    boolean isNull();

    /** Sets the reference to null. */
    void clear();

    /** Whether the value is {@code value} (null: whether the reference is null). */
    boolean contains(E value);

    /** Replaces the value with what {@code function} makes of it, on the member. */
    void alter(Object function);

    /** Replaces the value with what {@code function} makes of it, on the member, and returns the new value. */
    E alterAndGet(Object function);

    /** Replaces the value with what {@code function} makes of it, on the member, and returns the one before. */
    E getAndAlter(Object function);

    /**
     * What {@code function} makes of the value, computed on the member; the value does not change.
     *
     * @param <R> the result type, which the caller chooses: the client does not check it
     */
    <R> R apply(Object function);
}
