package io.alder.compat;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One list as either Java client sees it, so that each scenario is written once and runs with both. 3.12's
 * {@code IList} and Alder's {@code AlderList} are both {@link List}s, and so is this view: every method stands
 * for the method of the same name and parameters of the client's list, and behaves as it does;
 * {@link ClientViews} forwards the calls. Beyond List, it has the methods of {@link CollectionView}, and
 * {@code xAsync} methods, which only Alder's client has: they return what Alder's {@code list.async().x} returns.
 *
 * @param <E> the item type
 */
public interface ListView<E> extends List<E>, CollectionView<E> {

    /** Alder only. */
    CompletableFuture<Boolean> addAsync(E item);

    /** Alder only. */
    CompletableFuture<Void> addAsync(int index, E item);

    /** Alder only. */
    CompletableFuture<Boolean> addAllAsync(int index, Collection<? extends E> items);

    /** Alder only. */
    CompletableFuture<E> getAsync(int index);

    /** Alder only. */
    CompletableFuture<E> setAsync(int index, E item);

    /** Alder only. */
    CompletableFuture<E> removeAsync(int index);

    /** Alder only. */
    CompletableFuture<Integer> indexOfAsync(Object item);

    /** Alder only. */
    CompletableFuture<List<E>> subListAsync(int from, int to);

    /** Alder only: a snapshot of the items. */
    CompletableFuture<List<E>> toListAsync();
}
