package io.alder.compat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One running server with the clients started against it: shared ones per client kind and routing mode,
 * a second one per client kind, and any others the tests start.
 */
final class Deployment implements AutoCloseable {

    private final ServerUnderTest server;
    private final OfficialClients officialClients;
    private final List<ClientUnderTest> started = new CopyOnWriteArrayList<>();
    private final Map<Target, ClientUnderTest> shared = new HashMap<>();
    private final Map<ClientKind, ClientUnderTest> others = new EnumMap<>(ClientKind.class);

    /** Clients for {@code server}, which this deployment stops when it is closed. */
    Deployment(ServerUnderTest server) {
        this.server = server;
        this.officialClients = new OfficialClients(server);
    }

    ServerUnderTest server() {
        return server;
    }

    /** Starts official clients with settings of the test's own. */
    OfficialClients officialClients() {
        return officialClients;
    }

    /** The client of the target's kind and routing that tests share. */
    synchronized ClientUnderTest shared(Target target) {
        return shared.computeIfAbsent(target, key -> start(key.client(), key.routing()));
    }

    /** A second shared smart client of this kind, distinct from the ones {@link #shared} returns. */
    synchronized ClientUnderTest other(ClientKind kind) {
        return others.computeIfAbsent(kind, key -> start(key, Routing.SMART));
    }

    /** Starts a client of its own, closed with the deployment. */
    ClientUnderTest start(ClientKind kind, Routing routing) {
        ClientUnderTest client = kind.start(server.addressString(), routing);
        started.add(client);
        return client;
    }

    @Override
    public void close() {
        try {
            started.forEach(ClientUnderTest::close);
            officialClients.close();
        } finally {
            server.close();
        }
    }
}
