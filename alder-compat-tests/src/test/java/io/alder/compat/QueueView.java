package io.alder.compat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One queue as either Java client sees it, so that each scenario is written once and runs with both. 3.12's
 * {@code IQueue} and Alder's {@code AlderQueue} are both {@link BlockingQueue}s, and so is this view: every
 * method stands for the method of the same name and parameters of the client's queue, and behaves as it does;
 * {@link ClientViews} forwards the calls. Beyond BlockingQueue:
 * <ul>
 *   <li>item listeners are {@link RecordingItemListener}s;</li>
 *   <li>the {@code xAsync} methods, which only Alder's client has, return what Alder's {@code queue.async().x}
 *       returns.</li>
 * </ul>
 *
 * @param <E> the item type
 */
public interface QueueView<E> extends BlockingQueue<E>, ClientView {

    String getName();

    String addItemListener(RecordingItemListener listener, boolean includeValue);

    boolean removeItemListener(String registrationId);

    void destroy();

    /** Alder only. */
    CompletableFuture<Boolean> offerAsync(E item);

    /** Alder only. */
    CompletableFuture<Void> putAsync(E item);

    /** Alder only. */
    CompletableFuture<E> pollAsync(long timeout, TimeUnit unit);

    /** Alder only. */
    CompletableFuture<E> takeAsync();

    /** Alder only: a snapshot of the items, head first. */
    CompletableFuture<List<E>> toListAsync();

    /** Alder only: takes every item. */
    CompletableFuture<List<E>> drainAsync();
}
