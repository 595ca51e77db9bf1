package io.alder.client.internal.proxy;

import io.alder.client.internal.ListenerProtocol;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ItemListenerRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.RequestFamily;
import io.alder.protocol.codec.ResponseCodec;
import io.netty.buffer.ByteBufAllocator;

/**
 * How an item listener of a queue, set or list is registered on a member connection: the structure's
 * {@code addListener} and {@code removeListener} messages, with partition -1 as 3.12 clients send them.
 *
 * @param family the codecs of the structure's requests
 * @param add the structure's {@code addListener} message, e.g. {@code Queue.addListener}
 * @param remove the structure's {@code removeListener} message
 * @param includeValue whether events carry the item
 */
record ItemListenerProtocol(RequestFamily family, MessageType add, MessageType remove, String name,
        boolean includeValue) implements ListenerProtocol {

    @Override
    public ClientMessage encodeAdd(ByteBufAllocator allocator, boolean localOnly) {
        return family.encode(allocator, add, 0, -1, new ItemListenerRequest(name, includeValue, localOnly));
    }

    @Override
    public String decodeAddResponse(ClientMessage response) {
        return ResponseCodec.decodeString(response);
    }

    @Override
    public ClientMessage encodeRemove(ByteBufAllocator allocator, String memberRegistrationId) {
        return family.encode(allocator, remove, 0, -1, new RegistrationIdRequest(name, memberRegistrationId));
    }
}
