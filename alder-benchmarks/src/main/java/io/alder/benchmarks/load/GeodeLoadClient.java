package io.alder.benchmarks.load;

import io.alder.geode.proto.v1.Message;
import io.alder.testsupport.geode.GeodeTestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Geode protobuf v1 client: one connection per worker thread, as Geode clients keep one request in flight
 * per connection, each authenticated with the group name and password. Serves maps (regions) in sync mode.
 */
final class GeodeLoadClient implements LoadClient {

    private final InetSocketAddress address;
    private final String groupName;
    private final List<GeodeTestClient> connections = new CopyOnWriteArrayList<>();
    private final ThreadLocal<GeodeTestClient> connection = ThreadLocal.withInitial(this::open);
    private final AtomicReference<Runnable> memberLost = new AtomicReference<>();

    private GeodeLoadClient(InetSocketAddress address, String groupName) {
        this.address = address;
        this.groupName = groupName;
    }

    /** @throws IllegalStateException if the member cannot be reached or refuses the client */
    static GeodeLoadClient connect(LoadSettings settings) {
        int colon = settings.address().lastIndexOf(':');
        GeodeLoadClient client = new GeodeLoadClient(new InetSocketAddress(settings.address().substring(0, colon),
                Integer.parseInt(settings.address().substring(colon + 1))), settings.groupName());
        client.connection.get();
        return client;
    }

    private GeodeTestClient open() {
        try {
            GeodeTestClient client = GeodeTestClient.open(address, groupName, "dev-pass");
            connections.add(client);
            return client;
        } catch (IOException e) {
            throw new IllegalStateException("Unable to connect to " + address + ": " + e.getMessage(), e);
        }
    }

    /** Sends a request on this thread's connection and fails on an error answer. */
    Message call(Message request) {
        Message answer;
        try {
            answer = connection.get().call(request);
        } catch (IOException e) {
            Runnable lost = memberLost.getAndSet(null);
            if (lost != null) {
                lost.run();
            }
            throw new UncheckedIOException(e);
        }
        if (answer.hasErrorResponse()) {
            throw new IllegalStateException(answer.getErrorResponse().getError().toString());
        }
        return answer;
    }

    @Override
    public MapCalls map(String name) {
        return new GeodeMapCalls(this, name);
    }

    @Override
    public QueueCalls queue(String name) {
        throw new IllegalStateException("Geode protobuf clients have no queues");
    }

    @Override
    public LockCalls lock(String name) {
        throw new IllegalStateException("Geode protobuf clients have no locks");
    }

    @Override
    public AtomicLongCalls atomicLong(String name) {
        throw new IllegalStateException("Geode protobuf clients have no atomic longs");
    }

    @Override
    public void onMemberLost(Runnable action) {
        memberLost.set(action);
    }

    @Override
    public void close() {
        for (GeodeTestClient client : connections) {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
