package io.alder.protocol.codec;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import java.util.List;

/**
 * Which member owns which partitions, as PARTITIONS responses and events carry it.
 *
 * <pre>
 *   | count: i32 | (owner: Address, partitions: i32 count + i32*)* | partitionStateVersion: i32 [1.5+] |
 * </pre>
 */
public record PartitionTable(List<Owner> owners, int stateVersion) {

    /** One member and the partitions it owns. */
    public record Owner(Address address, int[] partitionIds) {
    }

    public PartitionTable {
        owners = List.copyOf(owners);
    }

    static PartitionTable read(ParameterReader in) {
        List<Owner> owners = in.readList("partition owners", 12, r -> {
            Address address = Address.read(r);
            int count = r.readCount("partition ids", 4);
            int[] ids = new int[count];
            for (int i = 0; i < count; i++) {
                ids[i] = r.readInt();
            }
            return new Owner(address, ids);
        });
        int version = in.hasRemaining() ? in.readInt() : 0;
        return new PartitionTable(owners, version);
    }

    void write(MessageWriter out) {
        out.writeInt(owners.size());
        for (Owner owner : owners) {
            owner.address().write(out);
            out.writeInt(owner.partitionIds().length);
            for (int id : owner.partitionIds()) {
                out.writeInt(id);
            }
        }
        out.writeInt(stateVersion);
    }

    int sizeHint() {
        int size = 8;
        for (Owner owner : owners) {
            size += 24 + owner.address().host().length() + 4 * owner.partitionIds().length;
        }
        return size;
    }
}
