package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.client.DistributedObject;
import io.alder.client.Member;
import io.alder.client.Message;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.MapListenerCodec.PartitionLostListenerRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.TopicCodec;
import io.alder.protocol.codec.ValueRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The requests the topic proxy builds and how it turns TOPIC events into messages. */
class TopicProxyTest {

    private static final String NAME = "news";
    private static final Member MEMBER = new Member("10.0.0.1", 5701, "member-1", false, Map.of());

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final TopicProxy<String> topic = new TopicProxy<>(NAME, context, objects,
            uuid -> uuid.equals(MEMBER.uuid()) ? MEMBER : null);

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("publish goes to the partition of the topic's name, is not retried, and answers with nothing")
    void publish() {
        var published = topic.publish("hello");

        Invocation invocation = sent.single();
        ClientMessage request = invocation.request();
        assertThat(request.type()).isEqualTo(MessageType.TOPIC_PUBLISH.id());
        assertThat(request.partitionId()).isEqualTo(context.partitionIdOfName(NAME));
        ValueRequest publish = TopicCodec.REQUESTS.decodeAs(request, ValueRequest.class);
        assertThat(publish.name()).isEqualTo(NAME);
        assertThat(context.<String>toObject(publish.value())).isEqualTo("hello");
        assertThat(invocation.idempotent()).isFalse();
        invocation.response().complete(voidResponse());
        assertThat(published).isCompletedWithValue(null);
        assertThatThrownBy(() -> topic.publish(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("a listener is a Topic.addMessageListener registration whose events become messages")
    void listener() {
        List<Message<String>> heard = new ArrayList<>();
        topic.addMessageListener(heard::add);

        RecordingInvocations.Registration registration = sent.registrations().get(0);
        ClientMessage add = registration.protocol().encodeAdd(context.allocator(), true);
        ClientMessage remove = registration.protocol().encodeRemove(context.allocator(), "member-registration");
        try {
            assertThat(add.type()).isEqualTo(MessageType.TOPIC_ADD_MESSAGE_LISTENER.id());
            assertThat(TopicCodec.REQUESTS.decodeAs(add, PartitionLostListenerRequest.class))
                    .isEqualTo(new PartitionLostListenerRequest(NAME, true));
            assertThat(TopicCodec.REQUESTS.decodeAs(remove, RegistrationIdRequest.class))
                    .isEqualTo(new RegistrationIdRequest(NAME, "member-registration"));
        } finally {
            add.release();
            remove.release();
        }
        deliver(registration, "first", "member-1");
        deliver(registration, "second", "a-member-that-left");

        assertThat(heard).extracting(Message::getMessageObject).containsExactly("first", "second");
        assertThat(heard).extracting(Message::getPublishTime).containsExactly(1_000L, 1_000L);
        assertThat(heard.get(0).getSource()).isEqualTo(NAME);
        assertThat(heard.get(0).getPublishingMember()).isEqualTo(MEMBER);
        assertThat(heard.get(1).getPublishingMember()).isNull();
    }

    @Test
    @DisplayName("removeMessageListener ends the registration; destroy destroys the topic")
    void removeAndDestroy() {
        assertThat(topic.removeMessageListener("registration-1")).isCompletedWithValue(true);
        topic.destroy();

        assertThat(sent.removed()).containsExactly("registration-1");
        assertThat(objects.calls()).extracting(RecordingObjects.Call::operation, RecordingObjects.Call::serviceName)
                .containsExactly(tuple("destroy", DistributedObject.TOPIC_SERVICE));
    }

    private void deliver(RecordingInvocations.Registration registration, String item, String memberUuid) {
        ClientMessage event = EventCodec.encodeTopic(context.allocator(), 1, context.partitionIdOfName(NAME),
                new EventCodec.TopicEvent(context.toData(item), 1_000, memberUuid));
        try {
            registration.events().accept(event);
        } finally {
            event.release();
        }
    }

    private ClientMessage voidResponse() {
        return ResponseCodec.encodeVoid(context.allocator(), 1, null);
    }
}
