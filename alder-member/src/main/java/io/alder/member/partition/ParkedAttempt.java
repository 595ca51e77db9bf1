package io.alder.member.partition;

import io.alder.member.CallerId;
import io.alder.member.Completion;
import java.util.function.Supplier;

/**
 * An operation that is tried at once and, while it cannot proceed, parked and tried again: an attempt
 * that answers {@link #MUST_WAIT} (for example because another caller holds a lock) is parked under its
 * {@link WaitKey} and retried whenever the partition is woken for that key. A retry runs the same
 * attempt as the first try.
 */
public final class ParkedAttempt<T> extends ParkedOperation {

    /** What an attempt returns when the operation has to keep waiting. */
    public static final Object MUST_WAIT = new Object();

    private final Supplier<Object> attempt;
    private final T timeoutResult;
    private final Completion<T> completion;
    private T result;
    private Throwable failure;

    private ParkedAttempt(CallerId caller, long timeoutMillis, Supplier<Object> attempt, T timeoutResult,
            Completion<T> completion) {
        super(caller, timeoutMillis);
        this.attempt = attempt;
        this.timeoutResult = timeoutResult;
        this.completion = completion;
    }

    /**
     * Runs {@code attempt} under the partition lock and completes with its outcome, or parks it while it
     * answers {@link #MUST_WAIT}. A zero timeout answers {@code timeoutResult} instead of waiting; a
     * negative one waits until the attempt succeeds or the wait is cancelled. A {@link RuntimeException}
     * of the attempt fails the completion. The completion runs after the partition lock is released.
     *
     * @param attempt runs under the partition lock; returns the result (a {@code T}) or {@link #MUST_WAIT}
     */
    public static <T> void runOrPark(Partition partition, WaitKey key, CallerId caller, long timeoutMillis,
            T timeoutResult, Supplier<Object> attempt, Completion<T> completion) {
        Object outcome;
        RuntimeException failure = null;
        partition.lock();
        try {
            outcome = attempt.get();
            if (outcome == MUST_WAIT) {
                if (timeoutMillis != 0) {
                    partition.park(key, new ParkedAttempt<>(caller, timeoutMillis, attempt, timeoutResult, completion));
                    return;
                }
                outcome = timeoutResult;
            }
        } catch (RuntimeException e) {
            outcome = null;
            failure = e;
        } finally {
            partition.unlock();
        }
        if (failure != null) {
            completion.fail(failure);
        } else {
            @SuppressWarnings("unchecked")
            T result = (T) outcome;
            completion.complete(result);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected boolean retry() {
        try {
            Object outcome = attempt.get();
            if (outcome == MUST_WAIT) {
                return false;
            }
            result = (T) outcome;
        } catch (RuntimeException e) {
            failure = e;
        }
        return true;
    }

    @Override
    protected void timedOut() {
        result = timeoutResult;
    }

    @Override
    protected void cancelled(Throwable cause) {
        failure = cause;
    }

    @Override
    protected void deliver() {
        if (failure != null) {
            completion.fail(failure);
        } else {
            completion.complete(result);
        }
    }
}
