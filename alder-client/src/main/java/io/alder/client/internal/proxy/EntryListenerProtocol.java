package io.alder.client.internal.proxy;

import io.alder.client.internal.ListenerProtocol;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.codec.MapListenerCodec.EntryListenerRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Data;
import io.netty.buffer.ByteBufAllocator;

/**
 * How a map entry listener is registered on a member connection: {@code Map.addEntryListener}, or
 * {@code Map.addEntryListenerToKey} for one key, and {@code Map.removeEntryListener}.
 *
 * @param key the one key listened to, or null for every key
 * @param includeValue whether events carry values
 * @param listenerFlags the entry event types wanted (see {@link ListenerFlags})
 */
record EntryListenerProtocol(String mapName, Data key, boolean includeValue, int listenerFlags)
        implements ListenerProtocol {

    @Override
    public ClientMessage encodeAdd(ByteBufAllocator allocator, boolean localOnly) {
        EntryListenerRequest request = new EntryListenerRequest(mapName, key, null, includeValue, listenerFlags,
                localOnly);
        return MapCodec.REQUESTS.encode(allocator, request.messageType(), 0, -1, request);
    }

    @Override
    public String decodeAddResponse(ClientMessage response) {
        return ResponseCodec.decodeString(response);
    }

    @Override
    public ClientMessage encodeRemove(ByteBufAllocator allocator, String memberRegistrationId) {
        return MapCodec.REQUESTS.encode(allocator, MessageType.MAP_REMOVE_ENTRY_LISTENER, 0, -1,
                new RegistrationIdRequest(mapName, memberRegistrationId));
    }
}
