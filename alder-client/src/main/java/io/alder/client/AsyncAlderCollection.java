package io.alder.client;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the asynchronous views of distributed sets and lists share: every operation sends its request at once
 * and returns a {@link CompletableFuture} that completes with the result, or exceptionally with the failure (a
 * timeout after the client's invocation timeout, an error the cluster reported, a serialization failure).
 * Futures may complete on a client I/O thread: do not block in a callback attached to one, switch to your
 * own executor ({@code thenApplyAsync(fn, executor)}) for slow work. Nothing here waits on the member.
 *
 * <p>Items are serialized on the calling thread before the call returns, and compared in their serialized
 * form by the cluster. {@code null} items are rejected with a {@link NullPointerException} thrown by the call
 * itself. Bounds follow 3.12, as {@link AlderCollection} describes.
 *
 * @param <E> the item type
 */
public interface AsyncAlderCollection<E> extends AsyncDistributedObject {

    /**
     * Adds an item; completes with whether it was added (false when the collection is full or, for a set,
     * holds it already).
     */
    CompletableFuture<Boolean> add(E item);

    /**
     * Adds every item if there is room for all of them, counted as given; completes with whether the
     * collection changed (false for none).
     */
    CompletableFuture<Boolean> addAll(Collection<? extends E> items);

    /** Removes the first item equal to {@code item}; completes with whether there was one. */
    CompletableFuture<Boolean> remove(Object item);

    /** Removes every item equal to one of {@code items}; completes with whether the collection changed. */
    CompletableFuture<Boolean> removeAll(Collection<?> items);

    /** Removes every item not equal to one of {@code items}; completes with whether the collection changed. */
    CompletableFuture<Boolean> retainAll(Collection<?> items);

    /** Removes every item. */
    CompletableFuture<Void> clear();

    CompletableFuture<Boolean> contains(Object item);

    /** Completes with whether every one of {@code items} is in the collection (true for none). */
    CompletableFuture<Boolean> containsAll(Collection<?> items);

    CompletableFuture<Integer> size();

    CompletableFuture<Boolean> isEmpty();

    /** A snapshot of the items (what {@link AlderCollection#iterator()} walks); unmodifiable. */
    CompletableFuture<List<E>> toList();

    /**
     * Registers a listener for the items added to and removed from this collection (see
     * {@link AlderCollection#addItemListener}); completes with the registration id.
     */
    CompletableFuture<String> addItemListener(ItemListener<E> listener, boolean includeValue);

    /** Ends a registration made by {@link #addItemListener}; completes with whether it existed. */
    CompletableFuture<Boolean> removeItemListener(String registrationId);

    /** Destroys the collection on the cluster (see {@link DistributedObject#destroy()}). */
    @Override
    CompletableFuture<Void> destroy();
}
