package io.alder.client;

import java.util.Set;

/**
 * A distributed set (3.12's {@code ISet}): no two items of it have the same serialized bytes. It keeps no
 * order its users can rely on (an Alder member iterates in the order items were added; a 3.12 member in
 * an order of its own). See {@link AlderCollection} for what every distributed collection does; this is the
 * blocking view, {@link #async()} the asynchronous one.
 *
 * <p>As in 3.12, {@link #addAll} into a bounded set counts every item given against the bound, those the set
 * holds already included, and a listener hears an ADDED event for every given item the set did not hold
 * before, so an item given twice is heard twice (and stored once).
 *
 * <p>{@code equals} and {@code hashCode} are those of the object, as for 3.12's proxies: the client keeps one
 * per name.
 *
 * @param <E> the item type
 */
public interface AlderSet<E> extends Set<E>, AlderCollection<E> {

    /** The same set, with operations that return {@link java.util.concurrent.CompletableFuture}s. */
    @Override
    AsyncAlderSet<E> async();
}
