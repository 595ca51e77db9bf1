package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.hazelcast.core.HazelcastInstance;
import io.alder.testsupport.reference.ReferenceMembers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The client as a whole: its cluster view and membership listeners, and closing. Distributed objects, maps,
 * listeners and locks run with both Java clients in alder-compat-tests.
 */
class AlderClientIT extends ClientSuite {

    @OnEveryServer
    @DisplayName("the cluster has one member, at the address the client connected to")
    void members(ServerKind kind) {
        AlderClient client = client(kind);

        List<Member> members = client.cluster().getMembers();

        assertThat(members).singleElement().satisfies(member -> {
            assertThat(member.host()).isEqualTo(TestServer.HOST);
            assertThat(member.port()).isEqualTo(server(kind).port());
            assertThat(member.uuid()).isNotBlank();
            assertThat(member.liteMember()).isFalse();
        });
        assertThat(client.isConnected()).isTrue();
        assertThat(client.uuid()).isNotBlank();
    }

    @OnEveryServer
    @DisplayName("a membership listener hears of member attribute changes, and the member list shows them")
    void attributeChange(ServerKind kind) {
        AlderClient client = client(kind);
        List<MemberAttributeEvent> heard = new CopyOnWriteArrayList<>();
        String registration = client.cluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAttributeChanged(MemberAttributeEvent event) {
                heard.add(event);
            }
        });
        String key = uniqueName();

        server(kind).setAttribute().accept(key, "blue");

        eventually().untilAsserted(() -> assertThat(heard).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo(key);
            assertThat(event.operation()).isEqualTo(MemberAttributeEvent.Operation.PUT);
            assertThat(event.value()).isEqualTo("blue");
            assertThat(event.member().port()).isEqualTo(server(kind).port());
        }));
        eventually().until(() -> "blue".equals(client.cluster().getMembers().get(0).attributes().get(key)));
        assertThat(client.cluster().removeMembershipListener(registration)).isTrue();
        assertThat(client.cluster().removeMembershipListener(registration)).isFalse();
    }

    @Test
    @DisplayName("a membership listener hears members join and leave (reference cluster: Alder has one member)")
    void joinAndLeave() {
        assumeThat(ServerKind.selected()).contains(ServerKind.REFERENCE);
        int firstPort = ReferenceMembers.freePort();
        int secondPort = ReferenceMembers.freePort();
        HazelcastInstance first = ReferenceMembers.start(firstPort, List.of(firstPort, secondPort));
        TestServer firstServer = new TestServer(ServerKind.REFERENCE, firstPort, first::shutdown, (k, v) -> { });
        try (firstServer; AlderClient client = AlderClient.connect(firstServer.clientConfig().build())) {
            List<MembershipEvent> heard = new CopyOnWriteArrayList<>();
            client.cluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent event) {
                    heard.add(event);
                }

                @Override
                public void memberRemoved(MembershipEvent event) {
                    heard.add(event);
                }
            });

            HazelcastInstance second = ReferenceMembers.start(secondPort, List.of(firstPort, secondPort));
            eventually().until(() -> heard.size() == 1 && client.cluster().getMembers().size() == 2);
            second.shutdown();
            eventually().until(() -> heard.size() == 2);

            assertThat(heard).extracting(event -> event.type(), event -> event.member().port())
                    .containsExactly(tuple(MembershipEvent.Type.ADDED, secondPort), tuple(MembershipEvent.Type.REMOVED, secondPort));
            assertThat(heard.get(0).members()).hasSize(2);
            assertThat(heard.get(1).members()).extracting(Member::port).containsExactly(firstPort);
        }
    }

    @OnEveryServer
    @DisplayName("a closed client refuses every call")
    void close(ServerKind kind) {
        AlderClient client = newClient(kind);
        AlderMap<String, String> map = client.getMap(uniqueName());

        client.close();
        client.close();

        assertThat(client.isConnected()).isFalse();
        assertThatThrownBy(() -> map.put("k", "v")).isInstanceOf(ClientNotActiveException.class);
        assertThatThrownBy(() -> client.getMap(uniqueName())).isInstanceOf(ClientNotActiveException.class);
    }
}
