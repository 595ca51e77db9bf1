package io.alder.testsupport.reference;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig.ReconnectMode;
import com.hazelcast.client.config.ClientNetworkConfig;

/** The official-clients runbook's settings for official 3.12.13 Java clients in tests. */
public final class OfficialClientSettings {

    private OfficialClientSettings() {
    }

    /**
     * A fresh configuration for one member at {@code address} ({@code host:port}): the suites' group, fail fast
     * (one attempt, 200 ms apart, 5 s connect timeout), no reconnect (a dropped connection must surface as a
     * failure, not be papered over), a 20 s invocation timeout so that an unanswered request fails a test
     * quickly, and JDK logging, which writes to stderr and so leaves stdout to processes that report on it.
     */
    @SuppressWarnings("deprecation") // the group password: deprecated in 3.12, still set as a 3.12 user would
    public static ClientConfig config(String address, boolean smartRouting) {
        ClientConfig config = new ClientConfig();
        config.getGroupConfig().setName(ReferenceMembers.GROUP_NAME).setPassword(ReferenceMembers.GROUP_PASSWORD);
        ClientNetworkConfig network = config.getNetworkConfig();
        network.addAddress(address)
                .setSmartRouting(smartRouting)
                .setConnectionAttemptLimit(1)
                .setConnectionAttemptPeriod(200)
                .setConnectionTimeout(5000);
        config.getConnectionStrategyConfig().setReconnectMode(ReconnectMode.OFF);
        config.setProperty("hazelcast.client.invocation.timeout.seconds", "20");
        config.setProperty("hazelcast.logging.type", "jdk");
        return config;
    }
}
