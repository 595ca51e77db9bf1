package io.alder.server.clientprotocol;

import io.alder.member.CallerId;
import io.alder.member.Completion;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.ErrorCodec;
import io.netty.buffer.ByteBufAllocator;

/** What a request handler may do with the authenticated connection a request came from. */
public interface ClientConnection {

    /** The allocator for responses and events of this connection. */
    ByteBufAllocator allocator();

    /** The uuid of the authenticated client. */
    String clientUuid();

    /** The lock owner for a thread of this client. */
    default CallerId caller(long threadId) {
        return new CallerId(clientUuid(), threadId);
    }

    /** Sends a response or an event; safe from any thread. Messages sent after close are dropped. */
    void send(ClientMessage message);

    /** Answers the request with this correlation id with an error frame for {@code error}. */
    default void sendError(long correlationId, Throwable error) {
        send(ErrorCodec.encode(allocator(), correlationId, ErrorResponses.toError(error)));
    }

    /**
     * A completion that answers the request with this correlation id: the result through {@code encoder},
     * a failure as an error frame.
     */
    default <T> Completion<T> reply(long correlationId, ResponseEncoder<T> encoder) {
        return new ReplyCompletion<>(this, correlationId, encoder);
    }

    /** Ties a listener registration to this connection: {@code cleanup} runs when it closes. */
    void addRegistration(String registrationId, Runnable cleanup);

    /** Ends a registration of this connection now; false if the id is unknown here. */
    boolean removeRegistration(String registrationId);

    /** Ends every registration of this connection. */
    void removeAllRegistrations();
}
