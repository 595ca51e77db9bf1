package io.alder.client.internal.cluster;

import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.ConnectionRegistry;
import io.alder.client.internal.invocation.ConnectionRouter;
import io.alder.protocol.codec.Address;

/**
 * Smart routing: a request bound to a partition goes to the connection of the partition's owner, when
 * there is one, anything else to any open connection. Without smart routing everything goes to the owner
 * connection.
 */
public final class Router implements ConnectionRouter {

    private final ConnectionRegistry connections;
    private final ClusterView view;
    private final boolean smart;

    public Router(ConnectionRegistry connections, ClusterView view, boolean smart) {
        this.connections = connections;
        this.view = view;
        this.smart = smart;
    }

    @Override
    public Connection route(int partitionId) {
        if (!smart) {
            Connection owner = connections.owner();
            return owner != null && owner.isActive() ? owner : null;
        }
        if (partitionId >= 0) {
            Address member = view.partitionOwner(partitionId);
            Connection connection = member == null ? null : connections.get(member);
            if (connection != null && connection.isActive()) {
                return connection;
            }
        }
        return connections.any();
    }
}
