package io.alder.client.internal.cluster;

import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.ConnectionRegistry;
import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.MemberInfo;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Smart routing's connections: one to every member in the member list besides the owner connection, each
 * authenticated as a non-owner with the client's principal. Members that left have their connections
 * closed. {@link #refresh} runs on the cluster thread, after member list changes and periodically, so a
 * failed connection is tried again at the next refresh.
 */
final class MemberConnections {

    private static final Logger LOG = LoggerFactory.getLogger(MemberConnections.class);

    private final ConnectionOpener opener;
    private final ConnectionRegistry connections;
    private final ClusterView view;
    private final Executor clusterThread;
    private final Consumer<Connection> ready;
    /** Members being connected to; cluster thread only. */
    private final Set<Address> connecting = new HashSet<>();
    private volatile boolean closed;

    /** @param ready told (on the cluster thread) of every new member connection */
    MemberConnections(ConnectionOpener opener, ConnectionRegistry connections, ClusterView view, Executor clusterThread,
            Consumer<Connection> ready) {
        this.opener = opener;
        this.connections = connections;
        this.view = view;
        this.clusterThread = clusterThread;
        this.ready = ready;
    }

    /** Connects to members without a connection and closes connections to members that left. */
    void refresh() {
        if (closed || view.principal() == null || connections.owner() == null) {
            return;
        }
        for (MemberInfo member : view.members()) {
            Address address = member.address();
            if (connections.get(address) == null && connecting.add(address)) {
                connect(address);
            }
        }
        for (Connection connection : connections.all()) {
            if (!connection.isOwner() && !view.hasMember(connection.memberAddress())) {
                connection.close("member left the cluster", null);
            }
        }
    }

    private void connect(Address address) {
        InetSocketAddress resolved = new InetSocketAddress(address.host(), address.port());
        if (resolved.isUnresolved()) {
            connecting.remove(address);
            LOG.warn("cannot resolve member address {}", address);
            return;
        }
        opener.open(resolved, false, null).whenCompleteAsync((opened, failure) -> {
            connecting.remove(address);
            if (failure != null) {
                LOG.debug("could not connect to member {}: {}", address, failure.toString());
                return;
            }
            Connection connection = opened.connection();
            String unwanted = closed ? "client closed"
                    : !view.hasMember(connection.memberAddress()) ? "member left the cluster"
                    : connections.get(connection.memberAddress()) != null ? "member connected already" : null;
            if (unwanted != null) {
                connection.close(unwanted, null);
                return;
            }
            connections.add(connection, false);
            LOG.info("connected to member {}", connection);
            ready.accept(connection);
        }, clusterThread);
    }

    /** Stops opening connections. */
    void close() {
        closed = true;
    }
}
