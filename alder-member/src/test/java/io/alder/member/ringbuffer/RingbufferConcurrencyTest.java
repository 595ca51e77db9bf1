package io.alder.member.ringbuffer;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.CallerId;
import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.Reply;
import io.alder.member.SenderOrder;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.io.UTFDataFormatException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writers adding to one ringbuffer while readers follow it with waiting {@code readMany}s, on real
 * threads: every reader sees every item once, each writer's items in the order it added them.
 */
class RingbufferConcurrencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String NAME = "feed";
    private static final int WRITERS = 3;
    private static final int READERS = 3;
    private static final int ITEMS_PER_WRITER = 500;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService threads = Executors.newFixedThreadPool(WRITERS + READERS);
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60)), Clock.SYSTEM, scheduler);
    private final RingbufferService ringbuffers = engine.ringbuffers();
    private final int partition = Partitions.partitionIdOfName(NAME, 271);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void everyReaderSeesEveryItemOnceInEachWritersOrder() throws Exception {
        List<Future<List<String>>> readers = new ArrayList<>();
        for (int reader = 0; reader < READERS; reader++) {
            readers.add(threads.submit(follow(new CallerId("reader-" + reader, 0))));
        }
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            writers.add(threads.submit(() -> {
                for (int i = 0; i < ITEMS_PER_WRITER; i++) {
                    OverflowPolicy policy = i % 2 == 0 ? OverflowPolicy.OVERWRITE : OverflowPolicy.FAIL;
                    ringbuffers.add(partition, NAME, Strings.toData(id + ":" + i), policy);
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        }

        for (Future<List<String>> reader : readers) {
            SenderOrder.assertEachSenderComplete(reader.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), WRITERS,
                    ITEMS_PER_WRITER);
        }
        assertThat(ringbuffers.waitingReads()).isZero();
    }

    /** A reader that reads from sequence 0 with waiting reads until it has every item. */
    private Callable<List<String>> follow(CallerId caller) {
        return () -> {
            List<String> seen = new ArrayList<>();
            long next = 0;
            while (seen.size() < WRITERS * ITEMS_PER_WRITER) {
                Reply<ReadResult> batch = new Reply<>();
                ringbuffers.readMany(partition, NAME, next, 1, 100, caller, batch);
                ReadResult result = batch.await(PATIENCE);
                assertThat(result.itemSequences()[0]).isEqualTo(next);
                for (Data item : result.items()) {
                    seen.add(text(item));
                }
                next += result.readCount();
            }
            return seen;
        };
    }

    private static String text(Data item) {
        try {
            return Strings.fromData(item);
        } catch (UTFDataFormatException e) {
            throw new AssertionError(e);
        }
    }
}
