package io.alder.client.internal.cluster;

import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.Transport;
import io.alder.protocol.codec.AuthenticationResult;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Opens and authenticates connections; a connection that fails authentication is closed. */
final class ConnectionOpener {

    /** An authenticated connection and the member's answer. */
    record Authenticated(Connection connection, AuthenticationResult result) {
    }

    private final Transport transport;
    private final Authenticator authenticator;
    private final ClusterView view;

    ConnectionOpener(Transport transport, Authenticator authenticator, ClusterView view) {
        this.transport = transport;
        this.authenticator = authenticator;
        this.view = view;
    }

    /**
     * Connects to a resolved address and authenticates, as owner or not, with the client's current
     * principal. Completes on an I/O thread.
     *
     * @param limit how long connecting and authenticating may take together at most, when that is shorter
     *     than the configured connection and authentication timeouts; null for those timeouts
     */
    CompletableFuture<Authenticated> open(InetSocketAddress address, boolean owner, Duration limit) {
        long deadline = limit == null ? 0 : System.nanoTime() + limit.toNanos();
        return transport.connect(address, limit).thenCompose(connection -> authenticator
                .authenticate(connection, owner, view.principal(), view.partitionCount(),
                        limit == null ? null : Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                .handle((result, failure) -> {
                    if (failure != null) {
                        connection.close("authentication failed", failure);
                        throw failure instanceof CompletionException e ? e : new CompletionException(failure);
                    }
                    connection.authenticated(result.address(), result.serverVersion(), owner);
                    return new Authenticated(connection, result);
                }));
    }
}
