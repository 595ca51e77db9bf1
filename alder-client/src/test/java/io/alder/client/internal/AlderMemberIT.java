package io.alder.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.alder.client.AuthenticationException;
import io.alder.client.ClientConfig;
import io.alder.client.ClientNotActiveException;
import io.alder.client.ClusterUnavailableException;
import io.alder.client.OperationTimeoutException;
import io.alder.client.WhenDisconnected;
import io.alder.client.internal.connection.Connection;
import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.alder.server.AlderServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client against an Alder member in the same JVM, over real sockets. */
class AlderMemberIT {

    private static final String MAP_SERVICE = "hz:impl:mapService";

    private AlderServer member;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void startMember() {
        member = Members.alder(0);
    }

    @AfterEach
    void stopAll() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        member.close();
    }

    private ClientConfig.Builder config() {
        return ClientConfig.builder()
                .address(Members.LOOPBACK, member.address().getPort())
                .clusterConnectTimeout(Duration.ofSeconds(60))
                .invocationTimeout(Duration.ofSeconds(20));
    }

    private ClientRuntime start(ClientConfig config) {
        ClientRuntime client = ClientRuntime.start(config);
        closeables.add(client);
        return client;
    }

    private void restartMember() {
        int port = member.address().getPort();
        member.close();
        member = Members.alder(port);
    }

    @Test
    void authenticatesAsOwnerAndLearnsTheCluster() {
        ClientRuntime client = start(config().build());

        assertThat(client.clientUuid()).isNotBlank();
        assertThat(client.partitionCount()).isEqualTo(271);
        assertThat(client.cluster().members()).singleElement()
                .satisfies(m -> assertThat(m.address()).isEqualTo(new Address(Members.LOOPBACK, member.address().getPort())));
        assertThat(client.cluster().hasPartitionTable()).isTrue();
        assertThat(client.ownerConnection()).isNotNull().satisfies(c -> assertThat(c.isOwner()).isTrue());
        assertThat(client.connections()).hasSize(1);
    }

    @Test
    void aWrongGroupNameIsRefusedAtOnce() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> start(config().groupName("not-dev").build()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("not-dev");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @ParameterizedTest(name = "smart routing {0}")
    @ValueSource(booleans = {true, false})
    void putsAndGetsReachTheMember(boolean smart) {
        ClientRuntime client = start(config().smartRouting(smart).build());
        MapCalls map = new MapCalls(client, "routing");
        long sentBefore = client.ownerConnection().sentRequests();

        List<CompletableFuture<String>> puts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            puts.add(map.put("key-" + i, "value-" + i));
        }
        puts.forEach(CompletableFuture::join);

        for (int i = 0; i < 100; i++) {
            assertThat(map.get("key-" + i).join()).isEqualTo("value-" + i);
        }
        assertThat(map.put("key-7", "again").join()).isEqualTo("value-7");
        assertThat(client.connections()).hasSize(1);
        assertThat(client.ownerConnection().sentRequests() - sentBefore).isGreaterThanOrEqualTo(201);
    }

    @Test
    void eventsArriveOnEventThreadsInPartitionOrder() {
        ClientRuntime client = start(config().eventThreadCount(3).build());
        MapCalls map = new MapCalls(client, "ordered");
        Queue<MapCalls.Event> events = new ConcurrentLinkedQueue<>();
        client.invocations().addListener(map.entryListener(), message -> events.add(MapCalls.Event.of(message))).join();

        int keys = 40;
        int rounds = 5;
        for (int round = 1; round <= rounds; round++) {
            List<CompletableFuture<String>> puts = new ArrayList<>();
            for (int key = 0; key < keys; key++) {
                puts.add(map.put("key-" + key, "v" + round));
            }
            puts.forEach(CompletableFuture::join);
        }

        await().atMost(20, TimeUnit.SECONDS).until(() -> events.size() == keys * rounds);
        Map<String, List<MapCalls.Event>> byKey = events.stream().collect(Collectors.groupingBy(MapCalls.Event::key));
        assertThat(byKey).hasSize(keys);
        byKey.forEach((key, keyEvents) -> {
            assertThat(keyEvents).extracting(MapCalls.Event::value).containsExactly("v1", "v2", "v3", "v4", "v5");
            assertThat(keyEvents).extracting(MapCalls.Event::thread).allMatch(t -> t.startsWith("alder-client-event-"));
            assertThat(keyEvents.stream().map(MapCalls.Event::thread).distinct()).hasSize(1);
            assertThat(keyEvents.stream().map(MapCalls.Event::partitionId).distinct()).hasSize(1);
        });
    }

    @Test
    void listenersAreRegisteredAgainAfterTheMemberRestarts() {
        RestartScenarios.listenerIsRegisteredAgain(start(config().build()), this::restartMember);
    }

    @Test
    void theProxiesAreAnnouncedAgainToARestartedMember() {
        ClientRuntime client = start(config().build());
        client.announceOnReconnect(() -> List.of(new DistributedObjectInfo(MAP_SERVICE, "announced")));
        Connection first = client.ownerConnection();

        restartMember();

        await().atMost(20, TimeUnit.SECONDS).until(() -> member.engine().distributedObjects().list().stream()
                .anyMatch(object -> object.serviceName().equals(MAP_SERVICE) && object.name().equals("announced")));
        assertThat(client.ownerConnection()).isNotSameAs(first);
    }

    @Test
    void requestsLongerThanTheFrameLimitAreSentInFragments() {
        try (RecordingProxy proxy = RecordingProxy.start(member.address())) {
            ClientRuntime client = start(ClientConfig.builder().address(Members.LOOPBACK, proxy.port()).maxFrameSize(64)
                    .build());
            MapCalls map = new MapCalls(client, "fragments");
            String large = "x".repeat(10_000);

            map.put("large", large).join();

            assertThat(map.get("large").join()).isEqualTo(large);
            List<RecordingProxy.FrameHeader> frames = proxy.clientFrames();
            assertThat(frames).allSatisfy(frame -> assertThat(frame.length()).isLessThanOrEqualTo(64));
            assertThat(frames).filteredOn(RecordingProxy.FrameHeader::isFirstFragmentOnly).isNotEmpty();
            assertThat(frames.stream().mapToInt(RecordingProxy.FrameHeader::length).sum()).isGreaterThan(10_000);
        }
    }

    @Test
    void aCallFailsWithATimeoutAtItsDeadline() {
        ClientRuntime client = start(config().invocationTimeout(Duration.ofSeconds(1)).build());
        MapCalls map = new MapCalls(client, "deadline");
        map.lock("busy", 1, 1).join();

        long start = System.nanoTime();
        CompletableFuture<Boolean> blocked = map.tryLock("busy", 2, Duration.ofSeconds(30), 2, Duration.ZERO);

        assertThatThrownBy(blocked::join).hasCauseInstanceOf(OperationTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void callsInFlightWhenTheMemberRestartsCompleteOrFailBeforeTheirDeadline() {
        RestartScenarios.callsInFlightCompleteOrFail(start(config().build()), this::restartMember);
    }

    @Test
    void callsMadeWhileDisconnectedWaitForTheCluster() {
        ClientRuntime client = start(config().build());
        MapCalls map = new MapCalls(client, "wait");
        int port = member.address().getPort();
        member.close();
        await().atMost(10, TimeUnit.SECONDS).until(() -> !client.isConnected());

        CompletableFuture<String> waiting = map.get("key");
        member = Members.alder(port);

        assertThat(waiting).succeedsWithin(Duration.ofSeconds(20)).isNull();
    }

    @Test
    void callsMadeWhileDisconnectedFailAtOnceWhenSoConfigured() {
        ClientRuntime client = start(config().whenDisconnected(WhenDisconnected.FAIL).build());
        MapCalls map = new MapCalls(client, "fail");
        member.close();
        await().atMost(10, TimeUnit.SECONDS).until(() -> !client.isConnected());

        assertThatThrownBy(() -> map.get("key").join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ClusterUnavailableException.class);
    }

    @Test
    void aLostClusterIsSoughtForTheClusterConnectTimeoutThenGivenUp() {
        Duration limit = Duration.ofSeconds(2);
        ClientRuntime client = start(config().clusterConnectTimeout(limit).build());
        MapCalls map = new MapCalls(client, "given-up");
        long lost = System.nanoTime();
        member.close();
        await().atMost(10, TimeUnit.SECONDS).until(() -> !client.isConnected());

        CompletableFuture<String> waiting = map.get("key");

        await().atMost(20, TimeUnit.SECONDS).until(() -> !client.isActive());
        assertThat(Duration.ofNanos(System.nanoTime() - lost)).isGreaterThanOrEqualTo(limit);
        assertThat(waiting).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(ClientNotActiveException.class)
                        .cause().isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("within 2000 ms"));
    }

    @Test
    void withoutReconnectionLosingTheClusterShutsTheClientDown() {
        ClientRuntime client = start(config().reconnect(false).build());
        MapCalls map = new MapCalls(client, "no-reconnect");

        member.close();

        await().atMost(10, TimeUnit.SECONDS).until(() -> !client.isActive());
        assertThatThrownBy(() -> map.get("key").join()).hasCauseInstanceOf(ClientNotActiveException.class)
                .rootCause().isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("reconnecting is off");
    }

    @Test
    void closingFailsPendingAndLaterCalls() {
        ClientRuntime client = start(config().build());
        MapCalls map = new MapCalls(client, "close");
        map.lock("held", 1, 1).join();
        CompletableFuture<Boolean> pending = map.tryLock("held", 2, Duration.ofSeconds(60), 2, Duration.ofSeconds(60));

        client.close();

        assertThat(pending).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                .satisfies(e -> assertThat(e).hasCauseInstanceOf(ClientNotActiveException.class));
        assertThatThrownBy(() -> map.get("key").join()).hasCauseInstanceOf(ClientNotActiveException.class);
        assertThat(client.connections()).isEmpty();
        await().atMost(10, TimeUnit.SECONDS).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("alder-client-")));
    }
}
