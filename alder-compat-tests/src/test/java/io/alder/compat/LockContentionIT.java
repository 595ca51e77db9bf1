package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Many clients, each with several threads, contending on one distributed lock that guards a read-then-write
 * of a counter in a map: if the lock ever let two owners in at once, increments would be lost.
 */
class LockContentionIT extends CompatSuite {

    private static final int CLIENTS = 4;
    private static final int THREADS_PER_CLIENT = 2;
    private static final int ROUNDS = 25;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @LockIT.OnEveryTargetAndFlavour
    @DisplayName("4 clients x 2 threads increment a counter under one lock: no increment is lost")
    void noIncrementIsLost(Target target, LockFlavour flavour) {
        String name = uniqueName();
        String counterMap = name + "-counter";
        client(target).<String, Integer>getMap(counterMap).put("count", 0);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            ClientUnderTest client = newClient(target);
            DistributedLock lock = flavour.on(client, name);
            MapView<String, Integer> counter = client.getMap(counterMap);
            for (int t = 0; t < THREADS_PER_CLIENT; t++) {
                workers.add(CompletableFuture.runAsync(() -> incrementUnderLock(lock, counter), threads));
            }
        }

        assertThat(CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new))).succeedsWithin(PATIENCE);
        assertThat(client(target).<String, Integer>getMap(counterMap).get("count"))
                .isEqualTo(CLIENTS * THREADS_PER_CLIENT * ROUNDS);
        assertThat(flavour.on(client(target), name).isLocked()).isFalse();
    }

    private static void incrementUnderLock(DistributedLock lock, MapView<String, Integer> counter) {
        for (int round = 0; round < ROUNDS; round++) {
            lock.lock();
            try {
                counter.put("count", counter.get("count") + 1);
            } finally {
                lock.unlock();
            }
        }
    }
}
