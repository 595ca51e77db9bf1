package io.alder.benchmarks.load;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig.ReconnectMode;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ILock;
import com.hazelcast.core.LifecycleEvent.LifecycleState;

/** The official 3.12.13 Java client: one member, smart routing, fail fast, never reconnect. */
final class OfficialLoadClient implements LoadClient {

    private final HazelcastInstance client;

    private OfficialLoadClient(HazelcastInstance client) {
        this.client = client;
    }

    /** @throws IllegalStateException if the member cannot be reached, as the official client reports it */
    static OfficialLoadClient connect(LoadSettings settings) {
        ClientConfig config = config(settings.address(), settings.groupName());
        return new OfficialLoadClient(HazelcastClient.newHazelcastClient(config));
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

    @Override
    public MapCalls map(String name) {
        return new OfficialMapCalls(client.getMap(name));
    }

    @Override
    public QueueCalls queue(String name) {
        return new OfficialQueueCalls(client.getQueue(name));
    }

    /** 3.12's own lock, deprecated there in favour of the CP subsystem's: the one 3.12 members and Alder serve. */
    @Override
    @SuppressWarnings("deprecation")
    public LockCalls lock(String name) {
        ILock lock = client.getLock(name);
        return () -> {
            lock.lock();
            lock.unlock();
        };
    }

    /** 3.12's own counter, deprecated there like its lock. */
    @Override
    @SuppressWarnings("deprecation")
    public AtomicLongCalls atomicLong(String name) {
        return new OfficialAtomicLongCalls(client.getAtomicLong(name));
    }

    @Override
    public void onMemberLost(Runnable action) {
        client.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleState.CLIENT_DISCONNECTED) {
                action.run();
            }
        });
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
