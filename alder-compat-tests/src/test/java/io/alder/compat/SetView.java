package io.alder.compat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One set as either Java client sees it, so that each scenario is written once and runs with both. 3.12's
 * {@code ISet} and Alder's {@code AlderSet} are both {@link Set}s, and so is this view: every method stands for
 * the method of the same name and parameters of the client's set, and behaves as it does; {@link ClientViews}
 * forwards the calls. Beyond Set, it has the methods of {@link CollectionView}, and
 * {@code xAsync} methods, which only Alder's client has: they return what Alder's {@code set.async().x} returns.
 *
 * @param <E> the item type
 */
public interface SetView<E> extends Set<E>, CollectionView<E> {

    /** Alder only. */
    CompletableFuture<Boolean> addAsync(E item);

    /** Alder only. */
    CompletableFuture<Boolean> addAllAsync(Collection<? extends E> items);

    /** Alder only. */
    CompletableFuture<Boolean> containsAsync(Object item);

    /** Alder only. */
    CompletableFuture<Boolean> removeAsync(Object item);

    /** Alder only. */
    CompletableFuture<Integer> sizeAsync();

    /** Alder only: a snapshot of the items. */
    CompletableFuture<List<E>> toListAsync();
}
