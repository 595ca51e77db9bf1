package io.alder.server.clientprotocol;

import static io.alder.server.clientprotocol.Answers.answer;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RequestFamily;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.util.List;

/**
 * Handlers of one family whose structures live in the partition of their name (queues, sets, lists): each
 * message runs on the partition in its request header, which 3.12 clients fill with the partition of the
 * name, and is answered at once with what the engine's operation returns. A header without a partition
 * (-1) is refused with an {@link IllegalArgumentException}.
 */
final class NameBoundHandlers {

    /** What a request of a structure's name alone answers, given the structure's partition and name. */
    @FunctionalInterface
    interface NameOperation<T> {
        T apply(int partitionId, String name);
    }

    /** What a request with one item answers. */
    @FunctionalInterface
    interface ValueOperation<T> {
        T apply(int partitionId, String name, Data item);
    }

    /** What a request with a list of items answers. */
    @FunctionalInterface
    interface ValuesOperation {
        boolean apply(int partitionId, String name, List<Data> items);
    }

    private final RequestFamily family;
    private final String boundTo;

    /**
     * @param family the codecs of the family's requests
     * @param boundTo what the client hashes to choose the partition, for errors, e.g. "queue name"
     */
    NameBoundHandlers(RequestFamily family, String boundTo) {
        this.family = family;
        this.boundTo = boundTo;
    }

    /** Registers a handler for a {@link NameRequest} message. */
    <T> void byName(RequestDispatcher dispatcher, MessageType type, ResponseEncoder<T> encoder,
            NameOperation<T> operation) {
        dispatcher.register(type, (request, connection) ->
                answer(request, connection, encoder, operation.apply(partition(request), name(request))));
    }

    /** Registers a handler for a {@link ValueRequest} message. */
    <T> void byValue(RequestDispatcher dispatcher, MessageType type, ResponseEncoder<T> encoder,
            ValueOperation<T> operation) {
        dispatcher.register(type, (request, connection) -> {
            ValueRequest value = family.decodeAs(request, ValueRequest.class);
            answer(request, connection, encoder, operation.apply(partition(request), value.name(), value.value()));
        });
    }

    /** Registers a handler for a {@link ValueListRequest} message answered with a boolean. */
    void byValues(RequestDispatcher dispatcher, MessageType type, ValuesOperation operation) {
        dispatcher.register(type, (request, connection) -> {
            ValueListRequest items = family.decodeAs(request, ValueListRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean,
                    operation.apply(partition(request), items.name(), items.values()));
        });
    }

    /** The partition a request runs on: the one in its header, which must name one. */
    int partition(ClientMessage request) {
        return HeaderPartition.of(request, boundTo);
    }

    /** The structure's name in a {@link NameRequest}. */
    String name(ClientMessage request) {
        return family.decodeAs(request, NameRequest.class).name();
    }
}
