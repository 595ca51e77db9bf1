package io.alder.server.clientprotocol;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;

/**
 * The partition a request bound to a structure's name runs on (a lock, a ringbuffer): the one 3.12
 * clients put in its header, as on a 3.12 member. It is trusted, not recomputed from the name.
 */
final class NamePartition {

    private NamePartition() {
    }

    /**
     * The header's partition id.
     *
     * @param structure what the name names, for the error message (e.g. {@code lock})
     * @throws IllegalArgumentException if the header names no partition
     */
    static int of(ClientMessage request, String structure) {
        int partitionId = request.partitionId();
        if (partitionId < 0) {
            throw new IllegalArgumentException(MessageType.describe(request.type()) + " must carry its " + structure
                    + " name's partition id in the frame header, but it has " + partitionId);
        }
        return partitionId;
    }
}
