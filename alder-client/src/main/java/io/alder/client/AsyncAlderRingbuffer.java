package io.alder.client;

import java.util.Collection;
import java.util.concurrent.CompletionStage;

/**
 * The asynchronous view of a ringbuffer: every operation sends its request at once and returns a
 * {@link CompletionStage}. Stages may complete on a client I/O thread: do not block in a callback attached
 * to one. Items are serialized on the calling thread; {@code null} is rejected with a
 * {@link NullPointerException} thrown by the call itself.
 *
 * <p>Reads that wait for items ({@link #readOne} of the next sequence, {@link #readMany} with a minimum)
 * wait as long as it takes, with no deadline.
 *
 * @param <E> the item type
 */
public interface AsyncAlderRingbuffer<E> extends AsyncDistributedObject {

    /** The ringbuffer's name. */
    String getName();

    /** How many items it can hold. */
    CompletionStage<Long> capacity();

    /** How many items it holds. */
    CompletionStage<Long> size();

    /** The sequence of the newest item; -1 if nothing was ever added. */
    CompletionStage<Long> tailSequence();

    /** The sequence of the oldest item held; the tail sequence plus one when it holds none. */
    CompletionStage<Long> headSequence();

    /**
     * The room left for {@link OverflowPolicy#FAIL} adds: the capacity minus the unexpired items with a
     * time to live, the whole capacity without one.
     */
    CompletionStage<Long> remainingCapacity();

    /**
     * Adds an item.
     *
     * @return its sequence, or -1 if {@code overflowPolicy} is FAIL and there is no room
     */
    CompletionStage<Long> add(E item, OverflowPolicy overflowPolicy);

    /**
     * Adds the items in order.
     *
     * @return the sequence of the last one, or -1 if {@code overflowPolicy} is FAIL and there is no room for
     *     all of them
     * @throws IllegalArgumentException if there are none or more than 1000
     */
    CompletionStage<Long> addAll(Collection<? extends E> items, OverflowPolicy overflowPolicy);

    /**
     * Reads one item, waiting for it if it is the next one to be added. Fails with a
     * {@link StaleSequenceException} if it is older than the head, an {@link IllegalArgumentException} if
     * it is past the next one.
     *
     * @throws IllegalArgumentException if {@code sequence} is negative
     */
    CompletionStage<E> readOne(long sequence);

    /**
     * Reads up to {@code maxCount} items from {@code startSequence} on, waiting until at least
     * {@code minCount} are there (with {@code minCount} 0, answers at once with what there is). Fails like
     * {@link #readOne} for a start out of range.
     *
     * @throws IllegalArgumentException if the sequence is negative, {@code minCount} negative, or
     *     {@code maxCount} smaller than {@code minCount} or larger than 1000
     */
    CompletionStage<ReadResultSet<E>> readMany(long startSequence, int minCount, int maxCount);

    /** Destroys the ringbuffer on the cluster (see {@link DistributedObject#destroy()}). */
    CompletionStage<Void> destroy();
}
