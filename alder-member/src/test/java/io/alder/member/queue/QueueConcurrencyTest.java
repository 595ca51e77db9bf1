package io.alder.member.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.CallerId;
import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.Reply;
import io.alder.member.ringbuffer.RingbufferConfigs;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Producers putting into and consumers taking from one small bounded queue, each thread standing for a client
 * that waits for its own replies, which the other side's threads complete: every item arrives exactly once.
 */
class QueueConcurrencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 4;
    private static final int ITEMS_PER_PRODUCER = 500;
    private static final int CAPACITY = 10;
    private static final String QUEUE = "work";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(PRODUCERS + CONSUMERS);
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60),
            new QueueSettings(Map.of(QUEUE, CAPACITY)), RingbufferConfigs.NONE), Clock.SYSTEM, scheduler);
    private final QueueService queues = engine.queues();
    private final int partition = Partitions.partitionIdOfName(QUEUE, 271);

    @AfterEach
    void stop() {
        clients.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void everyItemPutIsTakenExactlyOnce() throws Exception {
        Map<String, Integer> taken = new ConcurrentHashMap<>();
        AtomicInteger largestSize = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int producer = 0; producer < PRODUCERS; producer++) {
            CallerId caller = new CallerId("producer-" + producer, 0);
            String prefix = "p" + producer + "-";
            work.add(() -> {
                for (int i = 0; i < ITEMS_PER_PRODUCER; i++) {
                    Reply<Boolean> put = new Reply<>();
                    queues.offer(partition, QUEUE, Strings.toData(prefix + i), -1, caller, put);
                    assertThat(put.await(PATIENCE)).isTrue();
                    largestSize.accumulateAndGet(queues.size(partition, QUEUE), Math::max);
                }
                return null;
            });
        }
        int perConsumer = PRODUCERS * ITEMS_PER_PRODUCER / CONSUMERS;
        for (int consumer = 0; consumer < CONSUMERS; consumer++) {
            CallerId caller = new CallerId("consumer-" + consumer, 0);
            work.add(() -> {
                for (int i = 0; i < perConsumer; i++) {
                    Reply<Data> take = new Reply<>();
                    queues.poll(partition, QUEUE, -1, caller, take);
                    taken.merge(Strings.fromData(take.await(PATIENCE)), 1, Integer::sum);
                }
                return null;
            });
        }

        for (Future<Void> done : clients.invokeAll(work)) {
            done.get();
        }

        assertThat(taken).hasSize(PRODUCERS * ITEMS_PER_PRODUCER).allSatisfy((item, times) ->
                assertThat(times).as(item).isEqualTo(1));
        assertThat(largestSize.get()).isLessThanOrEqualTo(CAPACITY);
        assertThat(queues.isEmpty(partition, QUEUE)).isTrue();
    }
}
