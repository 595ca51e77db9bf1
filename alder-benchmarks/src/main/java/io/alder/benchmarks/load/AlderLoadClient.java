package io.alder.benchmarks.load;

import io.alder.client.AlderClient;
import io.alder.client.AlderClientException;
import io.alder.client.AlderLock;
import io.alder.client.ClientConfig;
import java.time.Duration;

/**
 * Alder's Java client, configured like the official one of {@link OfficialLoadClient}: one member, smart
 * routing, about one connection attempt, no reconnection, the same invocation timeout; the other
 * settings at their defaults, which are those of a 3.12 client. Its calls report a lost member through
 * {@link AlderMemberLoss}.
 */
final class AlderLoadClient implements LoadClient {

    private final AlderClient client;
    private final AlderMemberLoss memberLoss = new AlderMemberLoss();

    private AlderLoadClient(AlderClient client) {
        this.client = client;
    }

    /** @throws IllegalStateException if the member cannot be reached or refuses the client */
    static AlderLoadClient connect(LoadSettings settings) {
        try {
            return new AlderLoadClient(AlderClient.connect(config(settings.address(), settings.groupName())));
        } catch (AlderClientException e) {
            throw new IllegalStateException("Unable to connect to " + settings.address() + ": " + e.getMessage(), e);
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
    public MapCalls map(String name) {
        return new AlderMapCalls(client.getMap(name), memberLoss);
    }

    @Override
    public QueueCalls queue(String name) {
        return new AlderQueueCalls(client.getQueue(name), memberLoss);
    }

    @Override
    public LockCalls lock(String name) {
        AlderLock lock = client.getLock(name);
        return () -> memberLoss.call(() -> {
            lock.lock();
            lock.unlock();
        });
    }

    @Override
    public AtomicLongCalls atomicLong(String name) {
        return new AlderAtomicLongCalls(client.getAtomicLong(name), memberLoss);
    }

    @Override
    public void onMemberLost(Runnable action) {
        memberLoss.onLost(action);
    }

    @Override
    public void close() {
        client.close();
    }
}
