package io.alder.client.internal.invocation;

import io.alder.client.internal.connection.Connection;

/** Chooses the connection a request goes to. */
@FunctionalInterface
public interface ConnectionRouter {

    /**
     * The connection for a request bound to a partition, or for any member when {@code partitionId} is -1;
     * null when the client has no usable connection.
     */
    Connection route(int partitionId);
}
