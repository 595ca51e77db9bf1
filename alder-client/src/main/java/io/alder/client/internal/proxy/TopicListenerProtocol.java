package io.alder.client.internal.proxy;

import io.alder.client.internal.ListenerProtocol;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.MapListenerCodec.PartitionLostListenerRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.TopicCodec;
import io.netty.buffer.ByteBufAllocator;

/** How a topic's message listener is registered on a member connection: {@code Topic.addMessageListener}. */
record TopicListenerProtocol(String topicName) implements ListenerProtocol {

    @Override
    public ClientMessage encodeAdd(ByteBufAllocator allocator, boolean localOnly) {
        return TopicCodec.REQUESTS.encode(allocator, MessageType.TOPIC_ADD_MESSAGE_LISTENER, 0, -1,
                new PartitionLostListenerRequest(topicName, localOnly));
    }

    @Override
    public String decodeAddResponse(ClientMessage response) {
        return ResponseCodec.decodeString(response);
    }

    @Override
    public ClientMessage encodeRemove(ByteBufAllocator allocator, String memberRegistrationId) {
        return TopicCodec.REQUESTS.encode(allocator, MessageType.TOPIC_REMOVE_MESSAGE_LISTENER, 0, -1,
                new RegistrationIdRequest(topicName, memberRegistrationId));
    }
}
