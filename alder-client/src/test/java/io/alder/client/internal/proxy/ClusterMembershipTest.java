package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.client.Member;
import io.alder.client.MemberAttributeEvent;
import io.alder.client.MembershipEvent;
import io.alder.client.MembershipListener;
import io.alder.client.internal.cluster.ClusterView;
import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.MemberInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Membership listeners hear the changes of the client's cluster view, and nothing once removed. */
class ClusterMembershipTest {

    private static final MemberInfo FIRST = new MemberInfo(new Address("127.0.0.1", 5701), "uuid-1", false, Map.of());
    private static final MemberInfo SECOND = new MemberInfo(new Address("127.0.0.1", 5702), "uuid-2", true, Map.of());

    private final ClusterView view = new ClusterView();
    private final ClusterMembership cluster = new ClusterMembership(view);
    private final List<String> heard = new ArrayList<>();

    private final MembershipListener recorder = new MembershipListener() {
        @Override
        public void memberAdded(MembershipEvent event) {
            heard.add("added " + event.member().port() + " of " + ports(event.members()));
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            heard.add("removed " + event.member().port() + " of " + ports(event.members()));
        }

        @Override
        public void memberAttributeChanged(MemberAttributeEvent event) {
            heard.add(event.operation() + " " + event.key() + "=" + event.value() + " on " + event.member().port()
                    + " " + event.member().attributes());
        }
    };

    private static List<Integer> ports(List<Member> members) {
        return members.stream().map(Member::port).toList();
    }

    @Test
    @DisplayName("the member list is the view's, as public members")
    void members() {
        view.replaceMembers(List.of(FIRST, SECOND));

        assertThat(cluster.getMembers()).containsExactly(
                new Member("127.0.0.1", 5701, "uuid-1", false, Map.of()),
                new Member("127.0.0.1", 5702, "uuid-2", true, Map.of()));
    }

    @Test
    @DisplayName("a listener hears joins, departures and attribute changes after it was added, in order")
    void changes() {
        view.replaceMembers(List.of(FIRST));
        cluster.addMembershipListener(recorder);

        view.memberAdded(SECOND);
        view.attributeChanged("uuid-2", "zone", 1, "east");
        view.attributeChanged("uuid-2", "zone", 2, null);
        view.memberRemoved(SECOND);
        // A member list that arrives again, after a reconnection, is reported as its differences.
        view.replaceMembers(List.of(SECOND));

        assertThat(heard).containsExactly(
                "added 5702 of [5701, 5702]",
                "PUT zone=east on 5702 {zone=east}",
                "REMOVE zone=null on 5702 {}",
                "removed 5702 of [5701]",
                "removed 5701 of [5702]",
                "added 5702 of [5702]");
    }

    @Test
    @DisplayName("a removed listener hears nothing more, and its id is removed once")
    void removal() {
        view.replaceMembers(List.of(FIRST));
        String id = cluster.addMembershipListener(recorder);
        String other = cluster.addMembershipListener(new MembershipListener() { });

        assertThat(cluster.removeMembershipListener(id)).isTrue();
        assertThat(cluster.removeMembershipListener(id)).isFalse();
        view.memberAdded(SECOND);

        assertThat(heard).isEmpty();
        assertThat(cluster.removeMembershipListener(other)).isTrue();
    }

    @Test
    @DisplayName("a failing listener does not keep the others from hearing the change")
    void failingListener() {
        cluster.addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                throw new IllegalStateException("listener bug");
            }
        });
        cluster.addMembershipListener(recorder);

        view.memberAdded(FIRST);

        assertThat(heard).containsExactly("added 5701 of [5701]");
    }
}
