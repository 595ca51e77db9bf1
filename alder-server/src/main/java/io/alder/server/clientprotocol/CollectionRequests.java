package io.alder.server.clientprotocol;

import io.alder.member.collection.CollectionService;
import io.alder.protocol.codec.CollectionMessages;
import io.alder.protocol.codec.ResponseCodec;

/**
 * The 13 messages sets and lists share, each family with message types of its own: one handler per message,
 * serving it from the family's {@link CollectionService}. Every message but the listener ones runs on the
 * partition in its request header (see {@link NameBoundHandlers}); nothing waits.
 */
final class CollectionRequests {

    private final CollectionMessages messages;
    private final CollectionService<?> collections;
    private final NameBoundHandlers handlers;

    /**
     * @param messages the family's message types
     * @param handlers the family's partition-bound handlers, which must use the family's codecs
     */
    CollectionRequests(CollectionMessages messages, CollectionService<?> collections, NameBoundHandlers handlers) {
        this.messages = messages;
        this.collections = collections;
        this.handlers = handlers;
    }

    /** Registers a handler for each shared message. */
    void registerAll(RequestDispatcher dispatcher) {
        new ItemListenerHandlers(messages.requests(), collections).registerAll(dispatcher, messages.addListener(),
                messages.removeListener());
        handlers.byName(dispatcher, messages.size(), ResponseCodec::encodeInt, collections::size);
        handlers.byName(dispatcher, messages.isEmpty(), ResponseCodec::encodeBoolean, collections::isEmpty);
        handlers.byName(dispatcher, messages.getAll(), ResponseCodec::encodeDataList, collections::getAll);
        handlers.byName(dispatcher, messages.clear(), ResponseCodec::encodeVoid, (partitionId, name) -> {
            collections.clear(partitionId, name);
            return null;
        });
        handlers.byValue(dispatcher, messages.contains(), ResponseCodec::encodeBoolean, collections::contains);
        handlers.byValue(dispatcher, messages.add(), ResponseCodec::encodeBoolean, collections::add);
        handlers.byValue(dispatcher, messages.remove(), ResponseCodec::encodeBoolean, collections::remove);
        handlers.byValues(dispatcher, messages.containsAll(), collections::containsAll);
        handlers.byValues(dispatcher, messages.addAll(), collections::addAll);
        handlers.byValues(dispatcher, messages.compareAndRemoveAll(), collections::removeAll);
        handlers.byValues(dispatcher, messages.compareAndRetainAll(), collections::retainAll);
    }
}
