package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.ITopic;
import com.hazelcast.core.Message;
import com.hazelcast.topic.ReliableMessageListener;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/**
 * The reliable topic of the official Java client, which it builds on the ringbuffer {@code _hz_rb_<topic>}
 * with long-polling reads (see {@link TopicIT} for publishers and listeners): a listener that falls behind
 * the ringbuffer's capacity is stopped, or skips to the oldest message if it tolerates loss, as on a 3.12
 * member.
 */
class ReliableTopicIT extends CompatSuite {

    /** 3.12's default ringbuffer capacity, which a reliable topic gets without configuration. */
    private static final int CAPACITY = 10_000;

    @OnEveryServer
    @DisplayName("a listener overtaken by the ringbuffer is stopped, unless it tolerates loss")
    void overtakenListeners(ServerKind kind) throws Exception {
        String name = uniqueName();
        CountDownLatch release = new CountDownLatch(1);
        StallingListener intolerant = new StallingListener(release, false);
        StallingListener tolerant = new StallingListener(release, true);
        otherClient(kind).getReliableTopic(name).addMessageListener(intolerant);
        otherClient(kind).getReliableTopic(name).addMessageListener(tolerant);
        ITopic<String> topic = client(kind).getReliableTopic(name);

        topic.publish("first");
        eventually().until(() -> intolerant.count() == 1 && tolerant.count() == 1);
        for (int n = 0; n < CAPACITY + 20; n++) {
            topic.publish("flood");
        }
        release.countDown();
        topic.publish("last");

        eventually().until(() -> tolerant.payloads().contains("last"));
        Message<Object> first = tolerant.heard.messages().get(0);
        assertThat(first.getPublishTime()).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
        assertThat(first.getPublishingMember()).as("the Java client publishes without an address").isNull();
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(intolerant.payloads()).as("stopped at the stale sequence").doesNotContain("last");
        assertThat(tolerant.count()).as("skipped what the ringbuffer no longer holds").isLessThan(CAPACITY + 10);
    }

    /**
     * A reliable listener whose first message blocks until released, so that the ringbuffer overtakes it;
     * a plain listener's defaults otherwise ({@code isLossTolerant} as given).
     */
    private static final class StallingListener implements ReliableMessageListener<Object> {
        private final CountDownLatch release;
        private final boolean lossTolerant;
        private final RecordingMessageListener heard = new RecordingMessageListener();

        StallingListener(CountDownLatch release, boolean lossTolerant) {
            this.release = release;
            this.lossTolerant = lossTolerant;
        }

        @Override
        public void onMessage(Message<Object> message) {
            heard.onMessage(message);
            try {
                release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        int count() {
            return heard.count();
        }

        List<Object> payloads() {
            return heard.payloads();
        }

        @Override
        public long retrieveInitialSequence() {
            return -1;
        }

        @Override
        public void storeSequence(long sequence) {
            // Starts at the tail every time, as a plain listener does.
        }

        @Override
        public boolean isLossTolerant() {
            return lossTolerant;
        }

        @Override
        public boolean isTerminal(Throwable failure) {
            return false;
        }
    }
}
