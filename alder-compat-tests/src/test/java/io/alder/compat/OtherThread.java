package io.alder.compat;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** One thread other than the test's, always the same one: a second lock owner within one client. */
final class OtherThread implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread other = new Thread(runnable, "other-lock-owner");
        other.setDaemon(true);
        return other;
    });

    /** Starts {@code call} on the other thread. */
    <T> CompletableFuture<T> start(Callable<T> call) {
        return startOn(thread, call);
    }

    /** Starts {@code call} on {@code threads}; what it throws fails the future. */
    static <T> CompletableFuture<T> startOn(Executor threads, Callable<T> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, threads);
    }

    /** Runs {@code call} on the other thread and waits for its result; its failure is rethrown as it is. */
    <T> T call(Callable<T> call) {
        try {
            return start(call).get(CompatSuite.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code action} on the other thread and waits for it. */
    void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
