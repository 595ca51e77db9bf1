package io.alder.client;

import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous view of a distributed queue: every operation sends its request at once and returns a
 * {@link CompletableFuture} that completes with the result, or exceptionally with the failure (a timeout
 * after the client's invocation timeout, an error the cluster reported, a serialization failure). Futures
 * may complete on a client I/O thread: do not block in a callback attached to one, switch to your own
 * executor ({@code thenApplyAsync(fn, executor)}) for slow work.
 *
 * <p>The operations that wait ({@link #put}, {@link #take}, and {@link #offer(Object, long, TimeUnit)} and
 * {@link #poll(long, TimeUnit)} with a timeout) wait on the member, not in the client: the future completes
 * when the item was added or taken, or the timeout passed. They have no deadline beyond their own timeout.
 * Cancelling a future does not cancel the operation on the member.
 *
 * <p>Items are serialized on the calling thread before the call returns, and compared in their serialized
 * form by the cluster. {@code null} items are rejected with a {@link NullPointerException} thrown by the
 * call itself. Sizes and capacities follow 3.12, as {@link AlderQueue} describes.
 *
 * @param <E> the item type
 */
public interface AsyncAlderQueue<E> extends AsyncDistributedObject {

    /** The queue's name. */
    String getName();

    /** Adds an item at the tail if there is room now; completes with whether it was added. */
    CompletableFuture<Boolean> offer(E item);

    /**
     * Adds an item at the tail if there is room now.
     *
     * @return completes with true, or fails with an {@link IllegalStateException} ("Queue is full!")
     */
    CompletableFuture<Boolean> add(E item);

    /**
     * Adds an item at the tail, waiting for room at most {@code timeout} (a negative one waits as long as it
     * takes); completes with whether it was added in time.
     */
    CompletableFuture<Boolean> offer(E item, long timeout, TimeUnit unit);

    /** Adds an item at the tail, waiting for room as long as it takes. */
    CompletableFuture<Void> put(E item);

    /** Takes the item at the head; completes with it, or with null when the queue is empty. */
    CompletableFuture<E> poll();

    /**
     * Takes the item at the head, waiting for one at most {@code timeout} (a negative one waits as long as it
     * takes); completes with the item, or null if none came in time.
     */
    CompletableFuture<E> poll(long timeout, TimeUnit unit);

    /** Takes the item at the head, waiting for one as long as it takes. */
    CompletableFuture<E> take();

    /** Takes the item at the head; fails with a {@link NoSuchElementException} when the queue is empty. */
    CompletableFuture<E> remove();

    /** Reads the item at the head without taking it; completes with null when the queue is empty. */
    CompletableFuture<E> peek();

    /** Reads the item at the head; fails with a {@link NoSuchElementException} when the queue is empty. */
    CompletableFuture<E> element();

    /** Removes the oldest item equal to {@code item}; completes with whether there was one. */
    CompletableFuture<Boolean> remove(Object item);

    CompletableFuture<Boolean> contains(Object item);

    /** Completes with whether every one of {@code items} is in the queue (true for none). */
    CompletableFuture<Boolean> containsAll(Collection<?> items);

    /**
     * Adds every item at the tail if the queue has room for at least one, even beyond its capacity (3.12's
     * rule); completes with whether they were added (true for none).
     */
    CompletableFuture<Boolean> addAll(Collection<? extends E> items);

    /** Removes every item equal to one of {@code items}; completes with whether the queue changed. */
    CompletableFuture<Boolean> removeAll(Collection<?> items);

    /** Removes every item not equal to one of {@code items}; completes with whether the queue changed. */
    CompletableFuture<Boolean> retainAll(Collection<?> items);

    /** Removes every item. */
    CompletableFuture<Void> clear();

    /** The number of items, never more than the capacity (see {@link AlderQueue#size()}). */
    CompletableFuture<Integer> size();

    CompletableFuture<Boolean> isEmpty();

    /** How many more items fit: the capacity ({@link Integer#MAX_VALUE} when unbounded) minus the size. */
    CompletableFuture<Integer> remainingCapacity();

    /** A snapshot of the items, head first (what {@link AlderQueue#iterator()} walks); unmodifiable. */
    CompletableFuture<List<E>> toList();

    /** Takes every item; completes with them, head first. */
    CompletableFuture<List<E>> drain();

    /**
     * Takes at most {@code maxItems} items from the head (every item for a negative number); completes with
     * them, head first.
     */
    CompletableFuture<List<E>> drain(int maxItems);

    /**
     * Registers a listener for the items added to and removed from this queue (see
     * {@link AlderQueue#addItemListener}); completes with the registration id.
     */
    CompletableFuture<String> addItemListener(ItemListener<E> listener, boolean includeValue);

    /** Ends a registration made by {@link #addItemListener}; completes with whether it existed. */
    CompletableFuture<Boolean> removeItemListener(String registrationId);

    /** Destroys the queue on the cluster (see {@link DistributedObject#destroy()}). */
    CompletableFuture<Void> destroy();
}
