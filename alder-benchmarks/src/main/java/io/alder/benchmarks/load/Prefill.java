package io.alder.benchmarks.load;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Puts every key of a workload once, with a bounded number of puts in flight, before the load starts. */
final class Prefill {

    private static final int IN_FLIGHT = 256;

    private Prefill() {
    }

    /** Returns once every key holds the value; throws if any put failed or they did not finish in time. */
    static void run(Workload workload, long timeoutMillis) throws InterruptedException {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        CallListener release = new CallListener() {
            @Override
            public void succeeded() {
                slots.release();
            }

            @Override
            public void failed(Throwable cause) {
                firstFailure.compareAndSet(null, cause);
                slots.release();
            }
        };
        for (int i = 0; i < workload.keyCount() && firstFailure.get() == null; i++) {
            slots.acquire();
            workload.putAsync(i).whenDone(release);
        }
        if (!slots.tryAcquire(IN_FLIGHT, timeoutMillis, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("pre-fill did not finish within " + timeoutMillis + " ms");
        }
        if (firstFailure.get() != null) {
            throw new IllegalStateException("pre-fill failed: " + firstFailure.get(), firstFailure.get());
        }
    }
}
