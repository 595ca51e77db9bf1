package io.alder.benchmarks.load;

/** The call a lock load makes on one lock, through one client. Thread-safe, and failing, like {@link MapCalls}. */
@FunctionalInterface
interface LockCalls {

    /** Locks for the calling thread, waiting as long as it takes, then unlocks: two calls to the member. */
    void lockAndUnlock();
}
