package io.alder.member;

/**
 * Receives the outcome of an engine operation, exactly once: at once on the calling thread, or later
 * from whichever thread released a parked operation. Implementations must not block.
 */
public interface Completion<T> {

    void complete(T result);

    void fail(Throwable error);
}
