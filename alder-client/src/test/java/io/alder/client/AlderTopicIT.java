package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/**
 * Topics through the client, plain and reliable: several publishers and listeners on several clients,
 * every message once in publish order, and what a message tells about its publication.
 */
class AlderTopicIT extends ClientSuite {

    private static final int PER_PUBLISHER = 150;

    /** The plain topic or the reliable one. */
    enum Kind {
        PLAIN, RELIABLE;

        <E> AlderTopic<E> of(AlderClient client, String name) {
            return this == PLAIN ? client.getTopic(name) : client.getReliableTopic(name);
        }
    }

    @OnEveryServer
    @DisplayName("plain topic: three publishers, four listeners on three clients, every message once in order")
    void plainTopicInOrder(ServerKind kind) throws Exception {
        everyListenerHearsEveryPublisherInOrder(kind, Kind.PLAIN);
    }

    @OnEveryServer
    @DisplayName("reliable topic: three publishers, four listeners on three clients, every message once in order")
    void reliableTopicInOrder(ServerKind kind) throws Exception {
        everyListenerHearsEveryPublisherInOrder(kind, Kind.RELIABLE);
    }

    @OnEveryServerAndRouting
    @DisplayName("a message carries its topic, publish time and publishing member")
    void messageFields(Target target) {
        String name = uniqueName();
        MessageRecorder recorder = new MessageRecorder();
        client(target).getTopic(name).addMessageListener(recorder);

        long before = System.currentTimeMillis();
        otherClient(target.server()).getTopic(name).publish("hello");

        eventually().until(() -> recorder.count() == 1);
        Message<Object> message = recorder.messages().get(0);
        assertThat(message.getSource()).isEqualTo(name);
        assertThat(message.getMessageObject()).isEqualTo("hello");
        assertThat(message.getPublishTime()).isBetween(before - 1_000, System.currentTimeMillis() + 1_000);
        assertThat(message.getPublishingMember()).isEqualTo(client(target).cluster().getMembers().get(0));
    }

    @OnEveryServer
    @DisplayName("removed listeners of both kinds hear nothing more; the async view works alike")
    void removal(ServerKind kind) throws Exception {
        for (Kind topicKind : Kind.values()) {
            String name = uniqueName();
            AlderTopic<Object> listening = topicKind.of(client(kind), name);
            MessageRecorder removed = new MessageRecorder();
            MessageRecorder kept = new MessageRecorder();
            String id = listening.async().addMessageListener(removed).toCompletableFuture().get();
            listening.addMessageListener(kept);
            AsyncAlderTopic<Object> publishing = topicKind.of(otherClient(kind), name).async();

            publishing.publish("one").toCompletableFuture().get();
            eventually().until(() -> removed.count() == 1 && kept.count() == 1);
            assertThat(listening.removeMessageListener(id)).isTrue();
            assertThat(listening.removeMessageListener(id)).isFalse();
            publishing.publish("two").toCompletableFuture().get();

            eventually().until(() -> kept.count() == 2);
            assertThat(removed.payloads()).as(topicKind.name()).containsExactly("one");
        }
    }

    private void everyListenerHearsEveryPublisherInOrder(ServerKind kind, Kind topicKind) throws Exception {
        String name = uniqueName();
        List<AlderClient> listening = List.of(client(kind), otherClient(kind), newClient(kind, false));
        List<MessageRecorder> recorders = new ArrayList<>();
        for (AlderClient client : listening) {
            recorders.add(listen(topicKind.of(client, name)));
        }
        recorders.add(listen(topicKind.of(listening.get(0), name)));
        List<String> publishers = List.of("a", "b", "c");
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (String publisher : publishers) {
            AlderTopic<String> topic = topicKind.of(newClient(kind, !publisher.equals("c")), name);
            done.add(CompletableFuture.runAsync(() -> {
                for (int n = 0; n < PER_PUBLISHER; n++) {
                    topic.publish(MessageRecorder.text(publisher, n));
                }
            }));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        for (MessageRecorder recorder : recorders) {
            eventually().until(() -> recorder.count() >= publishers.size() * PER_PUBLISHER);
            recorder.assertEachPublisherComplete(publishers, PER_PUBLISHER);
        }
    }

    private static MessageRecorder listen(AlderTopic<Object> topic) {
        MessageRecorder recorder = new MessageRecorder();
        topic.addMessageListener(recorder);
        return recorder;
    }
}
