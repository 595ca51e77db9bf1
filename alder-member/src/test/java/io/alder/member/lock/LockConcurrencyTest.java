package io.alder.member.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.CallerId;
import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.Reply;
import io.alder.serialization.Partitions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several threads on the real clock and a real scheduler, each standing for a client thread that waits
 * for its own replies, which other threads complete when they unlock.
 */
class LockConcurrencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int THREADS = 4;
    private static final String LOCK = "guard";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(THREADS);
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60)), Clock.SYSTEM, scheduler);
    private final LockService locks = engine.locks();
    private final int partition = Partitions.partitionIdOfName(LOCK, 271);
    /** Guarded by the lock under test only: a lost update shows that two holders overlapped. */
    private int guarded;
    private int holders;
    private int overlaps;

    @AfterEach
    void stop() {
        clients.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void oneHolderAtATimeAndNoUpdateLost() throws Exception {
        int rounds = 300;
        List<Callable<Void>> work = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            CallerId caller = new CallerId("client-" + thread % 2, thread);
            work.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    Reply<Boolean> locked = new Reply<>();
                    locks.tryLock(partition, LOCK, caller, Long.MAX_VALUE, -1, 2L * i, locked);
                    assertThat(locked.await(PATIENCE)).isTrue();
                    criticalSection();
                    locks.unlock(partition, LOCK, caller, 2L * i + 1);
                }
                return null;
            });
        }

        for (Future<Void> done : clients.invokeAll(work)) {
            done.get();
        }

        assertThat(overlaps).isZero();
        assertThat(guarded).isEqualTo(THREADS * rounds);
        assertThat(locks.isLocked(partition, LOCK)).isFalse();
    }

    private void criticalSection() {
        if (++holders > 1) {
            overlaps++;
        }
        int seen = guarded;
        Thread.onSpinWait();
        guarded = seen + 1;
        holders--;
    }
}
