package io.alder.benchmarks.load;

/**
 * The calls a map load makes on one map, through one client. Thread-safe: every worker shares it. Calls
 * fail the way the client fails them (an unchecked exception, or a failed {@link PendingCall}); the run
 * counts failures, it does not interpret them.
 */
interface MapCalls {

    /** Reads a key and waits for the answer. */
    void get(Integer key);

    /** Stores a value under a key (returning the previous one, like a map's put) and waits for the answer. */
    void put(Integer key, byte[] value);

    /** Starts reading a key. */
    PendingCall getAsync(Integer key);

    /** Starts storing a value under a key. */
    PendingCall putAsync(Integer key, byte[] value);
}
