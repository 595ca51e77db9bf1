package io.alder.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import io.alder.client.AuthenticationException;
import io.alder.client.ClientConfig;
import io.alder.protocol.codec.Address;
import io.alder.serialization.Strings;
import io.alder.testsupport.reference.ReferenceMembers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against one embedded reference 3.12.13 member, as a 3.12 Java client would use it. */
class ReferenceMemberIT {

    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<ClientRuntime> clients = new ArrayList<>();

    @AfterEach
    void stopAll() {
        clients.forEach(ClientRuntime::close);
        members.forEach(HazelcastInstance::shutdown);
    }

    private HazelcastInstance startMember(int port) {
        HazelcastInstance member = ReferenceMembers.start(port, List.of(port));
        members.add(member);
        return member;
    }

    private ClientRuntime startClient(ClientConfig.Builder config) {
        ClientRuntime client = ClientRuntime.start(config.build());
        clients.add(client);
        return client;
    }

    private static ClientConfig.Builder config(int port) {
        return ClientConfig.builder()
                .address(Members.LOOPBACK, port)
                .clusterConnectTimeout(Duration.ofSeconds(60))
                .invocationTimeout(Duration.ofSeconds(30));
    }

    @Test
    void connectsAuthenticatesAndCallsTheMember() {
        int port = ReferenceMembers.freePort();
        HazelcastInstance member = startMember(port);
        ClientRuntime client = startClient(config(port));
        MapCalls map = new MapCalls(client, "reference");

        assertThat(client.partitionCount()).isEqualTo(271);
        assertThat(client.cluster().members()).singleElement()
                .satisfies(m -> assertThat(m.address()).isEqualTo(new Address(Members.LOOPBACK, port)))
                .satisfies(m -> assertThat(m.uuid()).isEqualTo(member.getCluster().getLocalMember().getUuid()));
        assertThat(client.clientUuid()).isIn(member.getClientService().getConnectedClients().stream()
                .map(com.hazelcast.core.Client::getUuid).toList());

        assertThat(map.put("key", "value").join()).isNull();
        assertThat(map.get("key").join()).isEqualTo("value");
        assertThat(member.<String, String>getMap("reference").get("key")).isEqualTo("value");
        assertThat(client.partitionId(Strings.toData("key")))
                .isEqualTo(member.getPartitionService().getPartition("key").getPartitionId());
    }

    @Test
    void memberErrorsBecomeTheStandardJavaExceptions() {
        int port = ReferenceMembers.freePort();
        startMember(port);
        ClientRuntime client = startClient(config(port));
        MapCalls map = new MapCalls(client, "errors");
        map.lock("locked", 1, 1).join();

        CompletableFuture<Void> foreignUnlock = map.unlock("locked", 2, 2);

        assertThatThrownBy(foreignUnlock::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(IllegalMonitorStateException.class)
                .satisfies(e -> assertThat(e.getStackTrace()).isNotEmpty()
                        .anySatisfy(frame -> assertThat(frame.getClassName()).startsWith("com.hazelcast.")));
    }

    @Test
    void aWrongGroupNameIsRefused() {
        int port = ReferenceMembers.freePort();
        startMember(port);

        assertThatThrownBy(() -> startClient(config(port).groupName("not-dev")))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void listenersAreRegisteredAgainAfterTheMemberRestarts() {
        int port = ReferenceMembers.freePort();
        startMember(port);
        RestartScenarios.listenerIsRegisteredAgain(startClient(config(port)), () -> restart(port));
    }

    @Test
    void callsInFlightWhenTheMemberRestartsCompleteOrFailBeforeTheirDeadline() {
        int port = ReferenceMembers.freePort();
        startMember(port);
        RestartScenarios.callsInFlightCompleteOrFail(startClient(config(port)), () -> restart(port));
    }

    private void restart(int port) {
        members.remove(0).shutdown();
        startMember(port);
    }
}
