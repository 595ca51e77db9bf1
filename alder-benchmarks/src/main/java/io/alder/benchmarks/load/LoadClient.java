package io.alder.benchmarks.load;

/**
 * One client implementation connected to one member: opens the structures a load run drives, each
 * behind a small adapter of its own ({@link MapCalls}, {@link QueueCalls}, {@link LockCalls},
 * {@link AtomicLongCalls}). Thread-safe.
 */
interface LoadClient extends AutoCloseable {

    /** A hung member fails calls after this long instead of a client's default 120 s; both clients use it. */
    int INVOCATION_TIMEOUT_SECONDS = 20;

    /** The map {@code name}. */
    MapCalls map(String name);

    /** The queue {@code name}. */
    QueueCalls queue(String name);

    /** The lock {@code name} (3.12's {@code ILock}). */
    LockCalls lock(String name);

    /** The counter {@code name} (3.12's {@code IAtomicLong}). */
    AtomicLongCalls atomicLong(String name);

    /**
     * Runs {@code action} once, on a client thread, when the client loses its member: the run cannot go
     * on (the client is configured not to reconnect).
     */
    void onMemberLost(Runnable action);

    /** Disconnects and stops the client's threads. */
    @Override
    void close();
}
