package io.alder.benchmarks.load;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig.ReconnectMode;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ICompletableFuture;
import com.hazelcast.core.IMap;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import java.util.concurrent.Executor;

/** The official 3.12.13 Java client: one member, smart routing, fail fast, never reconnect. */
final class OfficialLoadClient implements LoadClient {

    /** Completions only record and release a permit: running them where the call completes is cheapest. */
    private static final Executor ON_COMPLETING_THREAD = Runnable::run;

    private final HazelcastInstance client;
    private final IMap<Integer, byte[]> map;

    private OfficialLoadClient(HazelcastInstance client, IMap<Integer, byte[]> map) {
        this.client = client;
        this.map = map;
    }

    /** @throws IllegalStateException if the member cannot be reached, as the official client reports it */
    static OfficialLoadClient connect(LoadSettings settings) {
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config(settings.address(), settings.groupName()));
        try {
            return new OfficialLoadClient(client, client.getMap(settings.mapName()));
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
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
    public void get(Integer key) {
        map.get(key);
    }

    @Override
    public void put(Integer key, byte[] value) {
        map.put(key, value);
    }

    @Override
    public PendingCall getAsync(Integer key) {
        return new Call(map.getAsync(key));
    }

    @Override
    public PendingCall putAsync(Integer key, byte[] value) {
        return new Call(map.putAsync(key, value));
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

    /** One call's future, and the callback that forwards its outcome: one object per call. */
    private static final class Call implements PendingCall, ExecutionCallback<byte[]> {
        private final ICompletableFuture<byte[]> future;
        /** Written before the callback is registered, which publishes it to the completing thread. */
        private CallListener listener;

        Call(ICompletableFuture<byte[]> future) {
            this.future = future;
        }

        @Override
        public void whenDone(CallListener listener) {
            this.listener = listener;
            future.andThen(this, ON_COMPLETING_THREAD);
        }

        @Override
        public void onResponse(byte[] response) {
            listener.succeeded();
        }

        @Override
        public void onFailure(Throwable t) {
            listener.failed(t);
        }
    }
}
