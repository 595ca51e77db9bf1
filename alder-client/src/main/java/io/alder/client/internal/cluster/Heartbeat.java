package io.alder.client.internal.cluster;

import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.ConnectionRegistry;
import io.alder.client.internal.invocation.Invoker;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's side of the heartbeat, as 3.12 does it: a connection on which nothing was written for the
 * heartbeat interval gets a {@code Client.ping}; a connection on which nothing was read for the heartbeat
 * timeout is closed, which fails over its calls. Runs periodically on the cluster thread.
 */
final class Heartbeat implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final ConnectionRegistry connections;
    private final Invoker invoker;
    private final long intervalNanos;
    private final long timeoutNanos;
    private final Duration timeout;

    Heartbeat(ConnectionRegistry connections, Invoker invoker, Duration interval, Duration timeout) {
        this.connections = connections;
        this.invoker = invoker;
        this.intervalNanos = interval.toNanos();
        this.timeoutNanos = timeout.toNanos();
        this.timeout = timeout;
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        for (Connection connection : connections.all()) {
            if (!connection.isActive()) {
                continue;
            }
            long silent = now - connection.lastReadNanos();
            if (silent > timeoutNanos) {
                String reason = "heartbeat timed out: nothing read for " + silent / 1_000_000 + " ms";
                LOG.warn("closing {}: {}", connection, reason);
                connection.close(reason, null);
            } else if (now - connection.lastWriteNanos() > intervalNanos) {
                ping(connection);
            }
        }
    }

    private void ping(Connection connection) {
        invoker.invokeOn(connection, ClientCodec.encodeEmptyRequest(connection.allocator(), MessageType.CLIENT_PING,
                invoker.nextCorrelationId()), null, timeout).whenComplete((response, failure) -> {
                    if (response != null) {
                        response.release();
                    } else {
                        LOG.debug("ping on {} failed: {}", connection, failure.toString());
                    }
                });
    }
}
