package io.alder.benchmarks.load;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps {@code depth} asynchronous calls in flight until the run stops: a new call starts as soon as
 * one completes. Completions run directly on the client thread that completes the call; they only
 * record and release a permit.
 */
final class AsyncWorker implements Runnable {

    /** How often a worker waiting for a free slot checks whether the run stopped. */
    private static final long STOP_CHECK_MILLIS = 100;

    private final Workload workload;
    private final LoadRecorder recorder;
    private final int depth;
    private final Semaphore slots;
    private final long drainTimeoutMillis;

    /**
     * @param drainTimeoutMillis how long to wait, after the run stops, for the calls still in flight
     */
    AsyncWorker(Workload workload, LoadRecorder recorder, int depth, long drainTimeoutMillis) {
        this.workload = workload;
        this.recorder = recorder;
        this.depth = depth;
        this.slots = new Semaphore(depth);
        this.drainTimeoutMillis = drainTimeoutMillis;
    }

    @Override
    public void run() {
        try {
            while (recorder.running()) {
                if (slots.tryAcquire(STOP_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    start();
                }
            }
            slots.tryAcquire(depth, drainTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void start() {
        long start = System.nanoTime();
        try {
            workload.callAsync().whenDone(new Completion(start));
        } catch (RuntimeException e) {
            recorder.failure();
            slots.release();
        }
    }

    /** Records one call's outcome and frees its slot. */
    private final class Completion implements CallListener {
        private final long start;

        Completion(long start) {
            this.start = start;
        }

        @Override
        public void succeeded() {
            recorder.success(start);
            slots.release();
        }

        @Override
        public void failed(Throwable cause) {
            recorder.failure();
            slots.release();
        }
    }
}
