package io.alder.client.internal.proxy;

import io.alder.client.internal.ListenerProtocol;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.RequestFamily;
import io.alder.protocol.codec.ResponseCodec;
import io.netty.buffer.ByteBufAllocator;
import java.util.function.Function;

/**
 * A listener registered with one message of a family and removed with another that takes the object's name and
 * the registration id, both with partition -1 as 3.12 clients send them; the add response is the id.
 *
 * @param addType the registration message
 * @param addRequest the registration's parameters, given {@code localOnly}
 * @param removeType the message that ends the registration
 */
record FamilyListenerProtocol(RequestFamily family, String name, MessageType addType,
        Function<Boolean, CodecRequest> addRequest, MessageType removeType) implements ListenerProtocol {

    @Override
    public ClientMessage encodeAdd(ByteBufAllocator allocator, boolean localOnly) {
        return family.encode(allocator, addType, 0, -1, addRequest.apply(localOnly));
    }

    @Override
    public String decodeAddResponse(ClientMessage response) {
        return ResponseCodec.decodeString(response);
    }

    @Override
    public ClientMessage encodeRemove(ByteBufAllocator allocator, String memberRegistrationId) {
        return family.encode(allocator, removeType, 0, -1, new RegistrationIdRequest(name, memberRegistrationId));
    }
}
