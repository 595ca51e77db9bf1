package io.alder.compat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks that stand for clients at once, one thread each, and fails with what any of them threw. */
final class Concurrently {

    private Concurrently() {
    }

    /** Runs every task on a thread of its own and waits for all of them, at most {@code patience}. */
    static void run(List<Callable<Void>> tasks, Duration patience) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            for (Future<Void> done : threads.invokeAll(tasks, patience.toSeconds(), TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
