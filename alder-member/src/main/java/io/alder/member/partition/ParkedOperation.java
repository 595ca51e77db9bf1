package io.alder.member.partition;

import io.alder.member.CallerId;
import java.util.concurrent.ScheduledFuture;

/**
 * An operation that waits, parked in a {@link Partition}, until a retry lets it finish, its timeout
 * passes or it is cancelled. Exactly one of those ends it. The three callbacks that end it run under
 * the partition lock and only prepare the outcome; {@link #deliver()} hands the outcome over later,
 * after the lock is released.
 */
public abstract class ParkedOperation {

    private final CallerId caller;
    private final long timeoutMillis;
    private WaitKey waitKey;
    private ScheduledFuture<?> timeoutTask;
    private boolean finished;

    /**
     * @param caller who waits; lets the engine drop the waits of a client that is gone
     * @param timeoutMillis how long to wait at most; negative waits until woken or cancelled
     * @throws IllegalArgumentException for a zero timeout: an operation that may not wait is never parked
     */
    protected ParkedOperation(CallerId caller, long timeoutMillis) {
        if (timeoutMillis == 0) {
            throw new IllegalArgumentException("an operation with a zero timeout must not be parked");
        }
        this.caller = caller;
        this.timeoutMillis = timeoutMillis;
    }

    public final CallerId caller() {
        return caller;
    }

    /** The key it waits for, once parked. */
    public final WaitKey waitKey() {
        return waitKey;
    }

    /**
     * Tries the operation again, under the partition lock, after the partition was woken for its key.
     *
     * @return true when the operation finished and its outcome is ready; false to keep waiting
     */
    protected abstract boolean retry();

    /** Prepares the outcome for a wait that timed out; runs under the partition lock. */
    protected abstract void timedOut();

    /** Prepares the outcome for a wait that was cancelled; runs under the partition lock. */
    protected abstract void cancelled(Throwable cause);

    /** Hands the prepared outcome over; runs after the partition lock is released. */
    protected abstract void deliver();

    final long timeoutMillis() {
        return timeoutMillis;
    }

    final void parkedUnder(WaitKey key, ScheduledFuture<?> timeout) {
        this.waitKey = key;
        this.timeoutTask = timeout;
    }

    final boolean isFinished() {
        return finished;
    }

    /** Marks the operation as ended and stops its timeout. */
    final void finish() {
        finished = true;
        if (timeoutTask != null) {
            timeoutTask.cancel(false);
            timeoutTask = null;
        }
    }
}
