package io.alder.client.internal.proxy;

import io.alder.client.Member;
import io.alder.client.Message;
import io.alder.client.MessageListener;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.EventCodec;
import io.alder.serialization.SerializationService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns the TOPIC event messages of one registration into calls on the user's listener: deserializes the
 * message and names the member it was published on. Runs on a client event thread.
 */
final class TopicEventDispatcher<E> implements Consumer<ClientMessage> {

    private final String topicName;
    private final MessageListener<E> listener;
    private final SerializationService serialization;
    private final Function<String, Member> memberByUuid;

    /** @param memberByUuid the cluster member with a uuid, or null if it is not (or no longer) a member */
    TopicEventDispatcher(String topicName, MessageListener<E> listener, SerializationService serialization,
            Function<String, Member> memberByUuid) {
        this.topicName = topicName;
        this.listener = listener;
        this.serialization = serialization;
        this.memberByUuid = memberByUuid;
    }

    @Override
    public void accept(ClientMessage message) {
        EventCodec.TopicEvent event = EventCodec.decodeTopic(message);
        E object = serialization.toObject(event.item());
        Member publisher = memberByUuid.apply(event.memberUuid());
        listener.onMessage(new Message<>(topicName, object, event.publishTime(), publisher));
    }
}
