package io.alder.server.clientprotocol;

import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.MemberInfo;
import io.alder.protocol.codec.PartitionTable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How this member presents itself to clients: its address, its entry in member lists, and the partition
 * table, in which this single member owns every partition.
 */
public final class LocalMember {

    /** The server version reported at authentication: clients enable their 3.9+ features for it. */
    public static final String SERVER_VERSION = "3.12.13";

    private final Address address;
    private final MemberInfo info;
    private final PartitionTable partitionTable;

    public LocalMember(Address address, String memberUuid, int partitionCount) {
        this.address = address;
        this.info = new MemberInfo(address, memberUuid, false, Map.of());
        int[] all = IntStream.range(0, partitionCount).toArray();
        // One member that owns everything: the table never changes, so its version never does either.
        this.partitionTable = new PartitionTable(List.of(new PartitionTable.Owner(address, all)), 1);
    }

    public Address address() {
        return address;
    }

    public MemberInfo info() {
        return info;
    }

    public String uuid() {
        return info.uuid();
    }

    public List<MemberInfo> members() {
        return List.of(info);
    }

    public PartitionTable partitionTable() {
        return partitionTable;
    }
}
