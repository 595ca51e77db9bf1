package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.IFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Counters (3.12's IAtomicLong, Alder's AlderAtomicLong) through either client: every operation with the result
 * a 3.12 member gives, and many clients counting at once.
 */
class AtomicLongIT extends CompatSuite {

    private static final int THREADS_PER_CLIENT = 2;
    private static final int INCREMENTS = 150;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** A function a 3.12 member can run on a counter: it doubles the value. */
    static final class Doubling implements IFunction<Long, Long> {

        private static final long serialVersionUID = 1L;

        @Override
        public Long apply(Long value) {
            return value * 2;
        }
    }

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("reads, writes, additions and compareAndSet answer as on 3.12, also asynchronously; another client sees the value")
    void everyOperation(Target target) throws Exception {
        String name = uniqueName();
        AtomicLongView counter = client(target).getAtomicLong(name);

        assertThat(counter.getName()).isEqualTo(name);
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
        assertThat(counter.getAsync().get()).isEqualTo(7);
        assertThat(counter.addAndGetAsync(1).get()).isEqualTo(8);
        assertThat(counter.compareAndSetAsync(7, 0).get()).isFalse();
        assertThat(otherClient(target).getAtomicLong(name).get()).isEqualTo(8);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a counter wraps around on overflow and is 0 again once destroyed")
    void overflowAndDestroy(Target target) {
        String name = uniqueName();
        AtomicLongView counter = client(target).getAtomicLong(name);
        counter.set(Long.MAX_VALUE);

        assertThat(counter.incrementAndGet()).isEqualTo(Long.MIN_VALUE);
        counter.destroy();
        assertThat(otherClient(target).getAtomicLong(name).get()).isZero();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("functions run on a 3.12 member; an Alder member, which runs no user code, refuses them with error 65")
    void functions(Target target) {
        AtomicLongView counter = client(target).getAtomicLong(uniqueName());
        counter.set(3);

        if (target.server() == ServerKind.REFERENCE) {
            assertThat(counter.alterAndGet(new Doubling())).isEqualTo(6);
            assertThat(counter.getAndAlter(new Doubling())).isEqualTo(6);
            counter.alter(new Doubling());
            assertThat(counter.<Long>apply(new Doubling())).isEqualTo(48);
            assertThat(counter.get()).isEqualTo(24);
        } else {
            for (Runnable call : List.<Runnable>of(() -> counter.alter(new Doubling()),
                    () -> counter.alterAndGet(new Doubling()), () -> counter.getAndAlter(new Doubling()),
                    () -> counter.apply(new Doubling()))) {
                assertThatThrownBy(call::run).isInstanceOf(UnsupportedOperationException.class)
                        .hasMessageContaining("IAtomicLong functions").hasMessageContaining("runs no user code");
            }
            assertThat(counter.get()).isEqualTo(3);
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("increments from many clients, threads and pending asynchronous calls at once sum exactly, and no two see the same value")
    void incrementsFromManyClientsSumExactly(Target target) {
        String name = uniqueName();
        List<ClientUnderTest> clients = List.of(client(target), otherClient(target), newClient(target),
                newClient(target));
        List<CompletableFuture<List<Long>>> counting = new ArrayList<>();
        for (ClientUnderTest client : clients) {
            AtomicLongView counter = client.getAtomicLong(name);
            for (int t = 0; t < THREADS_PER_CLIENT; t++) {
                counting.add(CompletableFuture.supplyAsync(() -> IntStream.range(0, INCREMENTS)
                        .mapToObj(i -> counter.incrementAndGet()).toList(), threads));
            }
            List<CompletableFuture<Long>> pending = IntStream.range(0, INCREMENTS)
                    .mapToObj(i -> counter.incrementAndGetAsync()).toList();
            counting.add(CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .thenApply(done -> pending.stream().map(CompletableFuture::join).toList()));
        }

        List<Long> seen = new ArrayList<>();
        for (CompletableFuture<List<Long>> increments : counting) {
            assertThat(increments).succeedsWithin(PATIENCE);
            seen.addAll(increments.join());
        }

        long total = (long) clients.size() * (THREADS_PER_CLIENT + 1) * INCREMENTS;
        assertThat(client(target).getAtomicLong(name).get()).isEqualTo(total);
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates().allMatch(value -> value >= 1 && value <= total);
    }
}
