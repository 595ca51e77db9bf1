package io.alder.client.internal.proxy;

import io.alder.client.Cluster;
import io.alder.client.Member;
import io.alder.client.MemberAttributeEvent;
import io.alder.client.MembershipEvent;
import io.alder.client.MembershipListener;
import io.alder.client.internal.cluster.ClusterView;
import io.alder.client.internal.cluster.MembershipObserver;
import io.alder.protocol.codec.MemberInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's {@link Cluster}: the member list and the membership changes of the client's cluster view,
 * which the client keeps up to date through its own membership registration on the owner connection. A
 * membership listener is an observer of that view, so it hears each change once, in the order the cluster
 * reported it, on the event thread of the cluster's events; a member list that arrives again after a
 * reconnection yields only its differences to the list before, as a 3.12 client reports them.
 */
public final class ClusterMembership implements Cluster {

    private final ClusterView view;
    private final Map<String, MembershipObserver> observers = new ConcurrentHashMap<>();

    public ClusterMembership(ClusterView view) {
        this.view = view;
    }

    @Override
    public List<Member> getMembers() {
        return toMembers(view.members());
    }

    @Override
    public String addMembershipListener(MembershipListener listener) {
        String id = UUID.randomUUID().toString();
        MembershipObserver observer = new ListenerObserver(Objects.requireNonNull(listener, "listener"));
        observers.put(id, observer);
        view.addObserver(observer);
        return id;
    }

    @Override
    public boolean removeMembershipListener(String registrationId) {
        MembershipObserver observer = observers.remove(registrationId);
        if (observer == null) {
            return false;
        }
        view.removeObserver(observer);
        return true;
    }

    private static List<Member> toMembers(List<MemberInfo> members) {
        return members.stream().map(ClusterMembership::toMember).toList();
    }

    private static Member toMember(MemberInfo info) {
        return new Member(info.address().host(), info.address().port(), info.uuid(), info.liteMember(),
                info.attributes());
    }

    /** Turns the view's changes into the public events of one listener. */
    private record ListenerObserver(MembershipListener listener) implements MembershipObserver {

        @Override
        public void memberAdded(MemberInfo member, List<MemberInfo> members) {
            listener.memberAdded(new MembershipEvent(toMember(member), MembershipEvent.Type.ADDED, toMembers(members)));
        }

        @Override
        public void memberRemoved(MemberInfo member, List<MemberInfo> members) {
            listener.memberRemoved(new MembershipEvent(toMember(member), MembershipEvent.Type.REMOVED,
                    toMembers(members)));
        }

        @Override
        public void attributeChanged(MemberInfo member, String key, String value) {
            listener.memberAttributeChanged(new MemberAttributeEvent(toMember(member), key,
                    value == null ? MemberAttributeEvent.Operation.REMOVE : MemberAttributeEvent.Operation.PUT, value));
        }
    }
}
