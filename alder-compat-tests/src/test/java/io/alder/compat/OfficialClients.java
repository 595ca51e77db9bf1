package io.alder.compat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import io.alder.testsupport.reference.OfficialClientSettings;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Starts official 3.12.13 Java clients against one server with the runbook's test settings, and shuts
 * down every client it started.
 */
final class OfficialClients implements AutoCloseable {

    private final ServerUnderTest server;
    private final List<HazelcastInstance> started = new CopyOnWriteArrayList<>();

    OfficialClients(ServerUnderTest server) {
        this.server = server;
    }

    /** The runbook's test settings (see {@link OfficialClientSettings}) for the server at {@code address}. */
    static ClientConfig config(String address, Routing routing) {
        return OfficialClientSettings.config(address, routing.smart());
    }

    /** The test settings for this server. */
    ClientConfig config(Routing routing) {
        return config(server.addressString(), routing);
    }

    /** Starts a client with the given settings; it is shut down by {@link #close()}. */
    HazelcastInstance start(ClientConfig config) {
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
        started.add(client);
        return client;
    }

    @Override
    public void close() {
        // The lifecycle service of an already shut down client is a no-op, so no client is closed twice.
        started.forEach(client -> client.getLifecycleService().shutdown());
        started.clear();
    }
}
