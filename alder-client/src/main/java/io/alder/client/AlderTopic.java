package io.alder.client;

/**
 * A topic: messages published by any client reach every listener registered on it, each publisher's in
 * publish order. {@link AlderClient#getTopic} gives the plain topic, whose member pushes each message to
 * the listeners registered at that moment; {@link AlderClient#getReliableTopic} the reliable one, which
 * keeps messages in a ringbuffer that each listener reads at its own pace. This is the blocking view;
 * {@link #async()} is the same topic with non-blocking operations, which this view waits for (at most the
 * client's invocation timeout).
 *
 * @param <E> the message type
 */
public interface AlderTopic<E> extends DistributedObject {

    /** The same topic, with operations that return {@link java.util.concurrent.CompletionStage}s. */
    AsyncAlderTopic<E> async();

    /** Publishes a message (see {@link AsyncAlderTopic#publish}). */
    void publish(E message);

    /**
     * Registers a listener for the messages published from now on; a {@link ReliableMessageListener} on a
     * reliable topic decides where it starts and how it handles falling behind.
     *
     * @return the registration id, for {@link #removeMessageListener}
     */
    String addMessageListener(MessageListener<E> listener);

    /**
     * Ends a registration.
     *
     * @return true if the registration existed
     */
    boolean removeMessageListener(String registrationId);
}
