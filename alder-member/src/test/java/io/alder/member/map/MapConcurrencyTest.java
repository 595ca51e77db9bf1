package io.alder.member.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.CallerId;
import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.Reply;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.nio.ByteBuffer;
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
 * Several threads on the real clock and a real scheduler. Each thread stands for a client thread: it
 * waits for its own replies (which other threads complete when they release a lock), as a client would.
 */
class MapConcurrencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int THREADS = 4;
    private static final String MAP = "counters";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(THREADS);
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60)), Clock.SYSTEM, scheduler);
    private final MapService maps = engine.maps();

    @AfterEach
    void stop() {
        clients.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void lockedIncrementsFromSeveralThreadsLoseNothing() throws Exception {
        Data key = Strings.toData("counter");
        int partition = Partitions.partitionId(key, 271);
        int incrementsPerThread = 300;
        List<Callable<Void>> work = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            CallerId caller = new CallerId("client-" + thread, 1);
            work.add(() -> {
                for (int i = 0; i < incrementsPerThread; i++) {
                    Reply<Void> locked = new Reply<>();
                    maps.lock(partition, MAP, key, caller, -1, 2L * i, locked);
                    locked.await(PATIENCE);
                    Data current = maps.get(partition, MAP, key);
                    Reply<Data> put = new Reply<>();
                    maps.put(partition, MAP, key, counter(current == null ? 1 : value(current) + 1), -1, -1, caller,
                            put);
                    put.await(PATIENCE);
                    maps.unlock(partition, MAP, key, caller, 2L * i + 1);
                }
                return null;
            });
        }

        for (Future<Void> done : clients.invokeAll(work)) {
            done.get();
        }

        assertThat(value(maps.get(partition, MAP, key))).isEqualTo(THREADS * incrementsPerThread);
        assertThat(maps.isLocked(partition, MAP, key)).isFalse();
    }

    @Test
    void unlockedWritesAndReadsOnManyKeysStayConsistent() throws Exception {
        int keysPerThread = 2_000;
        AtomicInteger events = new AtomicInteger();
        maps.addEntryListener(MAP, null, EntryEventType.ADDED.flag(), false, event -> events.incrementAndGet());
        List<Callable<Void>> work = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int first = thread * keysPerThread;
            CallerId caller = new CallerId("client-" + thread, 1);
            work.add(() -> {
                for (int i = first; i < first + keysPerThread; i++) {
                    Data key = counter(i);
                    int partition = Partitions.partitionId(key, 271);
                    Reply<Data> put = new Reply<>();
                    maps.put(partition, MAP, key, counter(-i), -1, -1, caller, put);
                    assertThat(put.await(PATIENCE)).isNull();
                    assertThat(maps.get(partition, MAP, key)).isEqualTo(counter(-i));
                    if (i % 100 == 0) {
                        assertThat(maps.size(MAP)).isPositive();
                    }
                }
                return null;
            });
        }

        for (Future<Void> done : clients.invokeAll(work)) {
            done.get();
        }

        assertThat(maps.size(MAP)).isEqualTo(THREADS * keysPerThread);
        assertThat(events.get()).isEqualTo(THREADS * keysPerThread);
    }

    private static Data counter(int value) {
        byte[] bytes = ByteBuffer.allocate(12).putInt(0).putInt(-7).putInt(value).array();
        return Data.wrap(bytes);
    }

    private static int value(Data counter) {
        return ByteBuffer.wrap(counter.bytes()).getInt(8);
    }
}
