package io.alder.member.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Threads, each standing for a client, adding to one set and one list at once: every item counts once. */
class CollectionConcurrencyTest {

    private static final int ADDERS = 8;
    private static final int ITEMS_PER_ADDER = 2_000;
    private static final String NAME = "shared";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(ADDERS);
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60)), Clock.SYSTEM,
            scheduler);
    private final int partition = Partitions.partitionIdOfName(NAME, 271);

    @AfterEach
    void stop() {
        clients.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    @DisplayName("adders racing on one list: every item lands exactly once, each adder's in its own order")
    void listAdders() throws Exception {
        ListService lists = engine.lists();
        runAdders(adder -> () -> {
            for (int i = 0; i < ITEMS_PER_ADDER; i++) {
                assertThat(lists.add(partition, NAME, item(adder, i))).isTrue();
            }
            return null;
        });

        List<Data> items = lists.getAll(partition, NAME);
        assertThat(items).hasSize(ADDERS * ITEMS_PER_ADDER).doesNotHaveDuplicates();
        Map<String, Integer> lastSeen = new HashMap<>();
        for (Data item : items) {
            String[] adderAndIndex = Strings.fromData(item).split("-");
            int previous = lastSeen.getOrDefault(adderAndIndex[0], -1);
            assertThat(Integer.parseInt(adderAndIndex[1])).isEqualTo(previous + 1);
            lastSeen.put(adderAndIndex[0], previous + 1);
        }
    }

    @Test
    @DisplayName("adders racing on one set with the same items: each item is added by exactly one of them")
    void setAdders() throws Exception {
        SetService sets = engine.sets();
        AtomicInteger won = new AtomicInteger();
        runAdders(adder -> () -> {
            for (int i = 0; i < ITEMS_PER_ADDER; i++) {
                if (sets.add(partition, NAME, item(0, (i + adder * 97) % ITEMS_PER_ADDER))) {
                    won.incrementAndGet();
                }
            }
            return null;
        });

        assertThat(won.get()).isEqualTo(ITEMS_PER_ADDER);
        assertThat(sets.getAll(partition, NAME)).hasSize(ITEMS_PER_ADDER).doesNotHaveDuplicates();
    }

    /** Runs one task per adder, as made by {@code adder}, all at once; rethrows what any of them threw. */
    private void runAdders(IntFunction<Callable<Void>> adder) throws Exception {
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < ADDERS; i++) {
            work.add(adder.apply(i));
        }
        for (Future<Void> done : clients.invokeAll(work)) {
            done.get();
        }
    }

    private static Data item(int adder, int index) {
        return Strings.toData(adder + "-" + index);
    }
}
