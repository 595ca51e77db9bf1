package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.ListenerConfig;
import com.hazelcast.core.DistributedObject;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.InitialMembershipEvent;
import com.hazelcast.core.InitialMembershipListener;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import com.hazelcast.core.LifecycleListener;
import com.hazelcast.core.Member;
import com.hazelcast.core.MemberAttributeEvent;
import com.hazelcast.core.MembershipEvent;
import com.hazelcast.nio.Address;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/** Connecting, authenticating, shutting down and the member list. */
class ConnectionIT extends CompatSuite {

    @OnEveryServerAndRouting
    @DisplayName("a client connects, is served and shuts down, passing through the 3.12 lifecycle states")
    void connectsAndShutsDown(Target target) {
        List<LifecycleState> states = new CopyOnWriteArrayList<>();
        ClientConfig config = officialClients(target.server()).config(target.routing());
        LifecycleListener recorder = event -> states.add(event.getState());
        config.addListenerConfig(new ListenerConfig(recorder));

        HazelcastInstance client = officialClients(target.server()).start(config);
        assertServes(client);
        assertThat(client.getLifecycleService().isRunning()).isTrue();
        assertThat(UUID.fromString(client.getLocalEndpoint().getUuid())).isNotNull();

        client.shutdown();

        assertThat(client.getLifecycleService().isRunning()).isFalse();
        // A 3.12 client that shuts down itself reports no CLIENT_DISCONNECTED.
        assertThat(states).containsExactly(LifecycleState.STARTING, LifecycleState.STARTED,
                LifecycleState.CLIENT_CONNECTED, LifecycleState.SHUTTING_DOWN, LifecycleState.SHUTDOWN);
    }

    @OnEveryServerAndRouting
    @DisplayName("a wrong group name is refused: Unable to connect to any cluster")
    void wrongGroupNameIsRefused(Target target) {
        ClientConfig config = officialClients(target.server()).config(target.routing());
        config.getGroupConfig().setName("not-" + ServerUnderTest.GROUP_NAME);

        assertThatThrownBy(() -> officialClients(target.server()).start(config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unable to connect to any cluster");
    }

    @OnEveryServer
    @DisplayName("right group, wrong password: the 3.12 member accepts it (checks the name only), Alder refuses it on purpose")
    void wrongPasswordFollowsEachServersPolicy(ServerKind kind) {
        ClientConfig config = officialClients(kind).config(Routing.SMART);
        config.getGroupConfig().setPassword("not-" + ServerUnderTest.GROUP_PASSWORD);

        if (kind == ServerKind.REFERENCE) {
            assertServes(officialClients(kind).start(config));
        } else {
            assertThatThrownBy(() -> officialClients(kind).start(config))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Unable to connect to any cluster");
        }
    }

    @OnEveryServerAndRouting
    @DisplayName("the member list has exactly the one member, at the server's address")
    void memberListHasTheServer(Target target) throws Exception {
        Address expected = new Address(server(target.server()).address());
        HazelcastInstance client = officialClient(target);

        Set<Member> members = client.getCluster().getMembers();

        assertThat(members).hasSize(1);
        Member member = members.iterator().next();
        assertThat(member.getAddress()).isEqualTo(expected);
        assertThat(member.isLiteMember()).isFalse();
        assertThat(UUID.fromString(member.getUuid())).isNotNull();
        assertThat(initialMembers(client)).containsExactly(member);
    }

    /**
     * The connection carries requests: creating a map proxy and listing the distributed objects are
     * round trips of the Client message family alone.
     */
    private void assertServes(HazelcastInstance client) {
        String name = uniqueName();
        client.getMap(name);
        assertThat(client.getDistributedObjects()).extracting(DistributedObject::getName).contains(name);
    }

    /** What an initial-membership listener is told on registration. */
    private static Set<Member> initialMembers(HazelcastInstance client) throws Exception {
        CompletableFuture<Set<Member>> initial = new CompletableFuture<>();
        client.getCluster().addMembershipListener(new InitialMembershipListener() {
            @Override
            public void init(InitialMembershipEvent event) {
                initial.complete(event.getMembers());
            }

            @Override
            public void memberAdded(MembershipEvent event) {
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
            }

            @Override
            public void memberAttributeChanged(MemberAttributeEvent event) {
            }
        });
        return initial.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
}
