package io.alder.client.internal.cluster;

import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.ConnectionRegistry;
import io.alder.client.internal.invocation.ConnectionRouter;
import io.alder.protocol.codec.Address;

/**
 * Smart routing: a request bound to a partition goes to the connection of the partition's owner, when
 * there is one, anything else to any open connection. Without smart routing everything goes to the owner
 * connection.
 *
 * <p>The owner connections are kept by partition id, built again when the partition table or the set of
 * connections changed, so that routing a request is an array lookup.
 */
public final class Router implements ConnectionRouter {

    private final ConnectionRegistry connections;
    private final ClusterView view;
    private final boolean smart;
    private volatile Routes routes = new Routes(PartitionOwners.NONE, -1, new Connection[0]);

    /** The owner connection by partition id, for one partition table and one version of the connections. */
    private record Routes(PartitionOwners owners, int connectionsVersion, Connection[] byPartition) {
    }

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
            Connection[] byPartition = currentRoutes().byPartition();
            Connection connection = partitionId < byPartition.length ? byPartition[partitionId] : null;
            if (connection != null && connection.isActive()) {
                return connection;
            }
        }
        return connections.any();
    }

    private Routes currentRoutes() {
        Routes current = routes;
        int connectionsVersion = connections.version();
        PartitionOwners owners = view.partitions();
        if (current.owners() == owners && current.connectionsVersion() == connectionsVersion) {
            return current;
        }
        // Threads that find the routes stale at once build the same table; the last one is kept.
        Connection[] byPartition = new Connection[owners.owners().length];
        for (int partitionId = 0; partitionId < byPartition.length; partitionId++) {
            Address member = owners.ownerOf(partitionId);
            byPartition[partitionId] = member == null ? null : connections.get(member);
        }
        current = new Routes(owners, connectionsVersion, byPartition);
        routes = current;
        return current;
    }
}
