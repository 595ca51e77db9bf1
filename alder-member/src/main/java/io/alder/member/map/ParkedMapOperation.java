package io.alder.member.map;

import io.alder.member.CallerId;
import io.alder.member.Completion;
import io.alder.member.partition.ParkedOperation;
import java.util.function.Supplier;

/**
 * A map operation waiting for a key lock that another caller holds. A retry runs the same attempt as
 * the first try; the attempt answers {@link #MUST_WAIT} while the key is still locked by someone else.
 */
final class ParkedMapOperation<T> extends ParkedOperation {

    /** What an attempt returns when the operation has to keep waiting. */
    static final Object MUST_WAIT = new Object();

    private final Supplier<Object> attempt;
    private final T timeoutResult;
    private final Completion<T> completion;
    private T result;
    private Throwable failure;

    ParkedMapOperation(CallerId caller, long timeoutMillis, Supplier<Object> attempt, T timeoutResult,
            Completion<T> completion) {
        super(caller, timeoutMillis);
        this.attempt = attempt;
        this.timeoutResult = timeoutResult;
        this.completion = completion;
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
