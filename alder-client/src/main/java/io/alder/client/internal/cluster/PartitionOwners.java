package io.alder.client.internal.cluster;

import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.PartitionTable;

/**
 * Which member owns each partition, as of one partition state version. Immutable.
 *
 * @param owners the owner's address by partition id; null where the table names none
 */
record PartitionOwners(Address[] owners, int version) {

    static final PartitionOwners NONE = new PartitionOwners(new Address[0], Integer.MIN_VALUE);

    /** The owners a table names; ids beyond {@code partitionCount} are ignored. */
    static PartitionOwners of(PartitionTable table, int partitionCount) {
        Address[] owners = new Address[partitionCount];
        for (PartitionTable.Owner owner : table.owners()) {
            for (int partitionId : owner.partitionIds()) {
                if (partitionId >= 0 && partitionId < partitionCount) {
                    owners[partitionId] = owner.address();
                }
            }
        }
        return new PartitionOwners(owners, table.stateVersion());
    }

    Address ownerOf(int partitionId) {
        return partitionId < owners.length ? owners[partitionId] : null;
    }

    boolean isEmpty() {
        return owners.length == 0;
    }
}
