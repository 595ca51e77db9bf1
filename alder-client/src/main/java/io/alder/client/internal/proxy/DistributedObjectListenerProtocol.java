package io.alder.client.internal.proxy;

import io.alder.client.internal.ListenerProtocol;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.netty.buffer.ByteBufAllocator;

/**
 * How a distributed object listener is registered on a member connection:
 * {@code Client.addDistributedObjectListener} and {@code Client.removeDistributedObjectListener}.
 */
final class DistributedObjectListenerProtocol implements ListenerProtocol {

    static final DistributedObjectListenerProtocol INSTANCE = new DistributedObjectListenerProtocol();

    private DistributedObjectListenerProtocol() {
    }

    @Override
    public ClientMessage encodeAdd(ByteBufAllocator allocator, boolean localOnly) {
        return ClientCodec.encodeBooleanRequest(allocator, MessageType.CLIENT_ADD_DISTRIBUTED_OBJECT_LISTENER, 0,
                localOnly);
    }

    @Override
    public String decodeAddResponse(ClientMessage response) {
        return ResponseCodec.decodeString(response);
    }

    @Override
    public ClientMessage encodeRemove(ByteBufAllocator allocator, String memberRegistrationId) {
        return ClientCodec.encodeStringRequest(allocator, MessageType.CLIENT_REMOVE_DISTRIBUTED_OBJECT_LISTENER, 0,
                memberRegistrationId);
    }
}
