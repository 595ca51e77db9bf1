package io.alder.client.internal.connection;

import io.alder.protocol.ClientMessage;

/**
 * Receives the events of one listener registration on one connection: the frames with the event flag and
 * the correlation id of the registration request. Called on the connection's I/O thread, so it only hands
 * the event over to an event thread; it takes ownership of the message.
 */
@FunctionalInterface
public interface EventSink {

    void onEvent(ClientMessage event);
}
