package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.ICountDownLatch;
import com.hazelcast.spi.exception.DistributedObjectDestroyedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/** ICountDownLatch: setting, counting down, and awaits released by other clients or timed out. */
class CountDownLatchIT extends CompatSuite {

    private final ExecutorService waiters = Executors.newCachedThreadPool();

    @AfterAll
    void stopWaiters() {
        waiters.shutdownNow();
    }

    @OnEveryServerAndRouting
    @DisplayName("trySetCount sets a positive count only on a latch at 0; countDown stops at 0")
    void setAndCountDown(Target target) {
        ICountDownLatch latch = client(target).getCountDownLatch(uniqueName());

        assertThat(latch.getCount()).isZero();
        assertThat(latch.trySetCount(0)).isFalse();
        assertThatThrownBy(() -> latch.trySetCount(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(latch.trySetCount(2)).isTrue();
        assertThat(latch.trySetCount(3)).isFalse();
        latch.countDown();
        assertThat(latch.getCount()).isEqualTo(1);
        latch.countDown();
        latch.countDown();
        assertThat(latch.getCount()).isZero();
        assertThat(latch.trySetCount(1)).isTrue();
    }

    @OnEveryServer
    @DisplayName("await answers true at once on a latch at 0, and false after its timeout on one above 0")
    void awaitTimesOut(ServerKind kind) throws InterruptedException {
        ICountDownLatch latch = client(kind).getCountDownLatch(uniqueName());
        assertThat(latch.await(0, TimeUnit.SECONDS)).isTrue();
        latch.trySetCount(1);

        long start = System.nanoTime();
        assertThat(latch.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);
        assertThat(latch.await(0, TimeUnit.MILLISECONDS)).isFalse();
    }

    @OnEveryServer
    @DisplayName("awaits of two clients are released by a third client counting down to 0")
    void awaitReleasedByAnotherClient(ServerKind kind) {
        String name = uniqueName();
        ICountDownLatch latch = client(kind).getCountDownLatch(name);
        latch.trySetCount(2);
        CompletableFuture<Boolean> first = awaitOn(latch);
        CompletableFuture<Boolean> second = awaitOn(clients(kind).start(Routing.UNISOCKET).getCountDownLatch(name));
        ICountDownLatch counter = otherClient(kind).getCountDownLatch(name);

        counter.countDown();
        await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> !first.isDone() && !second.isDone());
        counter.countDown();

        assertThat(first).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(second).succeedsWithin(PATIENCE).isEqualTo(true);
    }

    @OnEveryServer
    @DisplayName("destroying a latch fails the awaits on it with DistributedObjectDestroyedException")
    void destroyFailsAwaits(ServerKind kind) {
        String name = uniqueName();
        ICountDownLatch latch = client(kind).getCountDownLatch(name);
        latch.trySetCount(1);
        CompletableFuture<Boolean> waiting = awaitOn(latch);
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> !waiting.isDone());

        otherClient(kind).getCountDownLatch(name).destroy();

        assertThat(waiting).failsWithin(PATIENCE).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(DistributedObjectDestroyedException.class);
        assertThat(latch.getCount()).isZero();
    }

    private CompletableFuture<Boolean> awaitOn(ICountDownLatch latch) {
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
