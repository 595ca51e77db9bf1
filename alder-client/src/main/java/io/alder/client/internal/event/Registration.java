package io.alder.client.internal.event;

import io.alder.client.internal.ListenerProtocol;
import io.alder.client.internal.connection.Connection;
import io.alder.protocol.ClientMessage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/** One listener registration of the client, and what it is on each connection it is made on. */
final class Registration {

    private final String id;
    private final ListenerProtocol protocol;
    private final Consumer<ClientMessage> handler;
    private final ConcurrentMap<Connection, MemberRegistration> onConnections = new ConcurrentHashMap<>();
    private volatile boolean active = true;

    Registration(String id, ListenerProtocol protocol, Consumer<ClientMessage> handler) {
        this.id = id;
        this.protocol = protocol;
        this.handler = handler;
    }

    String id() {
        return id;
    }

    ListenerProtocol protocol() {
        return protocol;
    }

    Consumer<ClientMessage> handler() {
        return handler;
    }

    /** Per connection: the member's registration, or {@link MemberRegistration#PENDING} while it is being made. */
    ConcurrentMap<Connection, MemberRegistration> onConnections() {
        return onConnections;
    }

    /** Reserves a connection for making this registration; false if it is made or being made there. */
    boolean claim(Connection connection) {
        return active && onConnections.putIfAbsent(connection, MemberRegistration.PENDING) == null;
    }

    boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }
}
