package io.alder.benchmarks.load;

/**
 * The calls an atomic-long load makes on one counter, through one client. Thread-safe, and failing, like
 * {@link MapCalls}.
 */
interface AtomicLongCalls {

    /** Reads the counter and waits for the answer. */
    void get();

    /** Adds one to the counter and waits for the new value. */
    void incrementAndGet();

    /** Starts reading the counter. */
    PendingCall getAsync();

    /** Starts adding one to the counter. */
    PendingCall incrementAndGetAsync();
}
