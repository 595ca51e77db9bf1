package io.alder.benchmarks.load;

/**
 * What every call of a load run does on its structure, one implementation per {@link Structure}.
 * Thread-safe: every worker shares it.
 */
interface Workload {

    /**
     * Brings the structure to its starting state before the load starts (pre-filled keys or items).
     *
     * @param timeoutMillis how long asynchronous pre-fill calls may take together
     * @throws IllegalStateException if it could not
     */
    default void prepare(long timeoutMillis) throws InterruptedException {
    }

    /** One blocking call. */
    void callSync();

    /** One asynchronous call; only for structures and clients that have them ({@link Structure#hasAsyncCalls}). */
    PendingCall callAsync();
}
