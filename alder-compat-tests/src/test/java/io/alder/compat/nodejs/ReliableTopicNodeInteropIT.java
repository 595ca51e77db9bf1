package io.alder.compat.nodejs;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ITopic;
import io.alder.compat.PublisherOrder;
import io.alder.compat.RecordingMessageListener;
import io.alder.compat.Routing;
import io.alder.compat.ServerKind;
import io.alder.compat.ServerUnderTest;
import io.alder.testsupport.reference.OfficialClientSettings;
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
 * One reliable topic shared by the official Node.js client ({@code peers/reliable-topic-peer.js}) and two
 * official Java clients: each publishes, each listens, and everyone hears every publisher's messages
 * once and in publish order, against the reference member and against Alder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliableTopicNodeInteropIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration PROCESS_TIMEOUT = Duration.ofMinutes(2);
    private static final int MESSAGES = 100;
    private static final List<String> PUBLISHERS = List.of("node", "java-a", "java-b");

    private final NodeProject project = NodeProject.ofThisModule();
    private final Map<ServerKind, ServerUnderTest> servers = new EnumMap<>(ServerKind.class);
    private final List<HazelcastInstance> clients = new ArrayList<>();

    static Stream<Arguments> serversAndNodeRoutings() {
        return ServerKind.selected().flatMap(kind -> Arrays.stream(Routing.values()).map(r -> Arguments.of(kind, r)));
    }

    @BeforeAll
    void requireNodeClient() {
        project.requireInstalledClient();
    }

    @AfterAll
    void stopAll() {
        clients.forEach(client -> client.getLifecycleService().shutdown());
        servers.values().forEach(ServerUnderTest::close);
    }

    @ParameterizedTest(name = "[{0}, Node.js client {1}]")
    @MethodSource("serversAndNodeRoutings")
    void nodeAndJavaClientsHearEachOtherInOrder(ServerKind kind, Routing nodeRouting) throws Exception {
        ServerUnderTest server = servers.computeIfAbsent(kind, ServerKind::start);
        String topic = "interop-" + UUID.randomUUID();
        HazelcastInstance javaA = javaClient(server, true);
        HazelcastInstance javaB = javaClient(server, false);
        RecordingMessageListener heardByA = listen(javaA, topic);
        RecordingMessageListener heardByB = listen(javaB, topic);

        CompletableFuture<NodeRun> node =
                CompletableFuture.supplyAsync(() -> runPeer(server, kind, nodeRouting, topic));
        Awaitility.await().atMost(PATIENCE).until(() -> heardByA.payloads().contains("node:0") || node.isDone());
        assertThat(heardByA.payloads()).as("the Node.js client's first message; its run so far:%n%s",
                node.isDone() ? node.join().transcript() : "still running").contains("node:0");
        CompletableFuture.allOf(publish(javaA, topic, "java-a"), publish(javaB, topic, "java-b"))
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        NodeRun run = node.get(PROCESS_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        System.out.print(run.transcript());
        assertThat(run.exitCode()).as("exit code of the Node.js peer:%n%s", run.transcript()).isZero();
        assertThat(run.output()).contains("scenario reliable-topic-peer: all 6 steps passed");
        for (RecordingMessageListener heard : List.of(heardByA, heardByB)) {
            Awaitility.await().atMost(PATIENCE).until(() -> heard.count() >= PUBLISHERS.size() * MESSAGES);
            PublisherOrder.assertEachPublisherComplete(heard.payloads(), PUBLISHERS, MESSAGES);
        }
    }

    private HazelcastInstance javaClient(ServerUnderTest server, boolean smartRouting) {
        HazelcastInstance client = HazelcastClient.newHazelcastClient(
                OfficialClientSettings.config(server.addressString(), smartRouting));
        clients.add(client);
        return client;
    }

    private static RecordingMessageListener listen(HazelcastInstance client, String topic) {
        RecordingMessageListener listener = new RecordingMessageListener();
        client.getReliableTopic(topic).addMessageListener(listener);
        return listener;
    }

    private static CompletableFuture<Void> publish(HazelcastInstance client, String topic, String publisher) {
        ITopic<String> reliableTopic = client.getReliableTopic(topic);
        return CompletableFuture.runAsync(() -> {
            for (int n = 0; n < MESSAGES; n++) {
                reliableTopic.publish(PublisherOrder.text(publisher, n));
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
