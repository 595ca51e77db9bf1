package io.alder.benchmarks.load;

import io.alder.client.AlderClient;
import io.alder.client.AlderClientException;
import io.alder.client.AlderMap;
import io.alder.client.AsyncAlderMap;
import io.alder.client.ClientConfig;
import io.alder.client.ClientNotActiveException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Alder's Java client, configured like the official one of {@link OfficialLoadClient}: one member, smart
 * routing, about one connection attempt, no reconnection, the same invocation timeout; the other
 * settings at their defaults, which are those of a 3.12 client.
 *
 * <p>Alder's client has no lifecycle listener; with reconnection off it fails every call with a
 * {@link ClientNotActiveException} once it lost its member, so the first such failure reports the loss.
 */
final class AlderLoadClient implements LoadClient {

    private final AlderClient client;
    private final AlderMap<Integer, byte[]> map;
    private final AsyncAlderMap<Integer, byte[]> asyncMap;
    private final AtomicReference<Runnable> memberLost = new AtomicReference<>();

    private AlderLoadClient(AlderClient client, AlderMap<Integer, byte[]> map) {
        this.client = client;
        this.map = map;
        this.asyncMap = map.async();
    }

    /** @throws IllegalStateException if the member cannot be reached or refuses the client */
    static AlderLoadClient connect(LoadSettings settings) {
        AlderClient client;
        try {
            client = AlderClient.connect(config(settings.address(), settings.groupName()));
        } catch (AlderClientException e) {
            throw new IllegalStateException("Unable to connect to " + settings.address() + ": " + e.getMessage(), e);
        }
        try {
            return new AlderLoadClient(client, client.getMap(settings.mapName()));
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    static ClientConfig config(String address, String groupName) {
        return ClientConfig.builder()
                .address(address)
                .groupName(groupName)
                .groupPassword("dev-pass")
                .smartRouting(true)
                .connectionTimeout(Duration.ofSeconds(5))
                // As long as one connection attempt may take: like the official client's single attempt.
                .clusterConnectTimeout(Duration.ofSeconds(5))
                .reconnect(false)
                .invocationTimeout(Duration.ofSeconds(INVOCATION_TIMEOUT_SECONDS))
                .build();
    }

    @Override
    public void get(Integer key) {
        try {
            map.get(key);
        } catch (ClientNotActiveException e) {
            memberLost();
            throw e;
        }
    }

    @Override
    public void put(Integer key, byte[] value) {
        try {
            map.put(key, value);
        } catch (ClientNotActiveException e) {
            memberLost();
            throw e;
        }
    }

    @Override
    public PendingCall getAsync(Integer key) {
        return new Call(asyncMap.get(key));
    }

    @Override
    public PendingCall putAsync(Integer key, byte[] value) {
        return new Call(asyncMap.put(key, value));
    }

    @Override
    public void onMemberLost(Runnable action) {
        memberLost.set(action);
    }

    private void memberLost() {
        Runnable action = memberLost.getAndSet(null);
        if (action != null) {
            action.run();
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /** One call's stage, and the callback that forwards its outcome: one object per call. */
    private final class Call implements PendingCall, BiConsumer<byte[], Throwable> {
        private final CompletionStage<byte[]> stage;
        /** Written before the callback is registered, which publishes it to the completing thread. */
        private CallListener listener;

        Call(CompletionStage<byte[]> stage) {
            this.stage = stage;
        }

        @Override
        public void whenDone(CallListener listener) {
            this.listener = listener;
            stage.whenComplete(this);
        }

        @Override
        public void accept(byte[] response, Throwable failure) {
            if (failure == null) {
                listener.succeeded();
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof ClientNotActiveException) {
                memberLost();
            }
            listener.failed(cause);
        }
    }
}
