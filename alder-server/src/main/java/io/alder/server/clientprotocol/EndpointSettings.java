package io.alder.server.clientprotocol;

import java.time.Duration;

/**
 * Limits of the client endpoint.
 *
 * @param maxUnauthenticatedFrameBytes the largest frame before authentication (an auth request is small)
 * @param maxFrameBytes the largest frame or reassembled message after authentication
 * @param maxPendingOutboundBytes how much may wait to be written to a client that does not read before
 *     the member gives up on it and closes the connection
 * @param heartbeatTimeout a connection silent for longer is closed
 */
public record EndpointSettings(int maxUnauthenticatedFrameBytes, int maxFrameBytes, long maxPendingOutboundBytes,
        Duration heartbeatTimeout) {

    /** Fragmented messages a connection may have in flight at once. */
    static final int MAX_OPEN_FRAGMENTED_MESSAGES = 16;
}
