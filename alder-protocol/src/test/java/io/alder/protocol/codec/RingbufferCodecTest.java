package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.Frames.bytes;
import static io.alder.protocol.codec.Frames.decode;
import static io.alder.protocol.codec.Wire.nullable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageType.Kind;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.RingbufferCodec.AddAllRequest;
import io.alder.protocol.codec.RingbufferCodec.AddRequest;
import io.alder.protocol.codec.RingbufferCodec.ReadManyRequest;
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

/** Every Ringbuffer request against a layout written by hand from the fact sheet's section 4.6. */
class RingbufferCodecTest {

    private static final String N = "_hz_rb_news";
    private static final Data A = Strings.toData("a");
    private static final Data B = Strings.toData("b");
    /** What the Node.js client sends as "no filter": the serialized null object. */
    private static final Data NULL_OBJECT = Data.wrap(new byte[8]);
    private static final long CORRELATION_ID = 12;
    private static final int PARTITION = 192;

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    static Stream<Arguments> everyRingbufferRequest() {
        return Stream.of(
                arguments(RINGBUFFER_SIZE, new NameRequest(N), List.of(N)),
                arguments(RINGBUFFER_TAIL_SEQUENCE, new NameRequest(N), List.of(N)),
                arguments(RINGBUFFER_HEAD_SEQUENCE, new NameRequest(N), List.of(N)),
                arguments(RINGBUFFER_CAPACITY, new NameRequest(N), List.of(N)),
                arguments(RINGBUFFER_REMAINING_CAPACITY, new NameRequest(N), List.of(N)),
                arguments(RINGBUFFER_ADD, new AddRequest(N, 1, A), List.of(N, 1, A)),
                arguments(RINGBUFFER_READ_ONE, new LongRequest(N, 41), List.of(N, 41L)),
                arguments(RINGBUFFER_ADD_ALL, new AddAllRequest(N, List.of(A, B), 0), List.of(N, List.of(A, B), 0)),
                arguments(RINGBUFFER_READ_MANY, new ReadManyRequest(N, 7, 1, 25, null),
                        List.of(N, 7L, 1, 25, nullable(null))),
                arguments(RINGBUFFER_READ_MANY, new ReadManyRequest(N, 0, 1, 25, NULL_OBJECT),
                        List.of(N, 0L, 1, 25, nullable(NULL_OBJECT))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRingbufferRequest")
    void encodesAndDecodesAsTheFactSheetLaysOut(MessageType type, CodecRequest request, List<Object> wireFields) {
        byte[] expected = Wire.frame(type.id(), 0xc0, CORRELATION_ID, PARTITION, wireFields.toArray());

        byte[] encoded = bytes(RingbufferCodec.REQUESTS.encode(allocator, type, CORRELATION_ID, PARTITION, request));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(decode(expected, RingbufferCodec.REQUESTS::decode)).isEqualTo(request);
        assertThat(request.encodedSize()).as("size hint").isGreaterThanOrEqualTo(expected.length - 22);
    }

    @Test
    void coversAllNineRingbufferRequests() {
        Set<MessageType> ringbufferRequests = Arrays.stream(MessageType.values())
                .filter(type -> type.serviceId() == 0x19 && type.kind() == Kind.REQUEST)
                .collect(Collectors.toSet());
        Set<Object> tabled = everyRingbufferRequest().map(arguments -> arguments.get()[0]).collect(Collectors.toSet());

        assertThat(ringbufferRequests).hasSize(9);
        assertThat(RingbufferCodec.REQUESTS.types()).isEqualTo(ringbufferRequests);
        assertThat(tabled).isEqualTo(ringbufferRequests);
    }

    @Test
    void matchesTheReadManyTheNodeJsClientSent() {
        // h-nodejs-smart #023: readMany of "_hz_rb_t" from 0, 1..25 items, the serialized null as filter.
        byte[] captured = HexFormat.of().parseHex("3f00000001c00a190c00000000000000c00000001600"
                + "080000005f687a5f72625f74" + "0000000000000000" + "01000000" + "19000000" + "00"
                + "08000000" + "0000000000000000");

        ReadManyRequest readMany = decode(captured, message -> RingbufferCodec.REQUESTS.decodeAs(message,
                ReadManyRequest.class));

        assertThat(readMany).isEqualTo(new ReadManyRequest("_hz_rb_t", 0, 1, 25, NULL_OBJECT));
        assertThat(readMany.hasFilter()).as("the serialized null is no filter").isFalse();
        assertThat(new ReadManyRequest(N, 0, 1, 25, null).hasFilter()).isFalse();
        assertThat(new ReadManyRequest(N, 0, 1, 25, A).hasFilter()).isTrue();
    }

    @Test
    void rejectsTruncatedListsAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(RINGBUFFER_READ_MANY.id(), 0xc0, 1, 2, N, 0L, 1, 25),
                RingbufferCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(RINGBUFFER_ADD_ALL.id(), 0xc0, 1, 2, N, 1_000_000),
                RingbufferCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("data list length");
        assertThatThrownBy(() -> decode(Wire.frame(TOPIC_PUBLISH.id(), 0xc0, 1, 2, N, A),
                RingbufferCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("not a Ringbuffer request: TopicPublish(0x0401)");
    }
}
