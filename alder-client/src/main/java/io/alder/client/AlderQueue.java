package io.alder.client;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A distributed queue: items leave in the order they came, and every client that asks for the same name
 * works on the same queue, which lives on the member that owns the partition of its name. This is the
 * blocking view; {@link #async()} is the same queue with non-blocking operations, which this view waits for.
 *
 * <p>A queue may be bounded by the cluster's configuration (3.12's queue {@code max-size}); an unbounded queue
 * reports a capacity of {@link Integer#MAX_VALUE}. {@link #offer(Object)} and {@link #add} do not wait for
 * room, {@link #offer(Object, long, TimeUnit)} waits at most its timeout and {@link #put} as long as it
 * takes; likewise {@link #poll()} does not wait for an item, {@link #poll(long, TimeUnit)} waits at most its
 * timeout and {@link #take} as long as it takes. The waiting happens on the member, in arrival order: the
 * calling thread just waits for the answer, which an interrupt stops waiting for (the operation itself
 * then still completes on the member, so an item may be taken for a caller that stopped waiting, as with
 * 3.12).
 *
 * <p>Every other call blocks the calling thread until the cluster answered, for at most the client's
 * invocation timeout. Failures are thrown as they are: the exception the cluster reported (for instance
 * 3.12's {@code DistributedObjectDestroyedException} to callers waiting in a queue that is destroyed), or
 * the client's own (a timeout, a serialization failure).
 *
 * <p>Items are compared in serialized form: {@link #contains}, {@link #remove(Object)} and the bulk
 * operations treat two items as equal when their serialized bytes are. {@code null} items are rejected
 * with a {@link NullPointerException}. {@link #iterator()} and {@link #toArray()} are snapshots that cannot
 * change the queue. Views that {@link Collection} builds on the iterator, such as {@code removeIf}, cannot
 * change it either.
 *
 * @param <E> the item type
 */
public interface AlderQueue<E> extends BlockingQueue<E>, DistributedObject {

    /** The same queue, with operations that return {@link java.util.concurrent.CompletableFuture}s. */
    AsyncAlderQueue<E> async();

    /**
     * Adds an item at the tail if there is room now.
     *
     * @return whether the item was added: false when the queue is full
     */
    @Override
    boolean offer(E item);

    /**
     * Adds an item at the tail if there is room now.
     *
     * @return true
     * @throws IllegalStateException ("Queue is full!") when the queue is full
     */
    @Override
    boolean add(E item);

    /**
     * Adds an item at the tail, waiting for room at most {@code timeout} (a negative one waits as long as
     * it takes; a positive one shorter than a millisecond counts as one).
     *
     * @return whether the item was added in time
     */
    @Override
    boolean offer(E item, long timeout, TimeUnit unit) throws InterruptedException;

    /** Adds an item at the tail, waiting for room as long as it takes. */
    @Override
    void put(E item) throws InterruptedException;

    /**
     * Takes the item at the head if there is one.
     *
     * @return the item, or null when the queue is empty
     */
    @Override
    E poll();

    /**
     * Takes the item at the head, waiting for one at most {@code timeout} (a negative one waits as long as
     * it takes).
     *
     * @return the item, or null if none came in time
     */
    @Override
    E poll(long timeout, TimeUnit unit) throws InterruptedException;

    /** Takes the item at the head, waiting for one as long as it takes. */
    @Override
    E take() throws InterruptedException;

    /**
     * Takes the item at the head.
     *
     * @throws NoSuchElementException ("Queue is empty!") when the queue is empty
     */
    @Override
    E remove();

    /**
     * Reads the item at the head without taking it.
     *
     * @throws NoSuchElementException ("Queue is empty!") when the queue is empty
     */
    @Override
    E element();

    /**
     * The number of items, as 3.12 reports it: never more than the capacity, even when {@link #addAll}
     * filled the queue beyond it.
     */
    @Override
    int size();

    /** How many more items fit: the capacity minus {@link #size()}. */
    @Override
    int remainingCapacity();

    /**
     * Adds every item at the tail, as 3.12 does: if the queue has room for at least one item, all of them
     * are added, even beyond its capacity; if it is full, none is.
     *
     * @return whether the items were added (true for an empty collection)
     */
    @Override
    boolean addAll(Collection<? extends E> items);

    /** Removes every item equal to one of {@code items}; returns whether the queue changed. */
    @Override
    boolean removeAll(Collection<?> items);

    /** Removes every item not equal to one of {@code items}; returns whether the queue changed. */
    @Override
    boolean retainAll(Collection<?> items);

    /** A snapshot of the items, head first; its {@code remove} is not supported. */
    @Override
    Iterator<E> iterator();

    /** Takes every item, head first, and adds them to {@code target}; returns how many. */
    @Override
    int drainTo(Collection<? super E> target);

    /**
     * Takes at most {@code maxItems} items from the head (every item for a negative number, as 3.12 does),
     * and adds them to {@code target}; returns how many.
     */
    @Override
    int drainTo(Collection<? super E> target, int maxItems);

    /**
     * Registers a listener for the items added to and removed from this queue, by any client. The
     * registration follows the client across reconnections.
     *
     * @param includeValue whether events carry the item; without it the cluster sends less
     * @return the registration id, for {@link #removeItemListener}
     */
    String addItemListener(ItemListener<E> listener, boolean includeValue);

    /**
     * Ends a registration made by {@link #addItemListener}.
     *
     * @return true if the registration existed
     */
    boolean removeItemListener(String registrationId);
}
