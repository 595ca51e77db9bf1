package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.IFunction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;

/**
 * Counters, references, count-down latches and semaphores through Alder's client, against an Alder member and
 * a reference 3.12 member: the same answers from both, blocking calls held by the member and released by
 * another client, and the server-side functions that only the reference runs.
 */
class SynchronizersIT extends ClientSuite {

    /** A 3.12 function the reference member can run: it doubles a counter. */
    static final class Doubling implements IFunction<Long, Long> {

        private static final long serialVersionUID = 1L;

        @Override
        public Long apply(Long value) {
            return value * 2;
        }
    }

    @OnEveryServerAndRouting
    @DisplayName("a counter answers every operation as on a 3.12 member, and another client sees the value")
    void counter(Target target) {
        String name = uniqueName();
        AlderAtomicLong counter = client(target).getAtomicLong(name);

        assertThat(counter.get()).isZero();
        assertThat(counter.incrementAndGet()).isEqualTo(1);
        assertThat(counter.getAndIncrement()).isEqualTo(1);
        assertThat(counter.decrementAndGet()).isEqualTo(1);
        assertThat(counter.addAndGet(10)).isEqualTo(11);
        assertThat(counter.getAndAdd(-1)).isEqualTo(11);
        assertThat(counter.getAndSet(40)).isEqualTo(10);
        counter.set(42);
        assertThat(counter.compareAndSet(41, 0)).isFalse();
        assertThat(counter.compareAndSet(42, 7)).isTrue();
        assertThat(counter.async().addAndGet(1).join()).isEqualTo(8);
        assertThat(otherClient(target.server()).getAtomicLong(name).get()).isEqualTo(8);
    }

    @OnEveryServerAndRouting
    @DisplayName("increments from several clients at once sum exactly")
    void concurrentIncrements(Target target) {
        String name = uniqueName();
        List<CompletableFuture<Long>> increments = new ArrayList<>();
        for (AlderClient client : List.of(client(target), otherClient(target.server()),
                newClient(target.server(), target.smartRouting()))) {
            AsyncAlderAtomicLong counter = client.getAtomicLong(name).async();
            IntStream.range(0, 200).forEach(i -> increments.add(counter.incrementAndGet()));
        }

        CompletableFuture.allOf(increments.toArray(CompletableFuture[]::new)).join();

        assertThat(client(target).getAtomicLong(name).get()).isEqualTo(600);
        assertThat(increments).map(CompletableFuture::join).doesNotHaveDuplicates();
    }

    @OnEveryServerAndRouting
    @DisplayName("a function runs on a 3.12 member; an Alder member refuses it as unsupported")
    void counterFunctions(Target target) {
        AlderAtomicLong counter = client(target).getAtomicLong(uniqueName());
        counter.set(3);

        if (target.server() == ServerKind.REFERENCE) {
            assertThat(counter.alterAndGet(new Doubling())).isEqualTo(6);
            assertThat(counter.getAndAlter(new Doubling())).isEqualTo(6);
            counter.alter(new Doubling());
            assertThat(counter.<Long>apply(new Doubling())).isEqualTo(48);
            assertThat(counter.get()).isEqualTo(24);
        } else {
            assertThatThrownBy(() -> counter.alter(new Doubling())).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("IAtomicLong functions");
            assertThatThrownBy(() -> counter.apply(new Doubling())).isInstanceOf(UnsupportedOperationException.class);
            assertThat(counter.get()).isEqualTo(3);
        }
    }

    @OnEveryServerAndRouting
    @DisplayName("a reference holds any value or null, compared in serialized form")
    void reference(Target target) {
        String name = uniqueName();
        AlderAtomicReference<Object> reference = client(target).getAtomicReference(name);

        assertThat(reference.isNull()).isTrue();
        assertThat(reference.get()).isNull();
        assertThat(reference.contains(null)).isTrue();
        assertThat(reference.setAndGet(new ArrayList<>(List.of(1, 2)))).isEqualTo(List.of(1, 2));
        assertThat(reference.contains(new ArrayList<>(List.of(1, 2)))).isTrue();
        assertThat(reference.contains(List.of(1, 2))).as("equal, but another class: other bytes").isFalse();
        assertThat(reference.compareAndSet("other", "x")).isFalse();
        assertThat(reference.compareAndSet(new ArrayList<>(List.of(1, 2)), "x")).isTrue();
        assertThat(reference.getAndSet("y")).isEqualTo("x");
        assertThat(otherClient(target.server()).<String>getAtomicReference(name).get()).isEqualTo("y");
        reference.clear();
        assertThat(reference.isNull()).isTrue();
        reference.set("z");
        assertThat(reference.compareAndSet("z", null)).isTrue();
        assertThat(reference.async().isNull().join()).isTrue();
    }

    @OnEveryServerAndRouting
    @DisplayName("an await is released by another client's countDown; one that times out answers false")
    void latch(Target target) {
        String name = uniqueName();
        AlderCountDownLatch latch = client(target).getCountDownLatch(name);
        AlderCountDownLatch other = otherClient(target.server()).getCountDownLatch(name);
        assertThat(latch.trySetCount(2)).isTrue();
        assertThat(other.trySetCount(5)).isFalse();
        assertThatThrownBy(() -> latch.trySetCount(-1)).isInstanceOf(IllegalArgumentException.class);

        assertThat(latch.async().await(200, TimeUnit.MILLISECONDS).join()).isFalse();
        CompletableFuture<Boolean> waiting = latch.async().await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        other.countDown();
        Awaitility.await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> !waiting.isDone());
        other.countDown();

        assertThat(waiting).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(latch.getCount()).isZero();
    }

    @OnEveryServerAndRouting
    @DisplayName("semaphore permits are set once, taken, drained, reduced below 0 and given back as on 3.12")
    void semaphore(Target target) throws InterruptedException {
        AlderSemaphore semaphore = client(target).getSemaphore(uniqueName());

        assertThat(semaphore.availablePermits()).isZero();
        assertThat(semaphore.init(3)).isTrue();
        assertThat(semaphore.init(5)).isFalse();
        semaphore.acquire(2);
        assertThat(semaphore.tryAcquire(2)).isFalse();
        assertThat(semaphore.tryAcquire()).isTrue();
        semaphore.increasePermits(2);
        assertThat(semaphore.drainPermits()).isEqualTo(2);
        semaphore.release(3);
        semaphore.reducePermits(5);
        assertThat(semaphore.availablePermits()).isEqualTo(-2);
        assertThat(semaphore.drainPermits()).isEqualTo(-2);
        assertThat(semaphore.availablePermits()).isZero();
        assertThatThrownBy(() -> semaphore.release(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @OnEveryServerAndRouting
    @DisplayName("an acquire waits on the member until another client releases; a tryAcquire gives up after its timeout")
    void semaphoreWaiting(Target target) throws InterruptedException {
        String name = uniqueName();
        AlderSemaphore semaphore = client(target).getSemaphore(name);
        AlderSemaphore other = otherClient(target.server()).getSemaphore(name);
        semaphore.init(1);
        other.acquire();

        long start = System.nanoTime();
        assertThat(semaphore.tryAcquire(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        CompletableFuture<Void> waiting = semaphore.async().acquire();
        Awaitility.await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> !waiting.isDone());
        other.release();

        assertThat(waiting).succeedsWithin(PATIENCE);
        assertThat(semaphore.availablePermits()).isZero();
        semaphore.release();
    }
}
