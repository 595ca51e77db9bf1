/**
 * A closed-loop load generator that drives any member through the official 3.12.13 Java client or
 * through Alder's own Java client, on a map, queues, locks or atomic longs.
 *
 * <p>{@link io.alder.benchmarks.load.LoadGenerator} is the command line entry point. Worker threads
 * (synchronous, or asynchronous with a fixed number of calls in flight each) make their calls through the
 * {@code Workload} of the run's {@link io.alder.benchmarks.load.Structure structure}, which chooses each
 * call and makes it on that structure's adapter of a {@code LoadClient} (one per
 * {@link io.alder.benchmarks.load.ClientKind client}), and record
 * latencies into one shared {@link io.alder.benchmarks.load.LoadRecorder}; asynchronous completions run on
 * the client's threads. The main thread times warm-up and measurement and prints one
 * {@link io.alder.benchmarks.load.LoadResult} line. Not API; used by {@code run-matrix.sh} and
 * {@code run-client-matrix.sh}.
 */
package io.alder.benchmarks.load;
