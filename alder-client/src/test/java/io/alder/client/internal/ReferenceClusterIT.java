package io.alder.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import io.alder.client.ClientConfig;
import io.alder.client.internal.connection.Connection;
import io.alder.protocol.codec.Address;
import io.alder.serialization.Strings;
import io.alder.testsupport.reference.ReferenceMembers;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against a cluster of two reference 3.12.13 members: smart routing and local-only listeners. */
class ReferenceClusterIT {

    private static final int KEYS = 200;

    private static List<HazelcastInstance> cluster;

    @BeforeAll
    static void startCluster() {
        cluster = ReferenceMembers.startCluster(2);
        // Partitions are assigned on first use; have them assigned and settled before any test routes by them.
        IntStream.range(0, KEYS).forEach(i -> cluster.get(0).getPartitionService().getPartition("key-" + i).getOwner());
        await().atMost(60, TimeUnit.SECONDS).until(() -> cluster.stream()
                .allMatch(member -> member.getPartitionService().isClusterSafe()));
    }

    @AfterAll
    static void stopCluster() {
        cluster.forEach(HazelcastInstance::shutdown);
    }

    private static ClientRuntime start(boolean smart) {
        return ClientRuntime.start(ClientConfig.builder()
                .address(Members.LOOPBACK, ReferenceMembers.port(cluster.get(0)))
                .smartRouting(smart)
                // No pings during the measurements: heartbeats would add requests to the counts.
                .heartbeatInterval(Duration.ofSeconds(30))
                .heartbeatTimeout(Duration.ofSeconds(60))
                .invocationTimeout(Duration.ofSeconds(30))
                .build());
    }

    private static Address ownerOf(String key) {
        com.hazelcast.nio.Address owner = cluster.get(0).getPartitionService().getPartition(key).getOwner().getAddress();
        return new Address(owner.getHost(), owner.getPort());
    }

    @Test
    void smartRoutingSendsEachKeyToItsPartitionOwner() {
        try (ClientRuntime client = start(true)) {
            await().atMost(20, TimeUnit.SECONDS).until(() -> client.connections().size() == 2);
            await().atMost(20, TimeUnit.SECONDS).until(() -> IntStream.range(0, KEYS).allMatch(i ->
                    ownerOf("key-" + i).equals(client.cluster().partitionOwner(client.partitionId(Strings.toData("key-" + i))))));
            Map<Address, Long> expected = new HashMap<>();
            for (int i = 0; i < KEYS; i++) {
                expected.merge(ownerOf("key-" + i), 1L, Long::sum);
            }
            assertThat(expected).hasSize(2);
            Map<Connection, Long> before = new HashMap<>();
            client.connections().forEach(connection -> before.put(connection, connection.sentRequests()));

            MapCalls map = new MapCalls(client, "routed");
            CompletableFuture<?>[] gets = IntStream.range(0, KEYS).mapToObj(i -> map.get("key-" + i))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(gets).join();

            for (Connection connection : client.connections()) {
                long sent = connection.sentRequests() - before.get(connection);
                long wanted = expected.get(connection.memberAddress());
                // The owner connection may also carry a periodic partition refresh.
                assertThat(sent).as("requests sent to %s", connection).isBetween(wanted, wanted + (connection.isOwner() ? 2 : 0));
            }
        }
    }

    @Test
    void withoutSmartRoutingEverythingGoesThroughOneConnection() {
        try (ClientRuntime client = start(false)) {
            MapCalls map = new MapCalls(client, "unisocket");
            long before = client.ownerConnection().sentRequests();

            for (int i = 0; i < 50; i++) {
                map.put("key-" + i, "value-" + i).join();
            }

            assertThat(client.connections()).hasSize(1);
            assertThat(client.cluster().members()).hasSize(2);
            assertThat(client.ownerConnection().sentRequests() - before).isGreaterThanOrEqualTo(50);
            assertThat(cluster.get(1).<String, String>getMap("unisocket").get("key-49")).isEqualTo("value-49");
        }
    }

    @Test
    void smartListenersHearEveryEventOnceFromTheMemberThatOwnsIt() {
        try (ClientRuntime client = start(true)) {
            await().atMost(20, TimeUnit.SECONDS).until(() -> client.connections().size() == 2);
            MapCalls map = new MapCalls(client, "listened");
            Queue<MapCalls.Event> events = new ConcurrentLinkedQueue<>();
            String registration = client.invocations()
                    .addListener(map.entryListener(), message -> events.add(MapCalls.Event.of(message))).join();
            assertThat(client.listeners().connectionCount(registration)).isEqualTo(2);

            for (int i = 0; i < KEYS; i++) {
                map.put("key-" + i, "value-" + i).join();
            }

            await().atMost(20, TimeUnit.SECONDS).until(() -> events.size() >= KEYS);
            assertThat(events).extracting(MapCalls.Event::key).doesNotHaveDuplicates().hasSize(KEYS);
            assertThat(client.invocations().removeListener(registration).join()).isTrue();
            assertThat(client.listeners().connectionCount(registration)).isZero();
        }
    }
}
