/**
 * A closed-loop load generator that drives any member through the official 3.12.13 Java client or
 * through Alder's own Java client.
 *
 * <p>{@link io.alder.benchmarks.load.LoadGenerator} is the command line entry point. Worker threads
 * (synchronous, or asynchronous with a fixed number of calls in flight each) make their calls through a
 * {@code LoadClient}, one adapter per {@link io.alder.benchmarks.load.ClientKind client}, and record
 * latencies into one shared {@link io.alder.benchmarks.load.LoadRecorder}; asynchronous completions run on
 * the client's threads. The main thread times warm-up and measurement and prints one
 * {@link io.alder.benchmarks.load.LoadResult} line. Not API; used by {@code run-matrix.sh} and
 * {@code run-client-matrix.sh}.
 */
package io.alder.benchmarks.load;
