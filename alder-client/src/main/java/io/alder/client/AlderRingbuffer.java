package io.alder.client;

import java.util.Collection;
import java.util.concurrent.CompletionStage;

/**
 * A ringbuffer: a bounded log of items numbered by sequence, shared by every client that uses its name;
 * adding to a full one drops its oldest item. Readers read by sequence and do not consume anything. This
 * is the blocking view with 3.12's {@code Ringbuffer} methods; {@link #async()} is the same ringbuffer with
 * non-blocking operations. Blocking calls wait at most the client's invocation timeout, except
 * {@link #readOne}, which waits as long as it takes for the next item.
 *
 * @param <E> the item type
 */
public interface AlderRingbuffer<E> extends DistributedObject {

    /** The same ringbuffer, with operations that return {@link CompletionStage}s. */
    AsyncAlderRingbuffer<E> async();

    long capacity();

    long size();

    long tailSequence();

    long headSequence();

    long remainingCapacity();

    /**
     * Adds an item, overwriting the oldest when full.
     *
     * @return its sequence
     */
    long add(E item);

    /** Adds an item (see {@link AsyncAlderRingbuffer#add}). */
    CompletionStage<Long> addAsync(E item, OverflowPolicy overflowPolicy);

    /**
     * Reads one item, waiting as long as it takes if it is the next one to be added (see
     * {@link AsyncAlderRingbuffer#readOne}).
     *
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    E readOne(long sequence) throws InterruptedException;

    /** Adds the items in order (see {@link AsyncAlderRingbuffer#addAll}). */
    CompletionStage<Long> addAllAsync(Collection<? extends E> items, OverflowPolicy overflowPolicy);

    /** Reads a batch of items, waiting for a minimum (see {@link AsyncAlderRingbuffer#readMany}). */
    CompletionStage<ReadResultSet<E>> readManyAsync(long startSequence, int minCount, int maxCount);
}
