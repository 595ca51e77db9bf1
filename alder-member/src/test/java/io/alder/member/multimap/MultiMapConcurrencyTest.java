package io.alder.member.multimap;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.CallerId;
import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.Reply;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Threads on the real clock and a real scheduler, each standing for a client thread that waits for its own
 * replies, contending for one key lock of a multimap.
 */
class MultiMapConcurrencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration CLEANUP_DELAY = Duration.ofMillis(200);
    private static final int CLIENTS = 3;
    private static final int THREADS_PER_CLIENT = 2;
    private static final String MULTIMAP = "counters";
    private static final Data KEY = Strings.toData("hot");

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS * THREADS_PER_CLIENT);
    private final Engine engine = new Engine(new EngineSettings(271, CLEANUP_DELAY)
            .withMultiMaps(new MultiMapSettings(Map.of(MULTIMAP, ValueCollectionType.SET))), Clock.SYSTEM, scheduler);
    private final MultiMapService multiMaps = engine.multiMaps();
    private final int partition = Partitions.partitionId(KEY, 271);

    @AfterEach
    void stop() {
        clients.shutdownNow();
        scheduler.shutdownNow();
    }

    /**
     * Each holder reads how many values the key has and adds the next number: in a SET, two holders at once
     * would add the same number, and a value would be missing at the end.
     */
    @Test
    void oneHolderAtATimeAndNoValueLost() throws Exception {
        int rounds = 150;
        List<Callable<Void>> work = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            for (int thread = 0; thread < THREADS_PER_CLIENT; thread++) {
                CallerId caller = new CallerId("client-" + client, thread);
                work.add(() -> {
                    for (int i = 0; i < rounds; i++) {
                        Reply<Boolean> locked = new Reply<>();
                        multiMaps.tryLock(partition, MULTIMAP, KEY, caller, Long.MAX_VALUE, -1, 2L * i + 1, locked);
                        assertThat(locked.await(PATIENCE)).isTrue();
                        int next = multiMaps.valueCount(partition, MULTIMAP, KEY) + 1;
                        Reply<Boolean> added = new Reply<>();
                        multiMaps.put(partition, MULTIMAP, KEY, Strings.toData(Integer.toString(next)), caller, added);
                        assertThat(added.await(PATIENCE)).as("value " + next + " was new").isTrue();
                        multiMaps.unlock(partition, MULTIMAP, KEY, caller, 2L * i + 2);
                    }
                    return null;
                });
            }
        }

        for (Future<Void> done : clients.invokeAll(work)) {
            done.get();
        }

        assertThat(multiMaps.valueCount(partition, MULTIMAP, KEY)).isEqualTo(CLIENTS * THREADS_PER_CLIENT * rounds);
        assertThat(multiMaps.isLocked(partition, MULTIMAP, KEY)).isFalse();
    }

    @Test
    void theLockOfAClientThatIsGoneGoesToTheWaitersInTurn() throws Exception {
        CallerId holder = new CallerId("client-dying", 1);
        engine.clientSessions().connectionOpened(holder.clientUuid());
        Reply<Void> held = new Reply<>();
        multiMaps.lock(partition, MULTIMAP, KEY, holder, -1, 1, held);
        held.value();
        List<Reply<Void>> waiting = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Reply<Void> lock = new Reply<>();
            multiMaps.lock(partition, MULTIMAP, KEY, new CallerId("client-" + client, 1), -1, 1, lock);
            waiting.add(lock);
        }

        long gone = System.nanoTime();
        engine.clientSessions().connectionClosed(holder.clientUuid());

        for (int client = 0; client < CLIENTS; client++) {
            waiting.get(client).await(PATIENCE);
            assertThat(waiting.stream().filter(Reply::isDone)).as("one waiter at a time").hasSize(client + 1);
            multiMaps.unlock(partition, MULTIMAP, KEY, new CallerId("client-" + client, 1), 2);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - gone)).isGreaterThanOrEqualTo(CLEANUP_DELAY);
        assertThat(multiMaps.isLocked(partition, MULTIMAP, KEY)).isFalse();
    }
}
