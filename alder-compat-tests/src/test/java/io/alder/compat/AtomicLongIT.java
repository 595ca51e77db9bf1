package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IAtomicLong;
import com.hazelcast.core.IFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/** IAtomicLong: every operation with the result a 3.12 member gives, and many clients counting at once. */
class AtomicLongIT extends CompatSuite {

    private static final int CLIENTS = 4;
    private static final int THREADS_PER_CLIENT = 2;
    private static final int INCREMENTS = 150;

    private final ExecutorService threads = Executors.newFixedThreadPool(CLIENTS * THREADS_PER_CLIENT);

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

    @OnEveryServerAndRouting
    @DisplayName("reads, writes, additions and compareAndSet answer as on 3.12; another client sees the value")
    void everyOperation(Target target) throws Exception {
        String name = uniqueName();
        IAtomicLong counter = client(target).getAtomicLong(name);

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
        assertThat(otherClient(target.server()).getAtomicLong(name).get()).isEqualTo(7);
    }

    @OnEveryServer
    @DisplayName("a counter wraps around on overflow and is 0 again once destroyed")
    void overflowAndDestroy(ServerKind kind) {
        String name = uniqueName();
        IAtomicLong counter = client(kind).getAtomicLong(name);
        counter.set(Long.MAX_VALUE);

        assertThat(counter.incrementAndGet()).isEqualTo(Long.MIN_VALUE);
        counter.destroy();
        assertThat(otherClient(kind).getAtomicLong(name).get()).isZero();
    }

    @OnEveryServer
    @DisplayName("functions run on a 3.12 member; an Alder member, which runs no user code, refuses them with error 65")
    void functions(ServerKind kind) {
        IAtomicLong counter = client(kind).getAtomicLong(uniqueName());
        counter.set(3);

        if (kind == ServerKind.REFERENCE) {
            assertThat(counter.alterAndGet(new Doubling())).isEqualTo(6);
            assertThat(counter.getAndAlter(new Doubling())).isEqualTo(6);
            counter.alter(new Doubling());
            assertThat(counter.apply(new Doubling())).isEqualTo(48);
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

    @OnEveryServer
    @DisplayName("increments from many clients and threads at once sum exactly, and no two see the same value")
    void incrementsFromManyClientsSumExactly(ServerKind kind) {
        String name = uniqueName();
        List<CompletableFuture<List<Long>>> counting = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            HazelcastInstance client = clients(kind).start(c % 2 == 0 ? Routing.SMART : Routing.UNISOCKET);
            IAtomicLong counter = client.getAtomicLong(name);
            for (int t = 0; t < THREADS_PER_CLIENT; t++) {
                counting.add(CompletableFuture.supplyAsync(() -> {
                    List<Long> seen = new ArrayList<>(INCREMENTS);
                    for (int i = 0; i < INCREMENTS; i++) {
                        seen.add(counter.incrementAndGet());
                    }
                    return seen;
                }, threads));
            }
        }

        List<Long> seen = new ArrayList<>();
        for (CompletableFuture<List<Long>> thread : counting) {
            assertThat(thread).succeedsWithin(PATIENCE);
            seen.addAll(thread.join());
        }

        long total = (long) CLIENTS * THREADS_PER_CLIENT * INCREMENTS;
        assertThat(client(kind).getAtomicLong(name).get()).isEqualTo(total);
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates().allMatch(value -> value >= 1 && value <= total);
    }
}
