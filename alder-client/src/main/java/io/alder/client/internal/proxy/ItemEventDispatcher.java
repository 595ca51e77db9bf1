package io.alder.client.internal.proxy;

import io.alder.client.ItemEvent;
import io.alder.client.ItemEventType;
import io.alder.client.ItemListener;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.EventCodec;
import io.alder.serialization.SerializationService;
import java.util.function.Consumer;

/**
 * Turns the ITEM event messages of one registration into calls on the user's listener: deserializes the
 * item, if the event carries one, and calls the method of the event's type. Runs on a client event thread.
 */
final class ItemEventDispatcher<E> implements Consumer<ClientMessage> {

    private final String name;
    private final ItemListener<E> listener;
    private final SerializationService serialization;

    ItemEventDispatcher(String name, ItemListener<E> listener, SerializationService serialization) {
        this.name = name;
        this.listener = listener;
        this.serialization = serialization;
    }

    @Override
    public void accept(ClientMessage message) {
        EventCodec.ItemEvent event = EventCodec.decodeItem(message);
        ItemEventType type = ItemEventType.ofCode(event.eventType());
        E item = event.item() == null ? null : serialization.toObject(event.item());
        ItemEvent<E> itemEvent = new ItemEvent<>(name, type, item, event.memberUuid());
        if (type == ItemEventType.ADDED) {
            listener.itemAdded(itemEvent);
        } else {
            listener.itemRemoved(itemEvent);
        }
    }
}
