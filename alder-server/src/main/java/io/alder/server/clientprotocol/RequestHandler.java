package io.alder.server.clientprotocol;

import io.alder.protocol.ClientMessage;

/** Serves one message type. */
@FunctionalInterface
public interface RequestHandler {

    /**
     * Handles a request on the connection's I/O thread. It must not block and must not keep the request
     * after returning (the caller releases it); it answers now or later through the connection.
     * Exceptions it throws are sent to the client as an error response.
     */
    void handle(ClientMessage request, ClientConnection connection);
}
