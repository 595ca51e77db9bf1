package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.TOPIC_ADD_MESSAGE_LISTENER;
import static io.alder.protocol.MessageType.TOPIC_PUBLISH;
import static io.alder.protocol.MessageType.TOPIC_REMOVE_MESSAGE_LISTENER;
import static io.alder.protocol.codec.TopicCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;

import io.alder.member.topic.TopicService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.MapListenerCodec.PartitionLostListenerRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;

/**
 * The {@code Topic.*} family: the 3 ITopic messages of 3.12, served from the engine's {@link TopicService}.
 *
 * <p>A publish is handed to the topic's listeners on the connection's I/O thread before it is answered,
 * so each connection's messages reach every listener in publish order. A message listener registration
 * lives as long as its connection (or until removed); {@code localOnly} needs no handling, since a single
 * member is local to everything. Its TOPIC events carry the registration's correlation id and, as on a
 * 3.12 member, the partition of the topic's name.
 */
public final class TopicRequests {

    private final TopicService topics;
    private final int partitionCount;

    /** @param partitionCount the member's partition count, for the partition id of events */
    public TopicRequests(TopicService topics, int partitionCount) {
        this.topics = topics;
        this.partitionCount = partitionCount;
    }

    /** Registers a handler for every Topic message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        dispatcher.register(TOPIC_PUBLISH, this::publish)
                .register(TOPIC_ADD_MESSAGE_LISTENER, this::addMessageListener)
                .register(TOPIC_REMOVE_MESSAGE_LISTENER, TopicRequests::removeMessageListener);
    }

    private void publish(ClientMessage request, ClientConnection connection) {
        ValueRequest publish = REQUESTS.decodeAs(request, ValueRequest.class);
        topics.publish(publish.name(), publish.value());
        answerVoid(request, connection);
    }

    private void addMessageListener(ClientMessage request, ClientConnection connection) {
        String name = REQUESTS.decodeAs(request, PartitionLostListenerRequest.class).name();
        long correlationId = request.correlationId();
        int eventPartition = Partitions.partitionId(Strings.toData(name), partitionCount);
        String registrationId = topics.addMessageListener(name, message -> connection.send(EventCodec.encodeTopic(
                connection.allocator(), correlationId, eventPartition,
                new EventCodec.TopicEvent(message.item(), message.publishTime(), message.memberUuid()))));
        connection.addRegistration(registrationId, () -> topics.removeMessageListener(name, registrationId));
        answer(request, connection, ResponseCodec::encodeString, registrationId);
    }

    private static void removeMessageListener(ClientMessage request, ClientConnection connection) {
        String registrationId = REQUESTS.decodeAs(request, RegistrationIdRequest.class).registrationId();
        answer(request, connection, ResponseCodec::encodeBoolean, connection.removeRegistration(registrationId));
    }
}
