package io.alder.server.clientprotocol;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;

/**
 * The partition a request bound to a structure's name runs on: the one in its frame header, which 3.12
 * clients fill with the partition of the name, as a 3.12 member trusts it.
 */
final class HeaderPartition {

    private HeaderPartition() {
    }

    /**
     * The header's partition id.
     *
     * @param boundTo what the partition is of, for the error message, e.g. "semaphore name"
     * @throws IllegalArgumentException if the header names no partition (-1)
     */
    static int of(ClientMessage request, String boundTo) {
        int partitionId = request.partitionId();
        if (partitionId < 0) {
            throw new IllegalArgumentException(MessageType.describe(request.type()) + " must carry its " + boundTo
                    + "'s partition id in the frame header, but it has " + partitionId);
        }
        return partitionId;
    }
}
