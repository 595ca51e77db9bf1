package io.alder.benchmarks.load;

/**
 * The map calls a load run makes, through one client implementation connected to one member and one
 * map. Thread-safe: every worker shares it. Calls fail the way the client fails them (an unchecked
 * exception, or a failed {@link PendingCall}); the run counts failures, it does not interpret them.
 */
interface LoadClient extends AutoCloseable {

    /** A hung member fails calls after this long instead of a client's default 120 s; both clients use it. */
    int INVOCATION_TIMEOUT_SECONDS = 20;

    /** Reads a key and waits for the answer. */
    void get(Integer key);

    /** Stores a value under a key (returning the previous one, like a map's put) and waits for the answer. */
    void put(Integer key, byte[] value);

    /** Starts reading a key. */
    PendingCall getAsync(Integer key);

    /** Starts storing a value under a key. */
    PendingCall putAsync(Integer key, byte[] value);

    /**
     * Runs {@code action} once, on a client thread, when the client loses its member: the run cannot go
     * on (the client is configured not to reconnect).
     */
    void onMemberLost(Runnable action);

    /** Disconnects and stops the client's threads. */
    @Override
    void close();
}
