package io.alder.client.internal.proxy;

import io.alder.client.internal.ListenerProtocol;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.QueueCodec;
import io.alder.protocol.codec.QueueCodec.ItemListenerRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.netty.buffer.ByteBufAllocator;

/**
 * How a queue item listener is registered on a member connection: {@code Queue.addListener} and
 * {@code Queue.removeListener}, with partition -1 as 3.12 clients send them.
 *
 * @param includeValue whether events carry the item
 */
record ItemListenerProtocol(String queueName, boolean includeValue) implements ListenerProtocol {

    @Override
    public ClientMessage encodeAdd(ByteBufAllocator allocator, boolean localOnly) {
        return QueueCodec.REQUESTS.encode(allocator, MessageType.QUEUE_ADD_LISTENER, 0, -1,
                new ItemListenerRequest(queueName, includeValue, localOnly));
    }

    @Override
    public String decodeAddResponse(ClientMessage response) {
        return ResponseCodec.decodeString(response);
    }

    @Override
    public ClientMessage encodeRemove(ByteBufAllocator allocator, String memberRegistrationId) {
        return QueueCodec.REQUESTS.encode(allocator, MessageType.QUEUE_REMOVE_LISTENER, 0, -1,
                new RegistrationIdRequest(queueName, memberRegistrationId));
    }
}
