package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ITopic;
import io.alder.testsupport.reference.OfficialClientSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * The reliable topic shared with the official 3.12 Java client, which builds it on the same ringbuffer
 * with the same envelope: each hears the other in order; and listeners overtaken by the ringbuffer.
 */
class AlderReliableTopicIT extends ClientSuite {

    private static final int MESSAGES = 200;
    private static final int CAPACITY = 10_000;

    private final Map<ServerKind, HazelcastInstance> officialClients = new EnumMap<>(ServerKind.class);

    @AfterAll
    void stopOfficialClients() {
        officialClients.values().forEach(HazelcastInstance::shutdown);
    }

    @OnEveryServer
    @DisplayName("the official client and Alder's client hear each other's messages in order")
    void officialAndAlderClientsShareAReliableTopic(ServerKind kind) {
        String name = uniqueName();
        MessageRecorder heardByAlder = new MessageRecorder();
        client(kind).getReliableTopic(name).addMessageListener(heardByAlder);
        List<Object> heardByOfficial = new ArrayList<>();
        ITopic<Object> official = official(kind).getReliableTopic(name);
        official.addMessageListener(message -> {
            synchronized (heardByOfficial) {
                heardByOfficial.add(message.getMessageObject());
            }
        });
        AlderTopic<String> alder = otherClient(kind).getReliableTopic(name);

        for (int n = 0; n < MESSAGES; n++) {
            official.publish(MessageRecorder.text("official", n));
            alder.publish(MessageRecorder.text("alder", n));
        }

        eventually().until(() -> heardByAlder.count() == 2 * MESSAGES);
        heardByAlder.assertEachPublisherComplete(List.of("official", "alder"), MESSAGES);
        assertThat(heardByAlder.messages().get(0).getPublishingMember()).as("Java clients send no address").isNull();
        eventually().until(() -> {
            synchronized (heardByOfficial) {
                return heardByOfficial.size() == 2 * MESSAGES;
            }
        });
        synchronized (heardByOfficial) {
            MessageRecorder.assertEachPublisherComplete(heardByOfficial, List.of("official", "alder"), MESSAGES);
        }
    }

    @OnEveryServer
    @DisplayName("overtaken by the ringbuffer, a listener is stopped unless it tolerates loss")
    void overtakenListeners(ServerKind kind) throws Exception {
        String name = uniqueName();
        CountDownLatch release = new CountDownLatch(1);
        StallingListener intolerant = new StallingListener(release, false);
        StallingListener tolerant = new StallingListener(release, true);
        client(kind).getReliableTopic(name).addMessageListener(intolerant);
        client(kind).getReliableTopic(name).addMessageListener(tolerant);
        AlderTopic<String> topic = otherClient(kind).getReliableTopic(name);

        topic.publish("first");
        eventually().until(() -> intolerant.recorder.count() == 1 && tolerant.recorder.count() == 1);
        for (int n = 0; n < CAPACITY + 20; n++) {
            topic.async().publish("flood");
        }
        topic.publish("flood");
        release.countDown();
        topic.publish("last");

        eventually().until(() -> tolerant.recorder.payloads().contains("last"));
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(intolerant.recorder.payloads()).doesNotContain("last");
        assertThat(tolerant.recorder.count()).isLessThan(CAPACITY + 10);
    }

    private HazelcastInstance official(ServerKind kind) {
        return officialClients.computeIfAbsent(kind, key -> HazelcastClient.newHazelcastClient(
                OfficialClientSettings.config(TestServer.HOST + ":" + server(key).port(), true)));
    }

    /** A listener whose first message blocks until released, so that the ringbuffer overtakes it. */
    private static final class StallingListener implements ReliableMessageListener<Object> {
        final MessageRecorder recorder = new MessageRecorder();
        private final CountDownLatch release;
        private final boolean lossTolerant;

        StallingListener(CountDownLatch release, boolean lossTolerant) {
            this.release = release;
            this.lossTolerant = lossTolerant;
        }

        @Override
        public void onMessage(Message<Object> message) {
            recorder.onMessage(message);
            try {
                release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean isLossTolerant() {
            return lossTolerant;
        }
    }
}
