package io.alder.compat;

import com.hazelcast.core.IFunction;
import java.util.concurrent.CompletableFuture;

/**
 * One reference as either Java client sees it: every method stands for the method of the same name of 3.12's
 * {@code IAtomicReference} and of Alder's {@code AlderAtomicReference}, and behaves as they do;
 * {@link ClientViews} forwards the calls. Functions and {@code xAsync} methods as in {@link AtomicLongView}.
 *
 * @param <E> the value type
 */
public interface AtomicReferenceView<E> extends ClientView {

    String getName();

    E get();

    void set(E newValue);

    E getAndSet(E newValue);

    E setAndGet(E update);

    boolean compareAndSet(E expect, E update);

    boolean isNull();

    void clear();

    boolean contains(E value);

    void alter(IFunction<E, E> function);

    E alterAndGet(IFunction<E, E> function);

    E getAndAlter(IFunction<E, E> function);

    <R> R apply(IFunction<E, R> function);

    void destroy();

    CompletableFuture<E> getAsync();

    CompletableFuture<Boolean> isNullAsync();

    CompletableFuture<Boolean> containsAsync(E value);
}
