package io.alder.benchmarks.load;

/** How each worker thread issues calls. */
public enum Mode {
    /** One blocking call at a time per thread. */
    SYNC,
    /** A fixed number of asynchronous calls in flight per thread. */
    ASYNC
}
