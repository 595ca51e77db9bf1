package io.alder.client;

/**
 * A listener of a reliable topic that controls where it starts reading and what happens when it falls
 * behind, as 3.12's {@code ReliableMessageListener}. The defaults are those 3.12 gives a plain
 * {@link MessageListener}: start after the newest message, do not tolerate loss (a listener that the
 * topic's ringbuffer overtook is stopped), and keep going when {@link #onMessage} throws.
 *
 * @param <E> the message type
 */
public interface ReliableMessageListener<E> extends MessageListener<E> {

    /**
     * The sequence of the first message to read, or -1 to start with the next message published (the
     * ringbuffer's tail sequence plus one).
     */
    default long retrieveInitialSequence() {
        return -1;
    }

    /** Called with each message's sequence before {@link #onMessage}, so that a listener can resume there. */
    default void storeSequence(long sequence) {
    }

    /**
     * Whether the listener may skip messages: when the ringbuffer has overwritten (or expired) the
     * messages it has not read yet, a loss-tolerant listener goes on with the oldest message still there;
     * any other listener is stopped.
     */
    default boolean isLossTolerant() {
        return false;
    }

    /** Whether an exception {@link #onMessage} threw stops the listener. */
    default boolean isTerminal(Throwable failure) {
        return false;
    }
}
