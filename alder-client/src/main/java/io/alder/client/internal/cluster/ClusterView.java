package io.alder.client.internal.cluster;

import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.AuthenticationResult;
import io.alder.protocol.codec.MemberInfo;
import io.alder.protocol.codec.PartitionTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the client knows about its cluster: its principal, the cluster id and partition count from the
 * owner's authentication answer, the member list and the partition table. Updates are synchronized and
 * rare; reads see immutable values without locking. Membership changes are reported to
 * {@link MembershipObserver}s on the thread that applies them, the event thread of the cluster's events.
 */
public final class ClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterView.class);

    /** MEMBERATTRIBUTECHANGE operation that removes an attribute. */
    private static final int ATTRIBUTE_REMOVED = 2;

    private volatile Principal principal;
    private volatile String clusterId;
    private volatile int partitionCount = -1;
    private volatile List<MemberInfo> members = List.of();
    private volatile PartitionOwners partitions = PartitionOwners.NONE;
    private final List<MembershipObserver> observers = new CopyOnWriteArrayList<>();

    /**
     * Takes what the owner member said at authentication. An answer from another cluster (a new cluster id:
     * the cluster was restarted) drops the partition table, whose versions start over; the member list is
     * kept until the new one arrives, so that the differences can be reported.
     *
     * @return whether the client now talks to another cluster than before
     */
    public synchronized boolean adoptOwner(AuthenticationResult result) {
        principal = new Principal(result.uuid(), result.ownerUuid());
        if (result.partitionCount() > 0) {
            partitionCount = result.partitionCount();
        }
        boolean otherCluster = clusterId != null && !Objects.equals(clusterId, result.clusterId());
        clusterId = result.clusterId();
        if (otherCluster) {
            partitions = PartitionOwners.NONE;
        }
        return otherCluster;
    }

    /** The client's principal, or null before the first owner connection. */
    public Principal principal() {
        return principal;
    }

    public String clusterId() {
        return clusterId;
    }

    /** The cluster's partition count, or -1 while it is not known. */
    public int partitionCount() {
        return partitionCount;
    }

    /** The members, in the cluster's order. */
    public List<MemberInfo> members() {
        return members;
    }

    /** Whether a member with this address is in the member list. */
    public boolean hasMember(Address address) {
        for (MemberInfo member : members) {
            if (member.address().equals(address)) {
                return true;
            }
        }
        return false;
    }

    /** Adds an observer of membership changes. */
    public void addObserver(MembershipObserver observer) {
        observers.add(observer);
    }

    public void removeObserver(MembershipObserver observer) {
        observers.remove(observer);
    }

    /** Replaces the member list (the MEMBERLIST event), reporting who left and who joined since the last one. */
    public void replaceMembers(List<MemberInfo> list) {
        List<MemberInfo> before;
        List<MemberInfo> after = List.copyOf(list);
        synchronized (this) {
            before = members;
            members = after;
        }
        Set<String> now = uuids(after);
        Set<String> earlier = uuids(before);
        for (MemberInfo member : before) {
            if (!now.contains(member.uuid())) {
                notify(observer -> observer.memberRemoved(member, after));
            }
        }
        for (MemberInfo member : after) {
            if (!earlier.contains(member.uuid())) {
                notify(observer -> observer.memberAdded(member, after));
            }
        }
    }

    /** A member joined (MEMBER event, added). */
    public void memberAdded(MemberInfo member) {
        List<MemberInfo> after;
        synchronized (this) {
            List<MemberInfo> list = new ArrayList<>(members);
            list.removeIf(known -> known.uuid().equals(member.uuid()));
            list.add(member);
            after = List.copyOf(list);
            members = after;
        }
        notify(observer -> observer.memberAdded(member, after));
    }

    /** A member left (MEMBER event, removed). */
    public void memberRemoved(MemberInfo member) {
        List<MemberInfo> after;
        synchronized (this) {
            List<MemberInfo> list = new ArrayList<>(members);
            list.removeIf(known -> known.uuid().equals(member.uuid()));
            after = List.copyOf(list);
            members = after;
        }
        notify(observer -> observer.memberRemoved(member, after));
    }

    /** A member's attribute changed (MEMBERATTRIBUTECHANGE event). */
    public void attributeChanged(String memberUuid, String key, int operationType, String value) {
        String newValue = operationType == ATTRIBUTE_REMOVED ? null : value;
        MemberInfo changed = null;
        synchronized (this) {
            List<MemberInfo> list = new ArrayList<>(members);
            for (int i = 0; i < list.size(); i++) {
                MemberInfo member = list.get(i);
                if (member.uuid().equals(memberUuid)) {
                    Map<String, String> attributes = new HashMap<>(member.attributes());
                    if (newValue == null) {
                        attributes.remove(key);
                    } else {
                        attributes.put(key, newValue);
                    }
                    changed = new MemberInfo(member.address(), member.uuid(), member.liteMember(), attributes);
                    list.set(i, changed);
                }
            }
            members = List.copyOf(list);
        }
        if (changed != null) {
            MemberInfo member = changed;
            notify(observer -> observer.attributeChanged(member, key, newValue));
        }
    }

    private void notify(Consumer<MembershipObserver> change) {
        for (MembershipObserver observer : observers) {
            try {
                change.accept(observer);
            } catch (RuntimeException e) {
                LOG.warn("membership observer {} failed", observer, e);
            }
        }
    }

    private static Set<String> uuids(List<MemberInfo> list) {
        Set<String> uuids = new HashSet<>();
        list.forEach(member -> uuids.add(member.uuid()));
        return uuids;
    }

    /**
     * Takes a partition table unless it is older than the one known.
     *
     * @return whether the table was taken
     */
    public synchronized boolean applyPartitions(PartitionTable table) {
        int count = partitionCount;
        if (count <= 0) {
            count = table.owners().stream().flatMapToInt(owner -> Arrays.stream(owner.partitionIds()))
                    .max().orElse(-1) + 1;
            partitionCount = count;
        }
        PartitionOwners current = partitions;
        if (!current.isEmpty() && table.stateVersion() <= current.version()) {
            return false;
        }
        partitions = PartitionOwners.of(table, count);
        return true;
    }

    /** Whether a partition table is known. */
    public boolean hasPartitionTable() {
        return !partitions.isEmpty();
    }

    /** The partition table in use. */
    PartitionOwners partitions() {
        return partitions;
    }

    /** The address of a partition's owner, or null if it is not known. */
    public Address partitionOwner(int partitionId) {
        return partitions.ownerOf(partitionId);
    }

    /** The version of the partition table in use. */
    public int partitionStateVersion() {
        return partitions.version();
    }
}
