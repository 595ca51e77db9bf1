package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.Frames.bytes;
import static io.alder.protocol.codec.Frames.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageType.Kind;
import io.alder.protocol.codec.ConditionCodec.AwaitRequest;
import io.alder.protocol.codec.ConditionCodec.BeforeAwaitRequest;
import io.alder.protocol.codec.ConditionCodec.SignalRequest;
import io.netty.buffer.ByteBufAllocator;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Condition request against a layout written by hand from the fact sheet's section 4.4. */
class ConditionCodecTest {

    private static final String C = "not-empty";
    private static final String L = "buffer-lock";
    private static final long CORRELATION_ID = 31;
    private static final int PARTITION = 17;

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    static Stream<Arguments> everyConditionRequest() {
        return Stream.of(
                arguments(CONDITION_AWAIT, new AwaitRequest(C, 7, 2_500, L, 41), List.of(C, 7L, 2_500L, L, 41L)),
                arguments(CONDITION_BEFORE_AWAIT, new BeforeAwaitRequest(C, 7, L, 40), List.of(C, 7L, L, 40L)),
                arguments(CONDITION_SIGNAL, new SignalRequest(C, 8, L), List.of(C, 8L, L)),
                arguments(CONDITION_SIGNAL_ALL, new SignalRequest(C, 8, L), List.of(C, 8L, L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConditionRequest")
    void encodesAndDecodesAsTheFactSheetLaysOut(MessageType type, CodecRequest request, List<Object> wireFields) {
        byte[] expected = Wire.frame(type.id(), 0xc0, CORRELATION_ID, PARTITION, wireFields.toArray());

        byte[] encoded = bytes(ConditionCodec.REQUESTS.encode(allocator, type, CORRELATION_ID, PARTITION, request));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(decode(expected, ConditionCodec.REQUESTS::decode)).isEqualTo(request);
        assertThat(request.encodedSize()).as("size hint").isGreaterThanOrEqualTo(expected.length - 22);
    }

    @Test
    void coversAllFourConditionRequests() {
        Set<MessageType> conditionRequests = Arrays.stream(MessageType.values())
                .filter(type -> type.serviceId() == 0x08 && type.kind() == Kind.REQUEST)
                .collect(Collectors.toSet());
        Set<Object> tabled = everyConditionRequest().map(arguments -> arguments.get()[0]).collect(Collectors.toSet());

        assertThat(conditionRequests).hasSize(4);
        assertThat(ConditionCodec.REQUESTS.types()).isEqualTo(conditionRequests);
        assertThat(tabled).isEqualTo(conditionRequests);
    }

    @Test
    void readsCallsOfClientsOlderThanProtocol12WithoutReferenceId() {
        assertThat(decode(Wire.frame(CONDITION_AWAIT.id(), 0xc0, 1, 2, C, 7L, -1L, L),
                as(AwaitRequest.class)))
                .isEqualTo(new AwaitRequest(C, 7, -1, L, ReferenceIds.NONE));
        assertThat(decode(Wire.frame(CONDITION_BEFORE_AWAIT.id(), 0xc0, 1, 2, C, 7L, L),
                as(BeforeAwaitRequest.class)))
                .isEqualTo(new BeforeAwaitRequest(C, 7, L, ReferenceIds.NONE));
    }

    @Test
    void rejectsTruncatedAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(CONDITION_SIGNAL.id(), 0xc0, 1, 2, C, 7L),
                ConditionCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(LOCK_IS_LOCKED.id(), 0xc0, 1, 2, L), ConditionCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("not a Condition request: LockIsLocked(0x0701)");
    }

    /** The typed decoder a handler of the shape uses. */
    private static <R extends CodecRequest> Function<ClientMessage, R> as(Class<R> shape) {
        return message -> ConditionCodec.REQUESTS.decodeAs(message, shape);
    }
}
