package io.alder.server.clientprotocol;

import io.alder.member.MemberAttributes;
import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.MemberInfo;
import io.alder.protocol.codec.PartitionTable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How this member presents itself to clients: its address, its entry in member lists (with its
 * attributes), and the partition table, in which this single member owns every partition.
 */
public final class LocalMember {

    /** The server version reported at authentication: clients enable their 3.9+ features for it. */
    public static final String SERVER_VERSION = "3.12.13";

    private final Address address;
    private final String uuid;
    private final MemberAttributes attributes;
    private final PartitionTable partitionTable;

    public LocalMember(Address address, String memberUuid, int partitionCount, MemberAttributes attributes) {
        this.address = address;
        this.uuid = memberUuid;
        this.attributes = attributes;
        int[] all = IntStream.range(0, partitionCount).toArray();
        // One member that owns everything: the table never changes, so its version never does either.
        this.partitionTable = new PartitionTable(List.of(new PartitionTable.Owner(address, all)), 1);
    }

    public Address address() {
        return address;
    }

    /** This member as member lists show it, with its attributes as they are now. */
    public MemberInfo info() {
        return new MemberInfo(address, uuid, false, attributes.snapshot());
    }

    public String uuid() {
        return uuid;
    }

    public List<MemberInfo> members() {
        return List.of(info());
    }

    public MemberAttributes attributes() {
        return attributes;
    }

    public PartitionTable partitionTable() {
        return partitionTable;
    }
}
