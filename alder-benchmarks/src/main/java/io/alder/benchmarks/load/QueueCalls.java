package io.alder.benchmarks.load;

import java.util.List;

/**
 * The calls a queue load makes on one queue, through one client. Thread-safe, and failing, like
 * {@link MapCalls}.
 */
interface QueueCalls {

    /** Appends {@code items} in one call, for pre-filling. */
    void addAll(List<byte[]> items);

    /** Appends an item and waits for the answer. */
    void offer(byte[] item);

    /** Takes the head item, if there is one (an empty queue answers at once), and waits for the answer. */
    void poll();

    /**
     * Starts appending an item.
     *
     * @throws UnsupportedOperationException if the client has no asynchronous queue calls (see
     *     {@link Structure#hasAsyncCalls})
     */
    PendingCall offerAsync(byte[] item);

    /**
     * Starts taking the head item.
     *
     * @throws UnsupportedOperationException if the client has no asynchronous queue calls
     */
    PendingCall pollAsync();
}
