package io.alder.client.internal.proxy;

import io.alder.client.AlderClientException;
import io.alder.client.OperationTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for the stages of the asynchronous API on behalf of the blocking one: at most the invocation
 * timeout plus the operation's own waiting time (the deadline the invocation service gives the call too),
 * and throws the failure the stage completed with as it is, unwrapped from {@link CompletionException}, so
 * that a blocking call fails like a local call would.
 */
public final class Blocking {

    private final long invocationTimeoutNanos;

    /** Waits at most {@code invocationTimeout} plus each operation's own waiting time. */
    public Blocking(Duration invocationTimeout) {
        this.invocationTimeoutNanos = invocationTimeout.toNanos();
    }

    /** The result of an operation that answers without waiting on purpose. */
    public <T> T join(CompletionStage<T> stage) {
        return joinWaiting(stage, Calls.NO_WAIT);
    }

    /** The result of an operation that waits as long as it takes (a {@code lock}). */
    public <T> T joinWithoutDeadline(CompletionStage<T> stage) {
        return joinWaiting(stage, null);
    }

    /**
     * The result of an operation the member may hold for {@code waitTime} on purpose (a {@code tryPut}, ...).
     *
     * @param waitTime null for as long as it takes
     */
    public <T> T joinWaiting(CompletionStage<T> stage, Duration waitTime) {
        try {
            return joinInterruptibly(stage, waitTime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlderClientException("interrupted while waiting for the cluster's answer", e);
        }
    }

    /** Like {@link #joinWaiting} but throws {@link InterruptedException} when the caller is interrupted. */
    public <T> T joinInterruptibly(CompletionStage<T> stage, Duration waitTime) throws InterruptedException {
        CompletableFuture<T> future = stage.toCompletableFuture();
        long timeoutNanos = deadlineNanos(waitTime);
        try {
            return future.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (TimeoutException e) {
            throw new OperationTimeoutException("no answer from the cluster within " + Duration.ofNanos(timeoutNanos), e);
        }
    }

    private long deadlineNanos(Duration waitTime) {
        if (waitTime == null) {
            return Long.MAX_VALUE;
        }
        long waitNanos = waitTime.toNanos();
        return waitNanos > Long.MAX_VALUE - invocationTimeoutNanos ? Long.MAX_VALUE : invocationTimeoutNanos + waitNanos;
    }

    private static RuntimeException rethrow(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new AlderClientException(String.valueOf(cause.getMessage()), cause);
    }
}
