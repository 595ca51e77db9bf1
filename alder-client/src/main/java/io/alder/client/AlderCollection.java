package io.alder.client;

import java.util.Collection;
import java.util.Iterator;

/**
 * What distributed sets and lists share (3.12's {@code ICollection}): a collection that lives in the cluster,
 * on the member that owns the partition of its name, and that every client asking for the same name works
 * on. This is the blocking view; {@link #async()} is the same collection with non-blocking operations, which
 * this view waits for.
 *
 * <p>Every call blocks the calling thread until the cluster answered, for at most the client's invocation
 * timeout. Failures are thrown as they are: the exception the cluster reported, or the client's own (a
 * timeout, a serialization failure).
 *
 * <p>Items are compared in serialized form: {@link #contains}, {@link #remove(Object)} and the bulk
 * operations treat two items as equal when their serialized bytes are. {@code null} items are rejected with a
 * {@link NullPointerException}. {@link #iterator()} and {@link #toArray()} are snapshots that cannot change the
 * collection; views that {@link Collection} builds on the iterator, such as {@code removeIf}, cannot change it
 * either.
 *
 * <p>A collection may be bounded by the cluster's configuration (3.12's {@code max-size}). As in 3.12, an
 * operation that adds {@code n} items is refused whole, answering false rather than throwing, unless the
 * size plus {@code n} stays within the bound.
 *
 * @param <E> the item type
 */
public interface AlderCollection<E> extends Collection<E>, DistributedObject {

    /** The same collection, with operations that return {@link java.util.concurrent.CompletableFuture}s. */
    AsyncAlderCollection<E> async();

    /**
     * Adds an item.
     *
     * @return whether it was added: false when the collection is full (or, for a set, holds it already)
     */
    @Override
    boolean add(E item);

    /**
     * Adds every item if there is room for all of them, counted as given.
     *
     * @return whether the collection changed; false when it is full, and for an empty collection of items
     */
    @Override
    boolean addAll(Collection<? extends E> items);

    /** Removes every item equal to one of {@code items}; returns whether the collection changed. */
    @Override
    boolean removeAll(Collection<?> items);

    /** Removes every item not equal to one of {@code items}; returns whether the collection changed. */
    @Override
    boolean retainAll(Collection<?> items);

    /** A snapshot of the items; its {@code remove} is not supported. */
    @Override
    Iterator<E> iterator();

    /**
     * Registers a listener for the items added to and removed from this collection, by any client. The
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
