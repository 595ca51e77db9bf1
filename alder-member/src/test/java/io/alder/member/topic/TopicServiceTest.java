package io.alder.member.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Publishing to the listeners registered at that moment, with the member's time and uuid. */
class TopicServiceTest {

    private static final long START = 1_700_000_000_000L;
    private static final Data HELLO = Strings.toData("hello");
    private static final Data WORLD = Strings.toData("world");

    private final ManualScheduler time = new ManualScheduler(START);
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60)), time, time);
    private final TopicService topics = engine.topics();

    @Test
    void everyListenerGetsEveryMessageWithPublishTimeAndMember() {
        List<TopicMessage> first = new ArrayList<>();
        List<TopicMessage> second = new ArrayList<>();
        topics.addMessageListener("news", first::add);
        topics.addMessageListener("news", second::add);

        topics.publish("news", HELLO);
        time.advance(5);
        topics.publish("news", WORLD);

        List<TopicMessage> expected = List.of(new TopicMessage(HELLO, START, engine.memberUuid()),
                new TopicMessage(WORLD, START + 5, engine.memberUuid()));
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected);
    }

    @Test
    void aListenerHearsOnlyItsTopicAndOnlyWhatIsPublishedWhileItIsRegistered() {
        List<TopicMessage> heard = new ArrayList<>();
        topics.publish("news", HELLO);
        String id = topics.addMessageListener("news", heard::add);
        topics.publish("sports", HELLO);
        topics.publish("news", WORLD);

        assertThat(topics.removeMessageListener("news", id)).isTrue();
        assertThat(topics.removeMessageListener("news", id)).isFalse();
        assertThat(topics.removeMessageListener("sports", id)).isFalse();
        topics.publish("news", HELLO);

        assertThat(heard).extracting(TopicMessage::item).containsExactly(WORLD);
    }

    @Test
    void aFailingListenerDoesNotKeepTheMessageFromTheOthers() {
        List<TopicMessage> heard = new ArrayList<>();
        topics.addMessageListener("news", message -> {
            throw new IllegalStateException("listener bug");
        });
        topics.addMessageListener("news", heard::add);

        topics.publish("news", HELLO);

        assertThat(heard).hasSize(1);
    }

    @Test
    void destroyingTheTopicDropsItsListeners() {
        List<TopicMessage> heard = new ArrayList<>();
        String id = topics.addMessageListener("news", heard::add);

        engine.distributedObjects().destroy(TopicService.SERVICE_NAME, "news");
        topics.publish("news", HELLO);

        assertThat(heard).isEmpty();
        assertThat(topics.removeMessageListener("news", id)).isFalse();
    }
}
