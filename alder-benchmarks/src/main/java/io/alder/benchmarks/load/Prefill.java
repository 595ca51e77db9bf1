package io.alder.benchmarks.load;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/** Makes a number of asynchronous calls once, with a bounded number in flight, before the load starts. */
final class Prefill {

    private static final int IN_FLIGHT = 256;

    private Prefill() {
    }

    /**
     * Starts {@code call.apply(i)} for every {@code i} below {@code count} and returns once all of them
     * succeeded; throws if any failed or they did not finish in time.
     */
    static void run(int count, IntFunction<PendingCall> call, long timeoutMillis) throws InterruptedException {
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
        for (int i = 0; i < count && firstFailure.get() == null; i++) {
            slots.acquire();
            call.apply(i).whenDone(release);
        }
        if (!slots.tryAcquire(IN_FLIGHT, timeoutMillis, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("pre-fill did not finish within " + timeoutMillis + " ms");
        }
        if (firstFailure.get() != null) {
            throw new IllegalStateException("pre-fill failed: " + firstFailure.get(), firstFailure.get());
        }
    }
}
