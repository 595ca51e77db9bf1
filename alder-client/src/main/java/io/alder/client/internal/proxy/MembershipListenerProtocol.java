package io.alder.client.internal.proxy;

import io.alder.client.internal.ListenerProtocol;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.netty.buffer.ByteBufAllocator;

/**
 * How the client's membership registration is made on a member connection:
 * {@code Client.addMembershipListener}. The protocol has no message that removes one, so the registration
 * lives as long as the client and {@link #encodeRemove} is never called.
 */
final class MembershipListenerProtocol implements ListenerProtocol {

    static final MembershipListenerProtocol INSTANCE = new MembershipListenerProtocol();

    private MembershipListenerProtocol() {
    }

    @Override
    public ClientMessage encodeAdd(ByteBufAllocator allocator, boolean localOnly) {
        return ClientCodec.encodeBooleanRequest(allocator, MessageType.CLIENT_ADD_MEMBERSHIP_LISTENER, 0, localOnly);
    }

    @Override
    public String decodeAddResponse(ClientMessage response) {
        return ResponseCodec.decodeString(response);
    }

    @Override
    public ClientMessage encodeRemove(ByteBufAllocator allocator, String memberRegistrationId) {
        throw new UnsupportedOperationException("protocol 1.x has no message that removes a membership listener");
    }
}
