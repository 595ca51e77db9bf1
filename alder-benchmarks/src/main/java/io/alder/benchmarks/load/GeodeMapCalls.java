package io.alder.benchmarks.load;

import static io.alder.testsupport.geode.GeodeTestClient.bytes;
import static io.alder.testsupport.geode.GeodeTestClient.integer;

import io.alder.testsupport.geode.GeodeTestClient;

/**
 * {@link MapCalls} as Geode Get and Put requests on the region of the map's name; keys are {@code intResult}s
 * and values {@code binaryResult}s, stored as the Integer keys and byte[] values the Hazelcast clients use.
 * Geode's Put returns no previous value. A Geode connection serves one request at a time, so an "asynchronous"
 * call is made on the calling thread: the load runs in sync mode only.
 */
final class GeodeMapCalls implements MapCalls {

    private final GeodeLoadClient client;
    private final String region;

    GeodeMapCalls(GeodeLoadClient client, String region) {
        this.client = client;
        this.region = region;
    }

    @Override
    public void get(Integer key) {
        client.call(GeodeTestClient.get(region, integer(key)));
    }

    @Override
    public void put(Integer key, byte[] value) {
        client.call(GeodeTestClient.put(region, integer(key), bytes(value)));
    }

    @Override
    public PendingCall getAsync(Integer key) {
        return done(() -> get(key));
    }

    @Override
    public PendingCall putAsync(Integer key, byte[] value) {
        return done(() -> put(key, value));
    }

    /** Makes the call on this thread: what is "in flight" is done by the time it returns (the pre-fill uses it). */
    private static PendingCall done(Runnable call) {
        Throwable failure = null;
        try {
            call.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        Throwable outcome = failure;
        return listener -> {
            if (outcome == null) {
                listener.succeeded();
            } else {
                listener.failed(outcome);
            }
        };
    }
}
