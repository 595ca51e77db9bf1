package io.alder.benchmarks.load;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig.ReconnectMode;

/** Configuration of the official client for a load run: one member, fail fast, never reconnect. */
final class BenchmarkClient {

    /** A hung member fails calls after this long instead of the default 120 s. */
    static final int INVOCATION_TIMEOUT_SECONDS = 20;

    private BenchmarkClient() {
    }

    static ClientConfig config(String address, String groupName) {
        ClientConfig config = new ClientConfig();
        config.getGroupConfig().setName(groupName).setPassword("dev-pass");
        config.getNetworkConfig()
                .addAddress(address)
                .setSmartRouting(true)
                .setConnectionAttemptLimit(1)
                .setConnectionAttemptPeriod(200)
                .setConnectionTimeout(5000);
        // A lost member ends the run (it is aborted) instead of being measured as slow calls.
        config.getConnectionStrategyConfig().setReconnectMode(ReconnectMode.OFF);
        config.setProperty("hazelcast.client.invocation.timeout.seconds", Integer.toString(INVOCATION_TIMEOUT_SECONDS));
        config.setProperty("hazelcast.logging.type", "jdk");
        return config;
    }
}
