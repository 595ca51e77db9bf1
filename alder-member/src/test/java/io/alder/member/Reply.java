package io.alder.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** A completion a test can look at: whether and how it ended, how often, and on which thread. */
public final class Reply<T> implements Completion<T> {

    private final CompletableFuture<T> outcome = new CompletableFuture<>();
    private final AtomicInteger endings = new AtomicInteger();
    private volatile Thread endedOn;

    @Override
    public void complete(T result) {
        end();
        outcome.complete(result);
    }

    @Override
    public void fail(Throwable error) {
        end();
        outcome.completeExceptionally(error);
    }

    public boolean isDone() {
        return outcome.isDone();
    }

    /** The result of a reply that must have completed normally, exactly once. */
    public T value() {
        assertThat(outcome).as("reply").isCompleted();
        assertThat(endings.get()).as("completions").isEqualTo(1);
        return outcome.join();
    }

    /** The failure of a reply that must have failed, exactly once. */
    public Throwable failure() {
        assertThat(outcome).as("reply").isCompletedExceptionally();
        assertThat(endings.get()).as("completions").isEqualTo(1);
        return outcome.handle((result, error) -> error).join();
    }

    public Thread endedOn() {
        return endedOn;
    }

    /** Waits for the result; for tests where other threads complete the reply. */
    public T await(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void end() {
        endings.incrementAndGet();
        endedOn = Thread.currentThread();
    }
}
