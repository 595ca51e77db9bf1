package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.MapListenerCodec.PartitionLostListenerRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.TopicCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Topic frames in, responses and TOPIC events out: every handler against a real engine, without sockets. */
class TopicRequestsTest {

    private static final String TOPIC = "news";
    private static final int PT = Partitions.partitionIdOfName(TOPIC, 271);
    private static final Data HELLO = Strings.toData("hello");

    private final HandlerHarness harness = new HandlerHarness(TopicCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    TopicRequestsTest() {
        new TopicRequests(harness.engine().topics(), 271).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyTopicMessageHasAHandler() {
        assertThat(TopicCodec.REQUESTS.types()).hasSize(3).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void aPublishedMessageReachesEveryRegistrationAsAnEventOfItsConnection() {
        long alicesRegistration = register(alice);
        long bobsRegistration = register(bob);

        long before = System.currentTimeMillis();
        long publish = harness.send(bob, TOPIC_PUBLISH, PT, new ValueRequest(TOPIC, HELLO));

        assertEvent(bob.poll(), bobsRegistration, before);
        ClientMessage answer = bob.poll();
        assertThat(answer.correlationId()).as("the answer after the publisher's own event").isEqualTo(publish);
        assertThat(decoded(answer, ClientMessage::type)).isEqualTo(MessageType.VOID.id());
        assertEvent(alice.poll(), alicesRegistration, before);
        assertThat(alice.pendingFrames()).isZero();
    }

    @Test
    void aRemovedOrClosedRegistrationGetsNothingMore() {
        String id = decoded(harness.call(alice, TOPIC_ADD_MESSAGE_LISTENER, -1,
                new PartitionLostListenerRequest(TOPIC, false)), ResponseCodec::decodeString);
        register(bob);

        assertThat(decoded(call(alice, TOPIC_REMOVE_MESSAGE_LISTENER, new RegistrationIdRequest(TOPIC, id)),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(alice, TOPIC_REMOVE_MESSAGE_LISTENER, new RegistrationIdRequest(TOPIC, id)),
                ResponseCodec::decodeBoolean)).isFalse();
        bob.close();
        decoded(call(alice, TOPIC_PUBLISH, new ValueRequest(TOPIC, HELLO)), ClientMessage::type);

        assertThat(alice.pendingFrames()).isZero();
        assertThat(bob.pendingFrames()).isZero();
    }

    @Test
    void publishingWithoutListenersJustAnswers() {
        assertThat(decoded(call(alice, TOPIC_PUBLISH, new ValueRequest("quiet", HELLO)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
    }

    private long register(RecordingConnection connection) {
        long correlationId = harness.send(connection, TOPIC_ADD_MESSAGE_LISTENER, -1,
                new PartitionLostListenerRequest(TOPIC, true));
        assertThat(decoded(connection.poll(), ResponseCodec::decodeString)).isNotBlank();
        return correlationId;
    }

    private ClientMessage call(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, PT, request);
    }

    private void assertEvent(ClientMessage event, long registration, long notBefore) {
        try {
            assertThat(event.correlationId()).isEqualTo(registration);
            assertThat(event.partitionId()).as("the partition of the topic's name").isEqualTo(PT);
            EventCodec.TopicEvent topicEvent = EventCodec.decodeTopic(event);
            assertThat(topicEvent.item()).isEqualTo(HELLO);
            assertThat(topicEvent.publishTime()).isBetween(notBefore, System.currentTimeMillis());
            assertThat(topicEvent.memberUuid()).isEqualTo(harness.engine().memberUuid());
        } finally {
            event.release();
        }
    }
}
