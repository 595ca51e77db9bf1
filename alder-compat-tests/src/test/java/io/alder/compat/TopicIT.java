package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ITopic;
import com.hazelcast.core.Member;
import com.hazelcast.core.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * ITopic, plain and reliable: messages of several publishers reach every listener of several clients,
 * each publisher's in publish order, none lost or repeated; what a message says about its publication;
 * registration and removal.
 */
class TopicIT extends CompatSuite {

    private static final int PER_PUBLISHER = 200;

    private final ExecutorService publishers = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        publishers.shutdownNow();
    }

    @OnEveryServer
    @DisplayName("topic: three publishers, four listeners on three clients, every message once in order")
    void everyListenerHearsEveryPublisherInOrder(ServerKind kind) throws Exception {
        everyListenerHearsEveryPublisherInOrder(kind, HazelcastInstance::getTopic);
    }

    @OnEveryServer
    @DisplayName("reliable topic: three publishers, four listeners on three clients, every message once in order")
    void reliableTopicListenersHearEveryPublisherInOrder(ServerKind kind) throws Exception {
        everyListenerHearsEveryPublisherInOrder(kind, HazelcastInstance::getReliableTopic);
    }

    @OnEveryServer
    @DisplayName("a message carries its publish time and the member it was published on")
    void messageCarriesPublishTimeAndMember(ServerKind kind) {
        String name = uniqueName();
        RecordingMessageListener listener = listen(otherClient(kind).getTopic(name));

        long before = System.currentTimeMillis();
        client(kind).getTopic(name).publish("hello");

        eventually().until(() -> listener.count() == 1);
        Message<Object> message = listener.messages().get(0);
        assertThat(message.getMessageObject()).isEqualTo("hello");
        assertThat(message.getSource()).isEqualTo(name);
        assertThat(message.getPublishTime()).isBetween(before - 1_000, System.currentTimeMillis() + 1_000);
        Member member = otherClient(kind).getCluster().getMembers().iterator().next();
        assertThat(message.getPublishingMember()).isNotNull();
        assertThat(message.getPublishingMember().getUuid()).isEqualTo(member.getUuid());
    }

    @OnEveryServer
    @DisplayName("a listener hears only what is published while it is registered")
    void onlyWhileRegistered(ServerKind kind) {
        String name = uniqueName();
        ITopic<Object> topic = client(kind).getTopic(name);
        topic.publish("before");
        RecordingMessageListener listener = new RecordingMessageListener();
        String registration = otherClient(kind).getTopic(name).addMessageListener(listener);
        RecordingMessageListener witness = listen(otherClient(kind).getTopic(name));

        topic.publish("during");
        eventually().until(() -> witness.count() == 1 && listener.count() == 1);
        assertThat(otherClient(kind).getTopic(name).removeMessageListener(registration)).isTrue();
        assertThat(otherClient(kind).getTopic(name).removeMessageListener(registration)).isFalse();
        topic.publish("after");

        eventually().until(() -> witness.count() == 2);
        assertThat(listener.payloads()).containsExactly("during");
        assertThat(witness.payloads()).containsExactly("during", "after");
    }

    /** Several publishing clients and listeners on several clients, of the topic that {@code topics} gives. */
    private void everyListenerHearsEveryPublisherInOrder(ServerKind kind,
            BiFunction<HazelcastInstance, String, ITopic<Object>> topics) throws Exception {
        String name = uniqueName();
        List<HazelcastInstance> listening = List.of(client(kind), otherClient(kind),
                clients(kind).start(Routing.UNISOCKET));
        List<RecordingMessageListener> listeners = new ArrayList<>();
        for (HazelcastInstance client : listening) {
            listeners.add(listen(topics.apply(client, name)));
        }
        listeners.add(listen(topics.apply(listening.get(0), name)));
        List<HazelcastInstance> publishing = List.of(client(kind), clients(kind).start(Routing.SMART),
                clients(kind).start(Routing.UNISOCKET));
        List<String> publisherNames = List.of("a", "b", "c");

        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int p = 0; p < publishing.size(); p++) {
            ITopic<Object> topic = topics.apply(publishing.get(p), name);
            String publisher = publisherNames.get(p);
            done.add(CompletableFuture.runAsync(() -> {
                for (int n = 0; n < PER_PUBLISHER; n++) {
                    topic.publish(PublisherOrder.text(publisher, n));
                }
            }, publishers));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        for (RecordingMessageListener listener : listeners) {
            eventually().until(() -> listener.count() >= publisherNames.size() * PER_PUBLISHER);
            PublisherOrder.assertEachPublisherComplete(listener.payloads(), publisherNames, PER_PUBLISHER);
        }
    }

    private static RecordingMessageListener listen(ITopic<Object> topic) {
        RecordingMessageListener listener = new RecordingMessageListener();
        topic.addMessageListener(listener);
        return listener;
    }
}
