package io.alder.compat;

import com.hazelcast.ringbuffer.OverflowPolicy;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * One ringbuffer as either Java client sees it, so that each scenario is written once and runs with both.
 * Every method stands for the method of the same name and parameters of 3.12's {@code Ringbuffer} and of
 * Alder's {@code AlderRingbuffer}, and behaves as they do; {@link ClientViews} forwards the calls. Where the
 * two APIs differ, the view has one form for both:
 * <ul>
 *   <li>overflow policies are 3.12's, which Alder's client has a copy of;</li>
 *   <li>read results are {@link SeenReadResult}s;</li>
 *   <li>{@code xAsync} methods return a CompletableFuture: 3.12's {@code Ringbuffer.xAsync}, Alder's
 *       {@code ringbuffer.async().x}; {@code readManyAsync} reads without a filter. The ones marked "Alder
 *       only" have no 3.12 counterpart.</li>
 * </ul>
 *
 * @param <E> the item type
 */
public interface RingbufferView<E> extends ClientView {

    String getName();

    long capacity();

    long size();

    long tailSequence();

    long headSequence();

    long remainingCapacity();

    long add(E item);

    E readOne(long sequence) throws InterruptedException;

    void destroy();

    CompletableFuture<Long> addAsync(E item, OverflowPolicy overflowPolicy);

    CompletableFuture<Long> addAllAsync(Collection<? extends E> items, OverflowPolicy overflowPolicy);

    CompletableFuture<SeenReadResult<E>> readManyAsync(long startSequence, int minCount, int maxCount);

    /** Alder only. */
    CompletableFuture<Long> sizeAsync();

    /** Alder only. */
    CompletableFuture<E> readOneAsync(long sequence);
}
