package io.alder.client.internal;

import io.alder.protocol.ClientMessage;
import io.netty.buffer.ByteBufAllocator;

/** How one kind of listener is added and removed on a member connection. */
public interface ListenerProtocol {

    /** The add request ({@code Map.addEntryListener}, ...), with any correlation id. */
    ClientMessage encodeAdd(ByteBufAllocator allocator, boolean localOnly);

    /** The member's registration id from the add response. */
    String decodeAddResponse(ClientMessage response);

    /** The remove request for the member's registration id, with any correlation id. */
    ClientMessage encodeRemove(ByteBufAllocator allocator, String memberRegistrationId);
}
