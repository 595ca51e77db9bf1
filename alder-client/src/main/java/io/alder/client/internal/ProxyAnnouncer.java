package io.alder.client.internal;

import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.invocation.Invoker;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.DistributedObjectInfo;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces the client's distributed objects again after a reconnection, with one
 * {@code Client.createProxies} on the new owner connection, as a 3.12 client does: a restarted cluster
 * then knows every object the client has a proxy for. The proxy layer, which creates proxies (and sends
 * {@code Client.createProxy} for each new one), says which objects exist.
 */
final class ProxyAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyAnnouncer.class);

    private final Invoker invoker;
    private final Duration timeout;
    private volatile Supplier<? extends Collection<DistributedObjectInfo>> objects = List::of;

    ProxyAnnouncer(Invoker invoker, Duration timeout) {
        this.invoker = invoker;
        this.timeout = timeout;
    }

    /** Where the objects to announce come from. */
    void source(Supplier<? extends Collection<DistributedObjectInfo>> source) {
        this.objects = source;
    }

    /** Announces the known objects on a new owner connection, if there are any. Cluster thread. */
    void ownerConnected(Connection owner) {
        List<DistributedObjectInfo> known = List.copyOf(objects.get());
        if (known.isEmpty()) {
            return;
        }
        ClientMessage request = ClientCodec.encodeCreateProxies(owner.allocator(), invoker.nextCorrelationId(), known);
        invoker.invokeOn(owner, request, null, timeout).whenComplete((response, failure) -> {
            if (response != null) {
                response.release();
            } else {
                LOG.warn("could not announce {} proxies to the cluster again: {}", known.size(), failure.toString());
            }
        });
    }
}
