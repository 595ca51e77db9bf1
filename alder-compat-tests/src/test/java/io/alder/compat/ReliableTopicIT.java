package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/**
 * The reliable topic, which both clients build as 3.12's client does, on the ringbuffer {@code _hz_rb_<topic>}
 * with long-polling reads and the same message envelope (see {@link TopicIT} for publishers and listeners):
 * the official client and Alder's share one; a listener that falls behind the ringbuffer's capacity is
 * stopped, or skips to the oldest message if it tolerates loss, as on a 3.12 member.
 */
class ReliableTopicIT extends CompatSuite {

    /** 3.12's default ringbuffer capacity, which a reliable topic gets without configuration. */
    private static final int CAPACITY = 10_000;
    private static final int MESSAGES = 200;

    @OnEveryClientServerAndRouting
    @DisplayName("the client and one of the other kind hear each other's messages in order, naming no publisher")
    void bothClientsShareAReliableTopic(Target target) {
        String name = uniqueName();
        ClientKind otherKind = target.client() == ClientKind.ALDER ? ClientKind.OFFICIAL : ClientKind.ALDER;
        ClientUnderTest other = newClient(new Target(target.server(), target.routing(), otherKind));
        try {
            TopicView<String> mine = client(target).getReliableTopic(name);
            TopicView<String> theirs = other.getReliableTopic(name);
            RecordingMessageListener heardByMine = RecordingMessageListener.addedTo(mine);
            RecordingMessageListener heardByTheirs = RecordingMessageListener.addedTo(theirs);
            List<String> publishers = List.of(target.client().name(), otherKind.name());

            for (int n = 0; n < MESSAGES; n++) {
                mine.publish(PublisherOrder.text(publishers.get(0), n));
                theirs.publish(PublisherOrder.text(publishers.get(1), n));
            }

            for (RecordingMessageListener heard : List.of(heardByMine, heardByTheirs)) {
                eventually().until(() -> heard.count() >= publishers.size() * MESSAGES);
                PublisherOrder.assertEachPublisherComplete(heard.payloads(), publishers, MESSAGES);
                assertThat(heard.messages()).extracting(SeenMessage::publishingMemberUuid)
                        .as("Java clients publish without an address").containsOnlyNulls();
            }
        } finally {
            other.close();
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a listener overtaken by the ringbuffer is stopped, unless it tolerates loss")
    void overtakenListeners(Target target) throws Exception {
        String name = uniqueName();
        CountDownLatch release = new CountDownLatch(1);
        RecordingMessageListener intolerant = RecordingMessageListener.stalling(release, false);
        RecordingMessageListener tolerant = RecordingMessageListener.stalling(release, true);
        otherClient(target).getReliableTopic(name).addMessageListener(intolerant);
        otherClient(target).getReliableTopic(name).addMessageListener(tolerant);
        TopicView<String> topic = client(target).getReliableTopic(name);

        topic.publish("first");
        eventually().until(() -> intolerant.count() == 1 && tolerant.count() == 1);
        for (int n = 0; n < CAPACITY + 20; n++) {
            topic.publish("flood");
        }
        release.countDown();
        topic.publish("last");

        eventually().until(() -> tolerant.payloads().contains("last"));
        SeenMessage first = tolerant.messages().get(0);
        assertThat(first.publishTime()).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(intolerant.payloads()).as("stopped at the stale sequence").doesNotContain("last");
        assertThat(tolerant.count()).as("skipped what the ringbuffer no longer holds").isLessThan(CAPACITY + 10);
    }
}
