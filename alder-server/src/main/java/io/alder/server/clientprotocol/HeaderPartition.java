package io.alder.server.clientprotocol;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;

/**
 * The partition a partition-bound request runs on: the one in its frame header, as on a 3.12 member, which
 * trusts the client's choice rather than recomputing it from the key or name.
 */
final class HeaderPartition {

    private HeaderPartition() {
    }

    /**
     * The header's partition id.
     *
     * @param boundTo what the client hashed to choose the partition, for the error, e.g. "queue name"
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
