package io.alder.client.internal;

import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.reference.ReferenceMembers;

/**
 * Alder members for the client's tests, on loopback, in the group of the reference members that
 * {@link ReferenceMembers} starts.
 */
final class Members {

    static final String LOOPBACK = ReferenceMembers.HOST;

    private Members() {
    }

    /** An Alder member on the given port (0: any free port). */
    static AlderServer alder(int port) {
        return AlderServer.start(ServerConfig.builder().host(LOOPBACK).port(port)
                .groupName(ReferenceMembers.GROUP_NAME).groupPassword(ReferenceMembers.GROUP_PASSWORD).build());
    }
}
