package io.alder.compat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig.ReconnectMode;
import com.hazelcast.client.config.ClientNetworkConfig;
import com.hazelcast.core.HazelcastInstance;
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

    /**
     * The test settings: the suites' group, fail fast (one attempt, 200 ms apart, 5 s connect timeout),
     * no reconnect (a dropped connection must surface as a failure, not be papered over), a 20 s
     * invocation timeout so that an unanswered request fails a test quickly, JDK logging.
     */
    static ClientConfig config(String address, Routing routing) {
        ClientConfig config = new ClientConfig();
        config.getGroupConfig().setName(ServerUnderTest.GROUP_NAME).setPassword(ServerUnderTest.GROUP_PASSWORD);
        ClientNetworkConfig network = config.getNetworkConfig();
        network.addAddress(address)
                .setSmartRouting(routing.smart())
                .setConnectionAttemptLimit(1)
                .setConnectionAttemptPeriod(200)
                .setConnectionTimeout(5000);
        config.getConnectionStrategyConfig().setReconnectMode(ReconnectMode.OFF);
        config.setProperty("hazelcast.client.invocation.timeout.seconds", "20");
        config.setProperty("hazelcast.logging.type", "jdk");
        return config;
    }

    /** The test settings for this server. */
    ClientConfig config(Routing routing) {
        return config(server.addressString(), routing);
    }

    /** Starts a client with the test settings. */
    HazelcastInstance start(Routing routing) {
        return start(config(routing));
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
