package io.alder.client.internal.event;

import io.alder.client.ClientNotActiveException;
import io.alder.client.TargetDisconnectedException;
import io.alder.client.internal.ListenerProtocol;
import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.ConnectionRegistry;
import io.alder.client.internal.connection.EventSink;
import io.alder.client.internal.invocation.Invoker;
import io.alder.protocol.ClientMessage;
import io.netty.buffer.ByteBufAllocator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's listener registrations. A registration has an id of the client's own and lives until it is
 * removed; on each connection it is in use on, the member gave it another id. In smart mode a
 * registration is made on every member connection with {@code localOnly=true}, so that each member
 * reports the events of its own partitions; otherwise on the one connection, for all events. Each new
 * connection gets every registration, and a closed connection's registrations are forgotten.
 */
public final class ListenerService {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerService.class);

    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
    private final Invoker invoker;
    private final ConnectionRegistry connections;
    private final StripedEventExecutor events;
    private final ByteBufAllocator allocator;
    private final boolean smart;
    private final Duration timeout;

    /**
     * @param smart whether registrations are made on every member connection, for local events only
     * @param timeout how long a member may take to answer a registration
     */
    public ListenerService(Invoker invoker, ConnectionRegistry connections, StripedEventExecutor events,
            ByteBufAllocator allocator, boolean smart, Duration timeout) {
        this.invoker = invoker;
        this.connections = connections;
        this.events = events;
        this.allocator = allocator;
        this.smart = smart;
        this.timeout = timeout;
    }

    /**
     * Registers a listener on the connections in use now, and on every later one. Completes with the
     * registration's id once the current connections answered; fails, and leaves nothing registered, if a
     * member refused the registration.
     */
    public CompletableFuture<String> add(ListenerProtocol protocol, Consumer<ClientMessage> handler) {
        Registration registration = new Registration(UUID.randomUUID().toString(), protocol, handler);
        registrations.put(registration.id(), registration);
        List<CompletableFuture<Void>> made = new ArrayList<>();
        for (Connection connection : targets()) {
            made.add(registerOn(registration, connection));
        }
        return CompletableFuture.allOf(made.toArray(CompletableFuture[]::new))
                .handle((ignored, failure) -> failure)
                .thenCompose(failure -> failure == null ? CompletableFuture.completedFuture(registration.id())
                        : remove(registration.id()).thenCompose(removed -> CompletableFuture.failedFuture(
                                failure instanceof CompletionException ? failure.getCause() : failure)));
    }

    /**
     * Ends a registration on every connection it is in use on. Completes with false if the id is unknown,
     * else with true once the members answered (or their connections are gone).
     */
    public CompletableFuture<Boolean> remove(String registrationId) {
        Registration registration = registrations.remove(registrationId);
        if (registration == null) {
            return CompletableFuture.completedFuture(false);
        }
        registration.deactivate();
        List<CompletableFuture<Void>> removals = new ArrayList<>();
        registration.onConnections().forEach((connection, onMember) -> {
            if (onMember != MemberRegistration.PENDING) {
                removals.add(removeOn(registration, connection, onMember));
            }
        });
        return CompletableFuture.allOf(removals.toArray(CompletableFuture[]::new)).thenApply(ignored -> true);
    }

    /** A connection is ready for requests: it gets every registration. Cluster thread. */
    public void connectionAdded(Connection connection) {
        if (!smart && !connection.isOwner()) {
            return;
        }
        for (Registration registration : registrations.values()) {
            registerOn(registration, connection).exceptionally(failure -> {
                LOG.warn("could not register listener {} on {}", registration.id(), connection, failure);
                return null;
            });
        }
    }

    /** A connection closed: its registrations died with it. */
    public void connectionClosed(Connection connection) {
        for (Registration registration : registrations.values()) {
            registration.onConnections().remove(connection);
        }
    }

    /** How many connections a registration is in use on, for tests and diagnostics. */
    public int connectionCount(String registrationId) {
        Registration registration = registrations.get(registrationId);
        if (registration == null) {
            return 0;
        }
        return (int) registration.onConnections().values().stream()
                .filter(onMember -> onMember != MemberRegistration.PENDING).count();
    }

    private List<Connection> targets() {
        if (smart) {
            return connections.all();
        }
        Connection owner = connections.owner();
        return owner == null ? List.of() : List.of(owner);
    }

    /**
     * Makes a registration on one connection, unless it is made or being made there already. A failure
     * of the connection is no failure of the registration: the next connection will get it.
     */
    private CompletableFuture<Void> registerOn(Registration registration, Connection connection) {
        if (!registration.claim(connection)) {
            return CompletableFuture.completedFuture(null);
        }
        long correlationId = invoker.nextCorrelationId();
        ClientMessage request;
        try {
            request = registration.protocol().encodeAdd(allocator, smart).setCorrelationId(correlationId);
        } catch (RuntimeException e) {
            registration.onConnections().remove(connection, MemberRegistration.PENDING);
            return CompletableFuture.failedFuture(e);
        }
        EventSink sink = event -> events.dispatch(stripeOf(event, registration), event, registration.handler());
        return invoker.invokeOn(connection, request, sink, timeout).handle((response, failure) -> {
            if (failure != null) {
                registration.onConnections().remove(connection, MemberRegistration.PENDING);
                connection.removeEventSink(correlationId);
                if (failure instanceof TargetDisconnectedException || failure instanceof ClientNotActiveException) {
                    return null;
                }
                throw new CompletionException(failure);
            }
            String memberId;
            try {
                memberId = registration.protocol().decodeAddResponse(response);
            } finally {
                response.release();
            }
            MemberRegistration made = new MemberRegistration(correlationId, memberId);
            if (!registration.onConnections().replace(connection, MemberRegistration.PENDING, made)
                    || !registration.isActive()) {
                // Removed (or the connection closed) while the member was answering.
                registration.onConnections().remove(connection, made);
                removeOn(registration, connection, made);
            }
            return null;
        });
    }

    private CompletableFuture<Void> removeOn(Registration registration, Connection connection, MemberRegistration made) {
        connection.removeEventSink(made.correlationId());
        if (!connection.isActive()) {
            return CompletableFuture.completedFuture(null);
        }
        ClientMessage request = registration.protocol().encodeRemove(allocator, made.memberRegistrationId())
                .setCorrelationId(invoker.nextCorrelationId());
        return invoker.invokeOn(connection, request, null, timeout).handle((response, failure) -> {
            if (response != null) {
                response.release();
            } else {
                LOG.debug("could not remove listener {} from {}: {}", registration.id(), connection, failure.toString());
            }
            return null;
        });
    }

    /**
     * Events of one partition share a thread, so they stay in order; events without a partition keep the
     * order of their registration.
     */
    private static int stripeOf(ClientMessage event, Registration registration) {
        int partitionId = event.partitionId();
        return partitionId >= 0 ? partitionId : registration.id().hashCode();
    }
}
