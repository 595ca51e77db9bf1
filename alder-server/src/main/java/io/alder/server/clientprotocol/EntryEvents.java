package io.alder.server.clientprotocol;

import io.alder.member.map.EntryEventListener;
import io.alder.member.map.MapEntryEvent;
import io.alder.protocol.codec.EventCodec;

/**
 * Sends the engine's entry events of one registration to its connection as ENTRY event frames (203), which
 * 3.12 uses for maps, multimaps and replicated maps alike: each carries the registration's correlation id and
 * the key's partition (-1 for map-wide events).
 */
final class EntryEvents {

    private EntryEvents() {
    }

    /** A listener that sends every event it hears on {@code connection}, for the registration {@code correlationId}. */
    static EntryEventListener sender(ClientConnection connection, long correlationId) {
        return event -> connection.send(EventCodec.encodeEntry(connection.allocator(), correlationId,
                event.partitionId(), toWire(event)));
    }

    private static EventCodec.EntryEvent toWire(MapEntryEvent event) {
        return new EventCodec.EntryEvent(event.key(), event.value(), event.oldValue(), event.mergingValue(),
                event.type().flag(), event.memberUuid(), event.numberOfAffectedEntries());
    }
}
