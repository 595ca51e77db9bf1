package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.client.AlderClientException;
import io.alder.client.OperationTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the blocking view waits: results, unwrapped failures, deadlines, interrupts. */
class BlockingTest {

    private final Blocking blocking = new Blocking(Duration.ofMillis(200));

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    @DisplayName("a completed stage gives its value")
    void value() {
        assertThat(blocking.join(CompletableFuture.completedFuture("v"))).isEqualTo("v");
    }

    @Test
    @DisplayName("a failure is thrown as it is, not wrapped in a CompletionException")
    void failureUnwrapped() {
        IllegalMonitorStateException failure = new IllegalMonitorStateException("not the owner");

        assertThatThrownBy(() -> blocking.join(CompletableFuture.failedFuture(failure))).isSameAs(failure);
        CompletableFuture<Object> wrapped = CompletableFuture.failedFuture(new CompletionException(failure));
        assertThatThrownBy(() -> blocking.join(wrapped)).isSameAs(failure);
        CompletableFuture<Object> chained = CompletableFuture.supplyAsync(() -> {
            throw failure;
        }).thenApply(value -> value);
        assertThatThrownBy(() -> blocking.join(chained)).isSameAs(failure);
    }

    @Test
    @DisplayName("a checked failure is wrapped in an AlderClientException")
    void checkedFailureWrapped() {
        IOException failure = new IOException("connection reset");

        assertThatThrownBy(() -> blocking.join(CompletableFuture.failedFuture(failure)))
                .isInstanceOf(AlderClientException.class).hasCause(failure);
    }

    @Test
    @DisplayName("a stage that does not complete within the invocation timeout fails the call")
    void timeout() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> blocking.join(new CompletableFuture<>()))
                .isInstanceOf(OperationTimeoutException.class);

        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
    }

    @Test
    @DisplayName("an operation that waits on purpose gets its waiting time on top of the invocation timeout")
    void waitingTimeAdded() {
        Executor later = CompletableFuture.delayedExecutor(600, TimeUnit.MILLISECONDS);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> "v", later);

        assertThat(blocking.joinWaiting(slow, Duration.ofSeconds(10))).isEqualTo("v");
    }

    @Test
    @DisplayName("an interrupted wait throws unchecked and keeps the interrupt flag, or InterruptedException")
    void interrupted() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> blocking.join(new CompletableFuture<>()))
                .isInstanceOf(AlderClientException.class).hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();

        assertThatThrownBy(() -> blocking.joinInterruptibly(new CompletableFuture<>(), Duration.ofSeconds(1)))
                .isInstanceOf(InterruptedException.class);
    }
}
