package io.alder.client;

/**
 * Receives the messages of a topic. Called on one of the client's event threads (a reliable topic's
 * on one of its listener threads), one message at a time per registration: it should not block for long.
 *
 * @param <E> the message type
 */
@FunctionalInterface
public interface MessageListener<E> {

    void onMessage(Message<E> message);
}
