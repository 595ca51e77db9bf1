package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Topics, plain and reliable, through either client: messages of several publishers reach every listener of
 * several clients, each publisher's in publish order, none lost or repeated; what a message says about its
 * publication; registration and removal; Alder's asynchronous view.
 */
class TopicIT extends CompatSuite {

    private static final int PER_PUBLISHER = 150;

    private final ExecutorService publishers = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        publishers.shutdownNow();
    }

    /** The plain topic or the reliable one of a name. */
    enum Kind {
        PLAIN, RELIABLE;

        <E> TopicView<E> of(ClientUnderTest client, String name) {
            return this == PLAIN ? client.getTopic(name) : client.getReliableTopic(name);
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("topic: three publishers, four listeners on three clients, every message once in order")
    void everyListenerHearsEveryPublisherInOrder(Target target) throws Exception {
        everyListenerHearsEveryPublisherInOrder(target, Kind.PLAIN);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("reliable topic: three publishers, four listeners on three clients, every message once in order")
    void reliableTopicListenersHearEveryPublisherInOrder(Target target) throws Exception {
        everyListenerHearsEveryPublisherInOrder(target, Kind.RELIABLE);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a message carries its topic, its publish time and the member it was published on")
    void messageCarriesPublishTimeAndMember(Target target) {
        String name = uniqueName();
        RecordingMessageListener listener = RecordingMessageListener.addedTo(client(target).getTopic(name));

        long before = System.currentTimeMillis();
        otherClient(target).getTopic(name).publish("hello");

        eventually().until(() -> listener.count() == 1);
        SeenMessage message = listener.messages().get(0);
        assertThat(message.payload()).isEqualTo("hello");
        assertThat(message.topic()).isEqualTo(name);
        assertThat(message.publishTime()).isBetween(before - 1_000, System.currentTimeMillis() + 1_000);
        assertThat(message.publishingMemberUuid())
                .isEqualTo(client(target).memberUuid(server(target.server()).addressString()));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a listener of either kind of topic hears only what is published while it is registered")
    void onlyWhileRegistered(Target target) {
        for (Kind kind : Kind.values()) {
            String name = uniqueName();
            TopicView<String> topic = kind.of(client(target), name);
            topic.publish("before");
            TopicView<String> listening = kind.of(otherClient(target), name);
            RecordingMessageListener listener = new RecordingMessageListener();
            String registration = listening.addMessageListener(listener);
            RecordingMessageListener witness = RecordingMessageListener.addedTo(listening);

            topic.publish("during");
            eventually().until(() -> witness.count() == 1 && listener.count() == 1);
            assertThat(listening.removeMessageListener(registration)).as(kind.name()).isTrue();
            assertThat(listening.removeMessageListener(registration)).as(kind.name()).isFalse();
            topic.publish("after");

            eventually().until(() -> witness.count() == 2);
            assertThat(listener.payloads()).as(kind.name()).containsExactly("during");
            assertThat(witness.payloads()).as(kind.name()).containsExactly("during", "after");
        }
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous view of either kind of topic: publish, add and remove listeners")
    void asynchronousView(Target target) {
        for (Kind kind : Kind.values()) {
            String name = uniqueName();
            TopicView<String> listening = kind.of(client(target), name);
            RecordingMessageListener removed = new RecordingMessageListener();
            RecordingMessageListener kept = RecordingMessageListener.addedTo(listening);
            String registration = listening.addMessageListenerAsync(removed).join();
            TopicView<String> publishing = kind.of(otherClient(target), name);

            assertThat(publishing.publishAsync("one")).succeedsWithin(PATIENCE);
            eventually().until(() -> removed.count() == 1 && kept.count() == 1);
            assertThat(listening.removeMessageListenerAsync(registration)).succeedsWithin(PATIENCE).isEqualTo(true);
            assertThat(publishing.publishAsync("two")).succeedsWithin(PATIENCE);

            eventually().until(() -> kept.count() == 2);
            assertThat(removed.payloads()).as(kind.name()).containsExactly("one");
        }
    }

    /**
     * Three publishing clients and four listeners on three clients (two of them on one), smart and unisocket
     * alike, of the topic that {@code kind} gives.
     */
    private void everyListenerHearsEveryPublisherInOrder(Target target, Kind kind) throws Exception {
        String name = uniqueName();
        Target unisocket = new Target(target.server(), Routing.UNISOCKET, target.client());
        List<ClientUnderTest> started = List.of(newClient(unisocket), newClient(target), newClient(unisocket));
        try {
            List<ClientUnderTest> listening = List.of(client(target), otherClient(target), started.get(0));
            List<RecordingMessageListener> listeners = new ArrayList<>();
            for (ClientUnderTest client : listening) {
                listeners.add(RecordingMessageListener.addedTo(kind.of(client, name)));
            }
            listeners.add(RecordingMessageListener.addedTo(kind.of(listening.get(0), name)));
            List<ClientUnderTest> publishing = List.of(client(target), started.get(1), started.get(2));
            List<String> publisherNames = List.of("a", "b", "c");

            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int p = 0; p < publishing.size(); p++) {
                TopicView<String> topic = kind.of(publishing.get(p), name);
                String publisher = publisherNames.get(p);
                done.add(CompletableFuture.runAsync(() -> {
                    for (int n = 0; n < PER_PUBLISHER; n++) {
                        topic.publish(PublisherOrder.text(publisher, n));
                    }
                }, publishers));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new))
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            for (RecordingMessageListener listener : listeners) {
                eventually().until(() -> listener.count() >= publisherNames.size() * PER_PUBLISHER);
                PublisherOrder.assertEachPublisherComplete(listener.payloads(), publisherNames, PER_PUBLISHER);
            }
        } finally {
            // Three clients per case add up: free them now rather than with the suite.
            started.forEach(ClientUnderTest::close);
        }
    }
}
