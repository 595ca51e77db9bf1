package io.alder.client.internal.proxy;

import io.alder.client.DistributedObjectEvent;
import io.alder.client.DistributedObjectListener;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.EventCodec;
import java.util.function.Consumer;

/**
 * Turns DISTRIBUTEDOBJECT event messages into calls on the user's listener. Runs on a client event thread.
 * An event type other than CREATED or DESTROYED fails the event with an {@link IllegalArgumentException}.
 */
record DistributedObjectEventDispatcher(DistributedObjectListener listener) implements Consumer<ClientMessage> {

    @Override
    public void accept(ClientMessage message) {
        EventCodec.DistributedObjectEvent event = EventCodec.decodeDistributedObject(message);
        DistributedObjectEvent.Type type = DistributedObjectEvent.Type.valueOf(event.eventType());
        DistributedObjectEvent delivered = new DistributedObjectEvent(event.serviceName(), event.name(), type);
        if (type == DistributedObjectEvent.Type.CREATED) {
            listener.distributedObjectCreated(delivered);
        } else {
            listener.distributedObjectDestroyed(delivered);
        }
    }
}
