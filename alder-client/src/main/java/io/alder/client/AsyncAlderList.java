package io.alder.client;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous view of a distributed list: the operations of {@link AsyncAlderCollection}, and the index
 * operations of {@link AlderList}, whose rules they follow; an index out of range fails the future with the
 * member's {@link IndexOutOfBoundsException} (or {@link IllegalArgumentException}).
 *
 * @param <E> the item type
 */
public interface AsyncAlderList<E> extends AsyncAlderCollection<E> {

    /** Completes with the item at {@code index}. */
    CompletableFuture<E> get(int index);

    /** Replaces the item at {@code index}, even in a full list; completes with the one it held. */
    CompletableFuture<E> set(int index, E item);

    /** Inserts an item at {@code index} (a negative index: at the end) if there is room for it. */
    CompletableFuture<Void> add(int index, E item);

    /**
     * Inserts every item at {@code index} if there is room for all of them; completes with whether the list
     * changed.
     */
    CompletableFuture<Boolean> addAll(int index, Collection<? extends E> items);

    /** Removes the item at {@code index}; completes with it. */
    CompletableFuture<E> remove(int index);

    /** Completes with the index of the first item equal to {@code item}, or -1. */
    CompletableFuture<Integer> indexOf(Object item);

    /** Completes with the index of the last item equal to {@code item}, or -1. */
    CompletableFuture<Integer> lastIndexOf(Object item);

    /** Completes with the items from {@code from} to {@code to} (exclusive); unmodifiable. */
    CompletableFuture<List<E>> subList(int from, int to);

    /**
     * Completes with the items from {@code fromIndex} on (-1: all of them), what
     * {@link AlderList#listIterator(int)} walks; unmodifiable.
     */
    CompletableFuture<List<E>> toList(int fromIndex);
}
