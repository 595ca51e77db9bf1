package io.alder.member.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.Completion;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** A completion a test can look at: whether and how it ended, how often, and on which thread. */
final class Reply<T> implements Completion<T> {

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

    boolean isDone() {
        return outcome.isDone();
    }

    /** The result of a reply that must have completed normally, exactly once. */
    T value() {
        assertThat(outcome).as("reply").isCompleted();
        assertThat(endings.get()).as("completions").isEqualTo(1);
        return outcome.join();
    }

    /** The failure of a reply that must have failed, exactly once. */
    Throwable failure() {
        assertThat(outcome).as("reply").isCompletedExceptionally();
        assertThat(endings.get()).as("completions").isEqualTo(1);
        return outcome.handle((result, error) -> error).join();
    }

    Thread endedOn() {
        return endedOn;
    }

    /** Waits for the result; for tests where other threads complete the reply. */
    T await(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void end() {
        endings.incrementAndGet();
        endedOn = Thread.currentThread();
    }
}
