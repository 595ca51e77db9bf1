package io.alder.compat;

import com.hazelcast.core.IFunction;
import java.util.concurrent.CompletableFuture;

/**
 * One counter as either Java client sees it, so that each scenario is written once and runs with both. Every
 * method stands for the method of the same name of 3.12's {@code IAtomicLong} and of Alder's
 * {@code AlderAtomicLong}, and behaves as they do; {@link ClientViews} forwards the calls. Functions are 3.12
 * {@code IFunction}s, which Alder's client sends as any other object. {@code xAsync} methods return a
 * CompletableFuture: 3.12's {@code IAtomicLong.xAsync}, Alder's {@code counter.async().x}.
 */
public interface AtomicLongView extends ClientView {

    String getName();

    long get();

    void set(long newValue);

    long getAndSet(long newValue);

    long addAndGet(long delta);

    long getAndAdd(long delta);

    long incrementAndGet();

    long decrementAndGet();

    long getAndIncrement();

    boolean compareAndSet(long expect, long update);

    void alter(IFunction<Long, Long> function);

    long alterAndGet(IFunction<Long, Long> function);

    long getAndAlter(IFunction<Long, Long> function);

    <R> R apply(IFunction<Long, R> function);

    void destroy();

    CompletableFuture<Long> getAsync();

    CompletableFuture<Long> addAndGetAsync(long delta);

    CompletableFuture<Long> incrementAndGetAsync();

    CompletableFuture<Boolean> compareAndSetAsync(long expect, long update);
}
