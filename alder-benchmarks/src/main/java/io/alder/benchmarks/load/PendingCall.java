package io.alder.benchmarks.load;

/** An asynchronous call in flight, whichever client made it. */
@FunctionalInterface
interface PendingCall {

    /**
     * Tells {@code listener} how the call ended: on the thread that completes it, or at once on the
     * calling thread if it has already ended. Called at most once per call.
     */
    void whenDone(CallListener listener);
}
