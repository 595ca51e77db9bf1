package io.alder.client.internal.connection;

import io.alder.protocol.ClientMessage;

/**
 * What waits for the answer to one request sent on a connection. Called on the connection's I/O thread;
 * implementations must not block. Every attempt gets exactly one of the two calls, unless the connection
 * is told to {@link Connection#forget forget} it.
 */
public interface PendingCall {

    /** The response or error frame for the request; takes ownership of {@code response}. */
    void onResponse(ClientMessage response);

    /**
     * The request got no answer: it could not be written, or its connection closed first.
     *
     * @param correlationId the id the request was sent with
     * @param written whether the request was handed to the socket, so the member may have applied it
     */
    void onFailure(long correlationId, Throwable cause, boolean written);
}
