package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.Frames.bytes;
import static io.alder.protocol.codec.Frames.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageType.Kind;
import io.alder.protocol.codec.MapListenerCodec.PartitionLostListenerRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.netty.buffer.ByteBufAllocator;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Topic requests and the TOPIC event against layouts written by hand from the fact sheet (4.4, 5.2). */
class TopicCodecTest {

    private static final String N = "news";
    private static final Data HELLO = Strings.toData("hello");
    private static final long CORRELATION_ID = 12;
    private static final int PARTITION = 191;

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    static Stream<Arguments> everyTopicRequest() {
        return Stream.of(
                arguments(TOPIC_PUBLISH, new ValueRequest(N, HELLO), List.of(N, HELLO)),
                arguments(TOPIC_ADD_MESSAGE_LISTENER, new PartitionLostListenerRequest(N, true), List.of(N, true)),
                arguments(TOPIC_REMOVE_MESSAGE_LISTENER, new RegistrationIdRequest(N, "registration-1"),
                        List.of(N, "registration-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTopicRequest")
    void encodesAndDecodesAsTheFactSheetLaysOut(MessageType type, CodecRequest request, List<Object> wireFields) {
        byte[] expected = Wire.frame(type.id(), 0xc0, CORRELATION_ID, PARTITION, wireFields.toArray());

        byte[] encoded = bytes(TopicCodec.REQUESTS.encode(allocator, type, CORRELATION_ID, PARTITION, request));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(decode(expected, TopicCodec.REQUESTS::decode)).isEqualTo(request);
        assertThat(request.encodedSize()).as("size hint").isGreaterThanOrEqualTo(expected.length - 22);
    }

    @Test
    void coversAllThreeTopicRequests() {
        Set<MessageType> topicRequests = Arrays.stream(MessageType.values())
                .filter(type -> type.serviceId() == 0x04 && type.kind() == Kind.REQUEST)
                .collect(Collectors.toSet());

        assertThat(topicRequests).hasSize(3);
        assertThat(TopicCodec.REQUESTS.types()).isEqualTo(topicRequests);
    }

    @Test
    void topicEventCarriesItemPublishTimeAndMember() {
        EventCodec.TopicEvent event = new EventCodec.TopicEvent(HELLO, 1_795_290_046_057L, "member-uuid");
        byte[] expected = Wire.frame(EVENT_TOPIC.id(), 0xc1, CORRELATION_ID, PARTITION, HELLO, 1_795_290_046_057L,
                "member-uuid");

        assertThat(bytes(EventCodec.encodeTopic(allocator, CORRELATION_ID, PARTITION, event))).isEqualTo(expected);
        assertThat(decode(expected, EventCodec::decodeTopic)).isEqualTo(event);
    }

    @Test
    void rejectsTruncatedAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(TOPIC_ADD_MESSAGE_LISTENER.id(), 0xc0, 1, 2, N),
                TopicCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(QUEUE_OFFER.id(), 0xc0, 1, 2, N), TopicCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessageStartingWith("not a Topic request");
    }
}
