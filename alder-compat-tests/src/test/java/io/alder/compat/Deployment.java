package io.alder.compat;

import com.hazelcast.core.HazelcastInstance;
import java.util.EnumMap;
import java.util.Map;

/** One running server with the clients started against it, shared ones per routing mode included. */
final class Deployment implements AutoCloseable {

    private final ServerUnderTest server;
    private final OfficialClients clients;
    private final Map<Routing, HazelcastInstance> shared = new EnumMap<>(Routing.class);
    private HazelcastInstance other;

    private Deployment(ServerUnderTest server) {
        this.server = server;
        this.clients = new OfficialClients(server);
    }

    static Deployment start(ServerKind kind) {
        return new Deployment(kind.start());
    }

    ServerUnderTest server() {
        return server;
    }

    OfficialClients clients() {
        return clients;
    }

    /** The client with this routing that tests share. */
    synchronized HazelcastInstance shared(Routing routing) {
        return shared.computeIfAbsent(routing, clients::start);
    }

    /** A second shared smart client, distinct from the ones {@link #shared} returns. */
    synchronized HazelcastInstance other() {
        if (other == null) {
            other = clients.start(Routing.SMART);
        }
        return other;
    }

    @Override
    public void close() {
        try {
            clients.close();
        } finally {
            server.close();
        }
    }
}
