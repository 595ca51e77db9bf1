package io.alder.member.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Threads on the real clock and a real scheduler, each standing for a client that waits for its own
 * acquires, which other threads complete when they release.
 */
class SemaphoreConcurrencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int CLIENTS = 6;
    private static final int PERMITS = 2;
    private static final String NAME = "gate";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60)), Clock.SYSTEM, scheduler);
    private final SemaphoreService semaphores = engine.semaphores();
    private final int partition = Partitions.partitionIdOfName(NAME, 271);
    private final AtomicInteger holders = new AtomicInteger();
    private final AtomicInteger mostHolders = new AtomicInteger();
    private final AtomicInteger entries = new AtomicInteger();

    @AfterEach
    void stop() {
        clients.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void neverMoreHoldersThanPermitsAndEveryoneGetsIn() throws Exception {
        int rounds = 200;
        semaphores.init(partition, NAME, PERMITS);
        List<Callable<Void>> work = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            String clientUuid = "client-" + client;
            boolean timed = client % 2 == 0;
            work.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    acquire(clientUuid, timed);
                    enter();
                    semaphores.release(partition, NAME, clientUuid, 1);
                }
                return null;
            });
        }

        for (Future<Void> done : clients.invokeAll(work)) {
            done.get();
        }

        assertThat(mostHolders.get()).isBetween(1, PERMITS);
        assertThat(entries.get()).isEqualTo(CLIENTS * rounds);
        assertThat(semaphores.availablePermits(partition, NAME)).isEqualTo(PERMITS);
    }

    private void acquire(String clientUuid, boolean timed) throws Exception {
        if (timed) {
            Reply<Boolean> acquired = new Reply<>();
            semaphores.tryAcquire(partition, NAME, clientUuid, 1, PATIENCE.toMillis(), acquired);
            assertThat(acquired.await(PATIENCE)).isTrue();
        } else {
            Reply<Void> acquired = new Reply<>();
            semaphores.acquire(partition, NAME, clientUuid, 1, acquired);
            acquired.await(PATIENCE);
        }
    }

    private void enter() {
        int now = holders.incrementAndGet();
        mostHolders.accumulateAndGet(now, Math::max);
        entries.incrementAndGet();
        Thread.onSpinWait();
        holders.decrementAndGet();
    }
}
