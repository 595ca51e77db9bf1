package io.alder.server.clientprotocol;

import io.alder.member.Completion;
import io.alder.protocol.ResponseEncoder;

/** Answers one request when the engine completes it, now or later, from whichever thread completes it. */
final class ReplyCompletion<T> implements Completion<T> {

    private final ClientConnection connection;
    private final long correlationId;
    private final ResponseEncoder<T> encoder;

    ReplyCompletion(ClientConnection connection, long correlationId, ResponseEncoder<T> encoder) {
        this.connection = connection;
        this.correlationId = correlationId;
        this.encoder = encoder;
    }

    @Override
    public void complete(T result) {
        connection.send(encoder.encode(connection.allocator(), correlationId, result));
    }

    @Override
    public void fail(Throwable error) {
        connection.sendError(correlationId, error);
    }
}
