package io.alder.server.clientprotocol;

import io.alder.protocol.MessageType;

/**
 * The dispatch table: one handler per request type, in an array indexed by type id. Families register
 * their handlers once at start-up; types nobody registered are answered with error 65.
 */
public final class RequestDispatcher {

    private final RequestHandler[] handlers = new RequestHandler[0x10000];

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

    /** The handler for a type id, or null when the type is not served. */
    public RequestHandler handlerFor(int typeId) {
        return typeId >= 0 && typeId < handlers.length ? handlers[typeId] : null;
    }

    /** Whether a request type is served. */
    public boolean serves(MessageType type) {
        return handlerFor(type.id()) != null;
    }
}
