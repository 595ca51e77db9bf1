package io.alder.client;

import java.util.concurrent.CompletionStage;

/**
 * The asynchronous view of a topic, plain or reliable: every operation sends its request at once and
 * returns a {@link CompletionStage}. Stages may complete on a client I/O thread: do not block in a
 * callback attached to one. Messages are serialized on the calling thread; {@code null} is rejected with a
 * {@link NullPointerException} thrown by the call itself.
 *
 * @param <E> the message type
 */
public interface AsyncAlderTopic<E> extends AsyncDistributedObject {

    /** The topic's name. */
    String getName();

    /**
     * Publishes a message to every listener registered on the topic, in any client. Messages of one
     * publisher reach every listener in the order they were published.
     */
    CompletionStage<Void> publish(E message);

    /**
     * Registers a listener for the messages published from now on. The stage completes once the
     * registration is in place: a message published after that reaches the listener.
     *
     * @return the registration id, for {@link #removeMessageListener}
     */
    CompletionStage<String> addMessageListener(MessageListener<E> listener);

    /**
     * Ends a registration.
     *
     * @return true if the registration existed
     */
    CompletionStage<Boolean> removeMessageListener(String registrationId);

    /** Destroys the topic on the cluster (see {@link DistributedObject#destroy()}). */
    CompletionStage<Void> destroy();
}
