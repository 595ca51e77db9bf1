package io.alder.client.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StripedEventExecutorTest {

    private static ClientMessage event(long sequence, int partitionId) {
        return MessageWriter.start(UnpooledByteBufAllocator.DEFAULT, MessageType.EVENT_ENTRY, sequence, partitionId, 0)
                .build();
    }

    @Test
    void eventsWithTheSameKeyRunInOrderOnOneThreadAndAreReleased() {
        Map<Integer, Queue<Long>> seen = new ConcurrentHashMap<>();
        Map<Integer, Queue<String>> threads = new ConcurrentHashMap<>();
        List<ClientMessage> events = new ArrayList<>();
        try (StripedEventExecutor executor = new StripedEventExecutor(3, 1_000)) {
            for (long sequence = 0; sequence < 300; sequence++) {
                int partition = (int) (sequence % 7);
                ClientMessage event = event(sequence, partition);
                events.add(event);
                executor.dispatch(partition, event, message -> {
                    seen.computeIfAbsent(message.partitionId(), p -> new ConcurrentLinkedQueue<>()).add(message.correlationId());
                    threads.computeIfAbsent(message.partitionId(), p -> new ConcurrentLinkedQueue<>())
                            .add(Thread.currentThread().getName());
                });
            }
            await().atMost(10, TimeUnit.SECONDS).until(() -> events.stream().allMatch(e -> e.refCnt() == 0));
        }
        assertThat(seen).hasSize(7);
        seen.forEach((partition, sequences) -> assertThat(List.copyOf(sequences)).isSorted()
                .hasSize(300 / 7 + (partition < 300 % 7 ? 1 : 0)));
        threads.values().forEach(names -> assertThat(names.stream().distinct()).singleElement()
                .asString().startsWith("alder-client-event-"));
    }

    @Test
    void aFailingHandlerDoesNotStopItsThread() {
        Queue<Long> handled = new ConcurrentLinkedQueue<>();
        try (StripedEventExecutor executor = new StripedEventExecutor(1, 10)) {
            executor.dispatch(0, event(1, 0), message -> {
                throw new IllegalStateException("handler bug");
            });
            executor.dispatch(0, event(2, 0), message -> handled.add(message.correlationId()));
            await().atMost(10, TimeUnit.SECONDS).until(() -> handled.contains(2L));
        }
    }
}
