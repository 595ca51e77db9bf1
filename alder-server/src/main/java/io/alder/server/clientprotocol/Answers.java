package io.alder.server.clientprotocol;

import io.alder.member.Completion;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.ResponseCodec;

/** Ways a handler answers a request on its connection: now, with nothing, or when the engine completes. */
final class Answers {

    private Answers() {
    }

    /** Answers at once with {@code value}, encoded by {@code encoder}. */
    static <T> void answer(ClientMessage request, ClientConnection connection, ResponseEncoder<T> encoder, T value) {
        connection.send(encoder.encode(connection.allocator(), request.correlationId(), value));
    }

    /** Answers at once with VOID. */
    static void answerVoid(ClientMessage request, ClientConnection connection) {
        answer(request, connection, ResponseCodec::encodeVoid, null);
    }

    /** A completion that answers the request whenever, and on whichever thread, the engine completes it. */
    static <T> Completion<T> later(ClientMessage request, ClientConnection connection, ResponseEncoder<T> encoder) {
        return connection.reply(request.correlationId(), encoder);
    }
}
