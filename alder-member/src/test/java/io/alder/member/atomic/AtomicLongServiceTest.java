package io.alder.member.atomic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.serialization.Partitions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Atomic longs: every operation of IAtomicLong, as 3.12 answers it. */
class AtomicLongServiceTest {

    private static final String NAME = "counter";
    private static final int P = Partitions.partitionIdOfName(NAME, 271);

    private final ManualScheduler time = new ManualScheduler(0);
    private final Engine engine = new Engine(EngineSettings.DEFAULTS, time, time);
    private final AtomicLongService counters = engine.atomicLongs();

    @Test
    void aCounterNobodySetIsZero() {
        assertThat(counters.get(P, NAME)).isZero();
        assertThat(counters.get(P, "other")).isZero();
    }

    @Test
    void addsAndSetsAnswerTheNewOrTheOldValue() {
        assertThat(counters.addAndGet(P, NAME, 5)).isEqualTo(5);
        assertThat(counters.getAndAdd(P, NAME, -2)).isEqualTo(5);
        assertThat(counters.get(P, NAME)).isEqualTo(3);
        assertThat(counters.getAndSet(P, NAME, 10)).isEqualTo(3);
        counters.set(P, NAME, 42);
        assertThat(counters.get(P, NAME)).isEqualTo(42);
    }

    @Test
    void compareAndSetChangesOnlyTheExpectedValue() {
        counters.set(P, NAME, 7);

        assertThat(counters.compareAndSet(P, NAME, 6, 100)).isFalse();
        assertThat(counters.get(P, NAME)).isEqualTo(7);
        assertThat(counters.compareAndSet(P, NAME, 7, 100)).isTrue();
        assertThat(counters.get(P, NAME)).isEqualTo(100);
        assertThat(counters.compareAndSet(P, "fresh", 0, 1)).as("an unused counter is 0").isTrue();
    }

    @Test
    void overflowWrapsAroundAsJavaDoes() {
        counters.set(P, NAME, Long.MAX_VALUE);

        assertThat(counters.addAndGet(P, NAME, 1)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void destroyingACounterSetsItBackToZero() {
        counters.set(P, NAME, 9);

        engine.distributedObjects().destroy(AtomicLongService.SERVICE_NAME, NAME);

        assertThat(counters.get(P, NAME)).isZero();
    }

    @Test
    void aPartitionOutOfRangeIsRefused() {
        assertThatThrownBy(() -> counters.get(271, NAME)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partition id: 271");
    }

    @Test
    void concurrentIncrementsSumExactly() throws Exception {
        int threads = 4;
        int increments = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    for (int i = 0; i < increments; i++) {
                        counters.addAndGet(P, NAME, 1);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(counters.get(P, NAME)).isEqualTo((long) threads * increments);
    }
}
