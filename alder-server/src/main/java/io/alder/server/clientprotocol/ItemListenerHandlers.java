package io.alder.server.clientprotocol;

import static io.alder.server.clientprotocol.Answers.answer;

import io.alder.member.item.ItemEvent;
import io.alder.member.item.ItemEventSource;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.ItemListenerRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.RequestFamily;
import io.alder.protocol.codec.ResponseCodec;

/**
 * The {@code addListener} and {@code removeListener} messages of queues, sets and lists. A registration lives
 * as long as the connection (or until removed); its ITEM events carry the registration's correlation id and
 * the partition of the structure's name. A single member holds every structure, so {@code localOnly}
 * changes nothing.
 */
final class ItemListenerHandlers {

    private final RequestFamily family;
    private final ItemEventSource source;

    /**
     * @param family the codecs of the family's requests
     * @param source the service whose structures are listened to
     */
    ItemListenerHandlers(RequestFamily family, ItemEventSource source) {
        this.family = family;
        this.source = source;
    }

    /** Registers the handlers of the family's {@code add} and {@code remove} listener messages. */
    void registerAll(RequestDispatcher dispatcher, MessageType add, MessageType remove) {
        dispatcher.register(add, this::addListener).register(remove, this::removeListener);
    }

    private void addListener(ClientMessage request, ClientConnection connection) {
        ItemListenerRequest listen = family.decodeAs(request, ItemListenerRequest.class);
        long correlationId = request.correlationId();
        String registrationId = source.addItemListener(listen.name(), listen.includeValue(),
                event -> connection.send(EventCodec.encodeItem(connection.allocator(), correlationId,
                        event.partitionId(), toWire(event))));
        connection.addRegistration(registrationId, () -> source.removeItemListener(listen.name(), registrationId));
        answer(request, connection, ResponseCodec::encodeString, registrationId);
    }

    private void removeListener(ClientMessage request, ClientConnection connection) {
        String registrationId = family.decodeAs(request, RegistrationIdRequest.class).registrationId();
        answer(request, connection, ResponseCodec::encodeBoolean, connection.removeRegistration(registrationId));
    }

    private static EventCodec.ItemEvent toWire(ItemEvent event) {
        return new EventCodec.ItemEvent(event.item(), event.memberUuid(), event.type().code());
    }
}
