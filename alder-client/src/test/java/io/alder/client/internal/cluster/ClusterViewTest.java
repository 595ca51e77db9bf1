package io.alder.client.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.AuthenticationResult;
import io.alder.protocol.codec.MemberInfo;
import io.alder.protocol.codec.PartitionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterViewTest {

    private static final Address A = new Address("127.0.0.1", 5701);
    private static final Address B = new Address("127.0.0.1", 5702);
    private static final MemberInfo MEMBER_A = new MemberInfo(A, "uuid-a", false, Map.of());
    private static final MemberInfo MEMBER_B = new MemberInfo(B, "uuid-b", false, Map.of());

    private final ClusterView view = new ClusterView();
    private final List<String> changes = new ArrayList<>();

    ClusterViewTest() {
        view.addObserver(new MembershipObserver() {
            @Override
            public void memberAdded(MemberInfo member, List<MemberInfo> members) {
                changes.add("+" + member.uuid() + " of " + members.size());
            }

            @Override
            public void memberRemoved(MemberInfo member, List<MemberInfo> members) {
                changes.add("-" + member.uuid() + " of " + members.size());
            }

            @Override
            public void attributeChanged(MemberInfo member, String key, String value) {
                changes.add(member.uuid() + " " + key + "=" + value + " " + member.attributes());
            }
        });
    }

    private static AuthenticationResult owner(String clusterId) {
        return new AuthenticationResult(AuthenticationResult.STATUS_AUTHENTICATED, A, "client", "uuid-a", (byte) 1,
                "3.12.13", List.of(), 4, clusterId);
    }

    private static PartitionTable table(int version, Address zeroAndOne, Address twoAndThree) {
        return new PartitionTable(List.of(new PartitionTable.Owner(zeroAndOne, new int[] {0, 1}),
                new PartitionTable.Owner(twoAndThree, new int[] {2, 3})), version);
    }

    @Test
    void aNewMemberListIsReportedAsItsDifferences() {
        view.replaceMembers(List.of(MEMBER_A));
        view.replaceMembers(List.of(MEMBER_B));

        assertThat(changes).containsExactly("+uuid-a of 1", "-uuid-a of 1", "+uuid-b of 1");
        assertThat(view.hasMember(B)).isTrue();
        assertThat(view.hasMember(A)).isFalse();
    }

    @Test
    void membershipEventsAndAttributesUpdateTheList() {
        view.replaceMembers(List.of(MEMBER_A));
        view.memberAdded(MEMBER_B);
        view.attributeChanged("uuid-b", "zone", 1, "east");
        view.attributeChanged("uuid-b", "zone", 2, null);
        view.memberRemoved(MEMBER_A);

        assertThat(changes).containsExactly("+uuid-a of 1", "+uuid-b of 2", "uuid-b zone=east {zone=east}",
                "uuid-b zone=null {}", "-uuid-a of 1");
        assertThat(view.members()).containsExactly(MEMBER_B);
    }

    @Test
    void olderPartitionTablesAreIgnored() {
        view.adoptOwner(owner("cluster-1"));

        assertThat(view.applyPartitions(table(5, A, B))).isTrue();
        assertThat(view.applyPartitions(table(4, B, A))).isFalse();
        assertThat(view.applyPartitions(table(5, B, A))).isFalse();

        assertThat(view.partitionOwner(1)).isEqualTo(A);
        assertThat(view.partitionOwner(3)).isEqualTo(B);
        assertThat(view.applyPartitions(table(6, B, A))).isTrue();
        assertThat(view.partitionOwner(1)).isEqualTo(B);
    }

    @Test
    void anotherClusterStartsThePartitionVersionsOver() {
        view.adoptOwner(owner("cluster-1"));
        view.applyPartitions(table(272, A, B));

        assertThat(view.adoptOwner(owner("cluster-1"))).isFalse();
        assertThat(view.adoptOwner(owner("cluster-2"))).isTrue();

        assertThat(view.hasPartitionTable()).isFalse();
        assertThat(view.applyPartitions(table(1, B, A))).isTrue();
        assertThat(view.partitionOwner(0)).isEqualTo(B);
        assertThat(view.principal()).isEqualTo(new Principal("client", "uuid-a"));
        assertThat(view.partitionCount()).isEqualTo(4);
    }
}
