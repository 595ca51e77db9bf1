package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hazelcast.spi.exception.DistributedObjectDestroyedException;
import io.alder.client.MemberErrorException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Count-down latches (3.12's ICountDownLatch, Alder's AlderCountDownLatch) through either client: setting,
 * counting down, and awaits that the member holds until other clients release them or they time out.
 */
class CountDownLatchIT extends CompatSuite {

    private final ExecutorService waiters = Executors.newCachedThreadPool();

    @AfterAll
    void stopWaiters() {
        waiters.shutdownNow();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("trySetCount sets a positive count only on a latch at 0, for every client; countDown stops at 0")
    void setAndCountDown(Target target) {
        String name = uniqueName();
        CountDownLatchView latch = client(target).getCountDownLatch(name);

        assertThat(latch.getName()).isEqualTo(name);
        assertThat(latch.getCount()).isZero();
        assertThat(latch.trySetCount(0)).isFalse();
        assertThatThrownBy(() -> latch.trySetCount(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(latch.trySetCount(2)).isTrue();
        assertThat(latch.trySetCount(3)).isFalse();
        assertThat(otherClient(target).getCountDownLatch(name).trySetCount(5)).isFalse();
        latch.countDown();
        assertThat(latch.getCount()).isEqualTo(1);
        latch.countDown();
        latch.countDown();
        assertThat(latch.getCount()).isZero();
        assertThat(latch.trySetCount(1)).isTrue();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("await answers true at once on a latch at 0, and false after its timeout on one above 0")
    void awaitTimesOut(Target target) throws InterruptedException {
        String name = uniqueName();
        assertThat(client(target).getCountDownLatch(name).await(0, TimeUnit.SECONDS)).isTrue();
        CountDownLatchView latch = latchCountingFrom(target, name, 1);

        long start = System.nanoTime();
        assertThat(latch.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);
        assertThat(latch.await(0, TimeUnit.MILLISECONDS)).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("awaits of two clients are released by a third client counting down to 0")
    void awaitReleasedByAnotherClient(Target target) {
        String name = uniqueName();
        CompletableFuture<Boolean> first = awaitOn(latchCountingFrom(target, name, 2));
        CompletableFuture<Boolean> second = awaitOn(newClient(target).getCountDownLatch(name));

        assertReleasedWhenCountedDownTo0(otherClient(target).getCountDownLatch(name), List.of(first, second));
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous await holds no thread: it ends with the count reaching 0, or with false after its timeout")
    void asynchronousAwait(Target target) {
        String name = uniqueName();
        CountDownLatchView latch = latchCountingFrom(target, name, 2);

        assertThat(latch.awaitAsync(200, TimeUnit.MILLISECONDS)).succeedsWithin(PATIENCE).isEqualTo(false);
        CompletableFuture<Boolean> waiting = latch.awaitAsync(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);

        assertReleasedWhenCountedDownTo0(otherClient(target).getCountDownLatch(name), List.of(waiting));
        assertThat(latch.getCount()).isZero();
    }

    /** Counting down from 2 to 1 leaves the awaits waiting on the member; counting down to 0 ends them with true. */
    private static void assertReleasedWhenCountedDownTo0(CountDownLatchView counter,
            List<CompletableFuture<Boolean>> awaits) {
        counter.countDown();
        await().during(Duration.ofMillis(500)).atMost(PATIENCE)
                .until(() -> awaits.stream().noneMatch(CompletableFuture::isDone));
        counter.countDown();

        awaits.forEach(waiting -> assertThat(waiting).succeedsWithin(PATIENCE).isEqualTo(true));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("destroying a latch fails the awaits on it with 3.12's DistributedObjectDestroyedException")
    void destroyFailsAwaits(Target target) {
        String name = uniqueName();
        CountDownLatchView latch = latchCountingFrom(target, name, 1);
        CompletableFuture<Boolean> waiting = awaitOn(latch);
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> !waiting.isDone());

        otherClient(target).getCountDownLatch(name).destroy();

        assertThat(waiting).failsWithin(PATIENCE).withThrowableOfType(ExecutionException.class).havingCause()
                .satisfies(failure -> assertDestroyed(target.client(), failure));
        assertThat(latch.getCount()).isZero();
    }

    /** Alder's client has no class of its own for 3.12's DistributedObjectDestroyedException: its name is kept. */
    private static void assertDestroyed(ClientKind client, Throwable failure) {
        if (client == ClientKind.OFFICIAL) {
            assertThat(failure).isInstanceOf(DistributedObjectDestroyedException.class);
        } else {
            assertThat(failure).isInstanceOfSatisfying(MemberErrorException.class, error -> assertThat(
                    error.remoteClassName()).isEqualTo(DistributedObjectDestroyedException.class.getName()));
        }
    }

    /** The latch called {@code name}, through the target's shared client, set to count down from {@code count}. */
    private CountDownLatchView latchCountingFrom(Target target, String name, int count) {
        CountDownLatchView latch = client(target).getCountDownLatch(name);
        assertThat(latch.trySetCount(count)).isTrue();
        return latch;
    }

    private CompletableFuture<Boolean> awaitOn(CountDownLatchView latch) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, waiters);
    }
}
