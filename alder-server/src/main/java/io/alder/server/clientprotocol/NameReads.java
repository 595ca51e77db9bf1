package io.alder.server.clientprotocol;

import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RequestFamily;
import java.util.function.Function;

/**
 * Handlers of the requests that carry only an object's name and are answered at once with what the engine
 * reads for it ({@code size}, {@code keySet}, ...), whatever partition the header names.
 */
final class NameReads {

    private NameReads() {
    }

    /** Registers the handler of {@code type}, a {@link NameRequest} of {@code family}. */
    static <T> void register(RequestDispatcher dispatcher, RequestFamily family, MessageType type,
            ResponseEncoder<T> encoder, Function<String, T> read) {
        dispatcher.register(type, (request, connection) -> Answers.answer(request, connection, encoder,
                read.apply(family.decodeAs(request, NameRequest.class).name())));
    }
}
