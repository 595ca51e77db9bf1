/**
 * A closed-loop load generator that drives any member through the official 3.12.13 Java client.
 *
 * <p>{@link io.alder.benchmarks.load.LoadGenerator} is the command line entry point. Worker threads
 * (synchronous, or asynchronous with a fixed number of calls in flight each) record latencies into one
 * shared {@link io.alder.benchmarks.load.LoadRecorder}; the main thread times warm-up and measurement and
 * prints one {@link io.alder.benchmarks.load.LoadResult} line. Not API; used by {@code run-matrix.sh}.
 */
package io.alder.benchmarks.load;
