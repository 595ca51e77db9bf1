package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.TOPIC_ADD_MESSAGE_LISTENER;
import static io.alder.protocol.MessageType.TOPIC_PUBLISH;
import static io.alder.protocol.MessageType.TOPIC_REMOVE_MESSAGE_LISTENER;

import io.alder.protocol.codec.MapListenerCodec.PartitionLostListenerRequest;

/**
 * Requests of the {@code Topic.*} family (service 0x04, the 3 ITopic messages of 3.12). Every one shares
 * a shape with other families:
 *
 * <ul>
 *   <li>{@code publish} (0x0401) is a {@link ValueRequest} {@code | name: str | message: Data |}, bound
 *       to the partition of the topic's name;</li>
 *   <li>{@code addMessageListener} (0x0402) is {@code | name: str | localOnly: bool |}, the layout of
 *       {@code Map.addPartitionLostListener}: a {@link PartitionLostListenerRequest}; the member answers
 *       with the registration id and sends TOPIC events (205);</li>
 *   <li>{@code removeMessageListener} (0x0403) is {@code | name: str | registrationId: str |}, a
 *       {@link RegistrationIdRequest}.</li>
 * </ul>
 *
 * <p>{@link #REQUESTS} decodes and encodes them all, e.g.
 * {@code TopicCodec.REQUESTS.decodeAs(message, ValueRequest.class)}.
 */
public final class TopicCodec {

    /** The 3 Topic requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("Topic");

    static {
        REQUESTS.register(ValueRequest.class, ValueRequest::read, TOPIC_PUBLISH);
        REQUESTS.register(PartitionLostListenerRequest.class, PartitionLostListenerRequest::read,
                TOPIC_ADD_MESSAGE_LISTENER);
        REQUESTS.register(RegistrationIdRequest.class, RegistrationIdRequest::read,
                TOPIC_REMOVE_MESSAGE_LISTENER);
    }

    private TopicCodec() {
    }
}
