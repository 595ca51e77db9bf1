package io.alder.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import io.alder.client.ClientConfig;
import io.alder.client.internal.cluster.MembershipObserver;
import io.alder.client.internal.connection.Connection;
import io.alder.protocol.codec.MemberInfo;
import io.alder.testsupport.reference.ReferenceMembers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Members joining and leaving a reference 3.12.13 cluster while a smart client is connected. */
class ReferenceMembershipIT {

    private final List<HazelcastInstance> members = new ArrayList<>();

    @AfterEach
    void stopMembers() {
        members.forEach(HazelcastInstance::shutdown);
    }

    @Test
    void theClientFollowsMembersThatJoinAndLeave() {
        int first = ReferenceMembers.freePort();
        int second = ReferenceMembers.freePort();
        List<Integer> ports = List.of(first, second);
        members.add(ReferenceMembers.start(first, ports));
        ClientConfig config = ClientConfig.builder().address(Members.LOOPBACK, first)
                .invocationTimeout(Duration.ofSeconds(30)).build();
        try (ClientRuntime client = ClientRuntime.start(config)) {
            Queue<String> changes = new ConcurrentLinkedQueue<>();
            client.cluster().addObserver(new MembershipObserver() {
                @Override
                public void memberAdded(MemberInfo member, List<MemberInfo> list) {
                    changes.add("added " + member.address().port());
                }

                @Override
                public void memberRemoved(MemberInfo member, List<MemberInfo> list) {
                    changes.add("removed " + member.address().port());
                }
            });
            MapCalls map = new MapCalls(client, "membership");
            assertThat(client.connections()).hasSize(1);

            HazelcastInstance joining = ReferenceMembers.start(second, ports);
            members.add(joining);

            await().atMost(30, TimeUnit.SECONDS).until(() -> client.connections().size() == 2);
            assertThat(client.cluster().members()).hasSize(2);
            Connection toSecond = client.connections().stream().filter(c -> c.memberAddress().port() == second)
                    .findFirst().orElseThrow();

            joining.shutdown();

            await().atMost(30, TimeUnit.SECONDS).until(() -> client.cluster().members().size() == 1
                    && !toSecond.isActive() && client.connections().size() == 1);
            // The membership callback runs on an event thread, shortly after the view changed.
            await().atMost(30, TimeUnit.SECONDS).until(() -> changes.size() == 2);
            assertThat(changes).containsExactly("added " + second, "removed " + second);
            map.put("still", "working").join();
            assertThat(map.get("still").join()).isEqualTo("working");
        }
    }
}
