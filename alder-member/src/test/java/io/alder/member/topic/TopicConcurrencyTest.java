package io.alder.member.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.SenderOrder;
import io.alder.serialization.Strings;
import java.io.UTFDataFormatException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Publishers on real threads: every listener gets every message once, each publisher's in publish order. */
class TopicConcurrencyTest {

    private static final int PUBLISHERS = 4;
    private static final int LISTENERS = 3;
    private static final int MESSAGES_PER_PUBLISHER = 1_000;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService threads = Executors.newFixedThreadPool(PUBLISHERS);
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60)), Clock.SYSTEM, scheduler);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void everyListenerGetsEveryMessageOnceInEachPublishersOrder() throws Exception {
        List<List<String>> heard = new ArrayList<>();
        for (int i = 0; i < LISTENERS; i++) {
            List<String> messages = new CopyOnWriteArrayList<>();
            heard.add(messages);
            engine.topics().addMessageListener("chat", message -> messages.add(text(message)));
        }
        List<Future<?>> publishers = new ArrayList<>();
        for (int publisher = 0; publisher < PUBLISHERS; publisher++) {
            int id = publisher;
            publishers.add(threads.submit(() -> {
                for (int i = 0; i < MESSAGES_PER_PUBLISHER; i++) {
                    engine.topics().publish("chat", Strings.toData(id + ":" + i));
                }
            }));
        }
        for (Future<?> publisher : publishers) {
            publisher.get(30, TimeUnit.SECONDS);
        }

        for (List<String> messages : heard) {
            SenderOrder.assertEachSenderComplete(messages, PUBLISHERS, MESSAGES_PER_PUBLISHER);
        }
    }

    private static String text(TopicMessage message) {
        try {
            return Strings.fromData(message.item());
        } catch (UTFDataFormatException e) {
            throw new AssertionError(e);
        }
    }
}
