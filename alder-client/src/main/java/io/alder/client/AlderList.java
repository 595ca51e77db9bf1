package io.alder.client;

import java.util.Collection;
import java.util.List;
import java.util.ListIterator;

/**
 * A distributed list (3.12's {@code IList}): items in order, equal ones repeating. See {@link AlderCollection}
 * for what every distributed collection does; this is the blocking view, {@link #async()} the asynchronous
 * one.
 *
 * <p><b>Indexes</b> are checked by the member: an index out of range fails with the
 * {@link IndexOutOfBoundsException} a 3.12 member reports (or, for a range that ends before it starts, its
 * {@link IllegalArgumentException}), with the member's message, and changes nothing.
 *
 * <p><b>Snapshots.</b> {@link #iterator()}, {@link #listIterator(int)} and {@link #subList} return copies
 * that cannot change the list, as 3.12's do; {@code listIterator(index)} walks the items from {@code index}
 * on, and, like 3.12's, counts its indexes from there: its {@code nextIndex()} starts at 0 and it cannot go
 * back before {@code index}. {@code equals} and {@code hashCode} are those of the object, as for 3.12's
 * proxies: the client keeps one per name.
 *
 * <p><b>3.12's rules kept.</b> In a full bounded list {@link #add(Object)} answers false and
 * {@link #add(int, Object)} does nothing at all, while {@link #set} still replaces. A negative index to
 * {@code add(index, item)} adds at the end. A listener hears {@link #set} as the old item's removal and the
 * new one's addition, and {@link #remove(int)} as a removal without the item, even when the index was out of
 * range.
 *
 * @param <E> the item type
 */
public interface AlderList<E> extends List<E>, AlderCollection<E> {

    /** The same list, with operations that return {@link java.util.concurrent.CompletableFuture}s. */
    @Override
    AsyncAlderList<E> async();

    /**
     * Adds an item at the end.
     *
     * @return whether it was added: false when the list is full
     */
    @Override
    boolean add(E item);

    /**
     * Inserts an item at {@code index} (a negative index: at the end), if the list has room for it; in a full
     * list nothing happens.
     */
    @Override
    void add(int index, E item);

    /**
     * Inserts every item at {@code index}, in their order, if there is room for all of them.
     *
     * @return whether the list changed; false when it is full, and for an empty collection of items
     */
    @Override
    boolean addAll(int index, Collection<? extends E> items);

    /** Replaces the item at {@code index}, even in a full list, and returns the one it held. */
    @Override
    E set(int index, E item);

    /** A snapshot of the items, first to last; its {@code remove} and {@code set} are not supported. */
    @Override
    ListIterator<E> listIterator();

    /**
     * A snapshot of the items from {@code index} on (-1: all of them), whose indexes count from there, as
     * 3.12's; it supports no changes.
     */
    @Override
    ListIterator<E> listIterator(int index);

    /** A snapshot of the items from {@code from} to {@code to} (exclusive); unmodifiable. */
    @Override
    List<E> subList(int from, int to);
}
