package io.alder.server.clientprotocol;

import io.alder.member.collection.SetService;
import io.alder.protocol.codec.SetCodec;

/**
 * The {@code Set.*} family: one handler for each of the 13 ISet messages of 3.12, serving them from the
 * engine's {@link SetService}. Every message but the listener ones runs on the partition in its request
 * header, which 3.12 clients fill with the partition of the set's name; a header without one (-1) is refused
 * with an {@link IllegalArgumentException}. Item listener registrations live as long as the connection (or
 * until removed).
 */
public final class SetRequests {

    private final SetService sets;

    public SetRequests(SetService sets) {
        this.sets = sets;
    }

    /** Registers a handler for every Set message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        new CollectionRequests(SetCodec.MESSAGES, sets, new NameBoundHandlers(SetCodec.REQUESTS, "set name"))
                .registerAll(dispatcher);
    }
}
