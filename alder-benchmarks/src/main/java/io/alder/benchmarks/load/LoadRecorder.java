package io.alder.benchmarks.load;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What all workers of one run share: the latency recorder, the error count and the stop signal.
 * Recording is safe from any thread (workers, and client threads completing asynchronous calls).
 */
final class LoadRecorder {

    /** Three significant digits: 0.1 % precision from nanoseconds up, resized as needed. */
    private final Recorder latencies = new Recorder(3);
    private final LongAdder errors = new LongAdder();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile String abortReason;

    /** Records a call that started at {@code startNanos} ({@link System#nanoTime()}) and succeeded. */
    void success(long startNanos) {
        latencies.recordValue(System.nanoTime() - startNanos);
    }

    /** Counts a failed call. */
    void failure() {
        errors.increment();
    }

    long errorCount() {
        return errors.sum();
    }

    /** Latencies (ns) recorded since the previous call; the first call returns the warm-up's. */
    Histogram takeInterval() {
        return latencies.getIntervalHistogram();
    }

    boolean running() {
        return stopped.getCount() > 0;
    }

    void stop() {
        stopped.countDown();
    }

    /** Stops the run because it cannot go on, e.g. the client lost the member. */
    void abort(String reason) {
        abortReason = reason;
        stopped.countDown();
    }

    /** Why the run was aborted, or null. */
    String abortReason() {
        return abortReason;
    }

    /** Waits out {@code period} unless the run stops earlier; returns whether it is still running. */
    boolean runFor(Duration period) throws InterruptedException {
        return !stopped.await(period.toNanos(), TimeUnit.NANOSECONDS);
    }
}
