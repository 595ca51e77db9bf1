package io.alder.server.clientprotocol;

import io.alder.protocol.MessageType;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The dispatch table: one handler per request type, in an array indexed by type id. Families register
 * their handlers once at start-up; types nobody registered are answered with error 65.
 */
public final class RequestDispatcher {

    private final RequestHandler[] handlers = new RequestHandler[0x10000];
    private final Map<MessageType, String> refused = new EnumMap<>(MessageType.class);

    /** Registers the handler of one request type. */
    public RequestDispatcher register(MessageType type, RequestHandler handler) {
        if (type.kind() != MessageType.Kind.REQUEST) {
            throw new IllegalArgumentException(type + " is not a request");
        }
        if (handlers[type.id()] != null) {
            throw new IllegalStateException(type + " already has a handler");
        }
        handlers[type.id()] = handler;
        return this;
    }

    /**
     * Declares request types that are understood but refused: each is answered with the "unsupported
     * operation" error carrying {@code reason}, and the README's compatibility table lists them.
     */
    public RequestDispatcher refuse(Supplier<? extends RuntimeException> reason, MessageType... types) {
        for (MessageType type : types) {
            register(type, (request, connection) -> {
                throw reason.get();
            });
            refused.put(type, reason.get().getMessage());
        }
        return this;
    }

    /** Why a type is refused, or null if it is served or unknown. */
    public String refusal(MessageType type) {
        return refused.get(type);
    }

    /** The handler for a type id, or null when the type is not served. */
    public RequestHandler handlerFor(int typeId) {
        return typeId >= 0 && typeId < handlers.length ? handlers[typeId] : null;
    }

    /** Whether a request type is served. */
    public boolean serves(MessageType type) {
        return handlerFor(type.id()) != null;
    }
}
