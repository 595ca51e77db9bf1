package io.alder.compat.nodejs;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.compat.ClientKind;
import io.alder.compat.ClientUnderTest;
import io.alder.compat.PublisherOrder;
import io.alder.compat.RecordingMessageListener;
import io.alder.compat.Routing;
import io.alder.compat.SeenMessage;
import io.alder.compat.ServerKind;
import io.alder.compat.ServerUnderTest;
import io.alder.compat.TopicView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One reliable topic shared by the official Node.js client ({@code peers/reliable-topic-peer.js}), the official
 * Java client (smart) and Alder's (unisocket): each publishes, each listens, and everyone hears every
 * publisher's messages once and in publish order, against the reference member and against Alder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliableTopicNodeInteropIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration PROCESS_TIMEOUT = Duration.ofMinutes(2);
    private static final int MESSAGES = 100;
    private static final List<String> PUBLISHERS = List.of("node", "java-official", "java-alder");

    private final NodeProject project = NodeProject.ofThisModule();
    private final Map<ServerKind, ServerUnderTest> servers = new EnumMap<>(ServerKind.class);
    private final List<ClientUnderTest> clients = new ArrayList<>();

    static Stream<Arguments> serversAndNodeRoutings() {
        return ServerKind.selected().flatMap(kind -> Arrays.stream(Routing.values()).map(r -> Arguments.of(kind, r)));
    }

    @BeforeAll
    void requireNodeClient() {
        project.requireInstalledClient();
    }

    @AfterAll
    void stopAll() {
        clients.forEach(ClientUnderTest::close);
        servers.values().forEach(ServerUnderTest::close);
    }

    @ParameterizedTest(name = "[{0}, Node.js client {1}]")
    @MethodSource("serversAndNodeRoutings")
    void nodeAndJavaClientsHearEachOtherInOrder(ServerKind kind, Routing nodeRouting) throws Exception {
        ServerUnderTest server = servers.computeIfAbsent(kind, ServerKind::start);
        String topic = "interop-" + UUID.randomUUID();
        TopicView<String> official = javaClient(server, ClientKind.OFFICIAL, Routing.SMART).getReliableTopic(topic);
        TopicView<String> alder = javaClient(server, ClientKind.ALDER, Routing.UNISOCKET).getReliableTopic(topic);
        RecordingMessageListener heardByOfficial = RecordingMessageListener.addedTo(official);
        RecordingMessageListener heardByAlder = RecordingMessageListener.addedTo(alder);

        CompletableFuture<NodeRun> node =
                CompletableFuture.supplyAsync(() -> runPeer(server, kind, nodeRouting, topic));
        Awaitility.await().atMost(PATIENCE).until(() -> heardByOfficial.payloads().contains("node:0") || node.isDone());
        assertThat(heardByOfficial.payloads()).as("the Node.js client's first message; its run so far:%n%s",
                node.isDone() ? node.join().transcript() : "still running").contains("node:0");
        CompletableFuture.allOf(publish(official, PUBLISHERS.get(1)), publish(alder, PUBLISHERS.get(2)))
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        NodeRun run = node.get(PROCESS_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        System.out.print(run.transcript());
        assertThat(run.exitCode()).as("exit code of the Node.js peer:%n%s", run.transcript()).isZero();
        assertThat(run.output()).contains("scenario reliable-topic-peer: all 6 steps passed");
        for (RecordingMessageListener heard : List.of(heardByOfficial, heardByAlder)) {
            Awaitility.await().atMost(PATIENCE).until(() -> heard.count() >= PUBLISHERS.size() * MESSAGES);
            PublisherOrder.assertEachPublisherComplete(heard.payloads(), PUBLISHERS, MESSAGES);
            assertThat(heard.messages()).filteredOn(message -> ((String) message.payload()).startsWith("java"))
                    .extracting(SeenMessage::publishingMemberUuid).as("Java clients publish without an address")
                    .containsOnlyNulls();
        }
    }

    private ClientUnderTest javaClient(ServerUnderTest server, ClientKind kind, Routing routing) {
        ClientUnderTest client = kind.start(server.addressString(), routing);
        clients.add(client);
        return client;
    }

    private static CompletableFuture<Void> publish(TopicView<String> topic, String publisher) {
        return CompletableFuture.runAsync(() -> {
            for (int n = 0; n < MESSAGES; n++) {
                topic.publish(PublisherOrder.text(publisher, n));
            }
        });
    }

    private NodeRun runPeer(ServerUnderTest server, ServerKind kind, Routing routing, String topic) {
        try {
            return project.run("peers/reliable-topic-peer.js", List.of(
                    "--address", server.addressString(),
                    "--server", kind.name().toLowerCase(Locale.ROOT),
                    "--routing", routing.name().toLowerCase(Locale.ROOT),
                    "--topic", topic,
                    "--messages", Integer.toString(MESSAGES),
                    "--publishers", String.join(",", PUBLISHERS)), PROCESS_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }
}
