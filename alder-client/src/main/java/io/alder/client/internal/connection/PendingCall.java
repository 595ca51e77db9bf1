package io.alder.client.internal.connection;

import io.alder.protocol.ClientMessage;

/**
 * What waits for the answer to one request sent on a connection. Called on the connection's I/O thread;
 * implementations must not block. Every attempt gets exactly one of {@link #onResponse},
 * {@link #onFailure} and {@link #onDeadline}.
 *
 * <p>The connection checks the deadlines of its calls every {@value ConnectionHandler#DEADLINE_CHECK_MILLIS}
 * ms instead of arming a timer per call, which would cost more than the call itself on the hot path.
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

    /** Whether the call has stopped waiting at {@code nowNanos}, a {@link System#nanoTime()}. */
    boolean isOverdue(long nowNanos);

    /** The call was overdue: the connection dropped it and will not answer it. */
    void onDeadline(long correlationId);
}
