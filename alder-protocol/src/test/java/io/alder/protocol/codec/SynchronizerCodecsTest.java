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
import io.alder.protocol.codec.AtomicReferenceCodec.ReferenceRequest;
import io.alder.protocol.codec.SemaphoreCodec.TryAcquireRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.netty.buffer.ByteBufAllocator;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request of AtomicLong, AtomicReference, CountDownLatch and Semaphore against a layout written by hand
 * from the fact sheet's section 4.4.
 */
class SynchronizerCodecsTest {

    private static final String N = "sync";
    private static final Data F = Strings.toData("a serialized function");
    private static final Data V = Strings.toData("v");
    private static final Data W = Strings.toData("w");
    private static final long CORRELATION_ID = 91;
    private static final int PARTITION = 17;

    /** The families under test, by service id. */
    private static final Map<Integer, RequestFamily> FAMILIES = Map.of(0x0a, AtomicLongCodec.REQUESTS,
            0x0b, AtomicReferenceCodec.REQUESTS, 0x0c, CountDownLatchCodec.REQUESTS, 0x0d, SemaphoreCodec.REQUESTS);

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    static Stream<Arguments> everyRequest() {
        return Stream.of(
                arguments(ATOMIC_LONG_APPLY, new ValueRequest(N, F), List.of(N, F)),
                arguments(ATOMIC_LONG_ALTER, new ValueRequest(N, F), List.of(N, F)),
                arguments(ATOMIC_LONG_ALTER_AND_GET, new ValueRequest(N, F), List.of(N, F)),
                arguments(ATOMIC_LONG_GET_AND_ALTER, new ValueRequest(N, F), List.of(N, F)),
                arguments(ATOMIC_LONG_ADD_AND_GET, new LongRequest(N, -5), List.of(N, -5L)),
                arguments(ATOMIC_LONG_COMPARE_AND_SET, new AtomicLongCodec.CompareAndSetRequest(N, 3, 4),
                        List.of(N, 3L, 4L)),
                arguments(ATOMIC_LONG_DECREMENT_AND_GET, new NameRequest(N), List.of(N)),
                arguments(ATOMIC_LONG_GET, new NameRequest(N), List.of(N)),
                arguments(ATOMIC_LONG_GET_AND_ADD, new LongRequest(N, Long.MAX_VALUE), List.of(N, Long.MAX_VALUE)),
                arguments(ATOMIC_LONG_GET_AND_SET, new LongRequest(N, 8), List.of(N, 8L)),
                arguments(ATOMIC_LONG_INCREMENT_AND_GET, new NameRequest(N), List.of(N)),
                arguments(ATOMIC_LONG_GET_AND_INCREMENT, new NameRequest(N), List.of(N)),
                arguments(ATOMIC_LONG_SET, new LongRequest(N, Long.MIN_VALUE), List.of(N, Long.MIN_VALUE)),
                arguments(ATOMIC_REFERENCE_APPLY, new ValueRequest(N, F), List.of(N, F)),
                arguments(ATOMIC_REFERENCE_ALTER, new ValueRequest(N, F), List.of(N, F)),
                arguments(ATOMIC_REFERENCE_ALTER_AND_GET, new ValueRequest(N, F), List.of(N, F)),
                arguments(ATOMIC_REFERENCE_GET_AND_ALTER, new ValueRequest(N, F), List.of(N, F)),
                arguments(ATOMIC_REFERENCE_CONTAINS, new ReferenceRequest(N, V), List.of(N, nullable(V))),
                arguments(ATOMIC_REFERENCE_COMPARE_AND_SET, new AtomicReferenceCodec.CompareAndSetRequest(N, null, W),
                        List.of(N, nullable(null), nullable(W))),
                arguments(ATOMIC_REFERENCE_GET, new NameRequest(N), List.of(N)),
                arguments(ATOMIC_REFERENCE_SET, new ReferenceRequest(N, null), List.of(N, nullable(null))),
                arguments(ATOMIC_REFERENCE_CLEAR, new NameRequest(N), List.of(N)),
                arguments(ATOMIC_REFERENCE_GET_AND_SET, new ReferenceRequest(N, W), List.of(N, nullable(W))),
                arguments(ATOMIC_REFERENCE_SET_AND_GET, new ReferenceRequest(N, V), List.of(N, nullable(V))),
                arguments(ATOMIC_REFERENCE_IS_NULL, new NameRequest(N), List.of(N)),
                arguments(COUNT_DOWN_LATCH_AWAIT, new LongRequest(N, 1_500), List.of(N, 1_500L)),
                arguments(COUNT_DOWN_LATCH_COUNT_DOWN, new NameRequest(N), List.of(N)),
                arguments(COUNT_DOWN_LATCH_GET_COUNT, new NameRequest(N), List.of(N)),
                arguments(COUNT_DOWN_LATCH_TRY_SET_COUNT, new IntRequest(N, 3), List.of(N, 3)),
                arguments(SEMAPHORE_INIT, new IntRequest(N, 10), List.of(N, 10)),
                arguments(SEMAPHORE_ACQUIRE, new IntRequest(N, 2), List.of(N, 2)),
                arguments(SEMAPHORE_AVAILABLE_PERMITS, new NameRequest(N), List.of(N)),
                arguments(SEMAPHORE_DRAIN_PERMITS, new NameRequest(N), List.of(N)),
                arguments(SEMAPHORE_REDUCE_PERMITS, new IntRequest(N, 4), List.of(N, 4)),
                arguments(SEMAPHORE_RELEASE, new IntRequest(N, 1), List.of(N, 1)),
                arguments(SEMAPHORE_TRY_ACQUIRE, new TryAcquireRequest(N, 2, -1), List.of(N, 2, -1L)),
                arguments(SEMAPHORE_INCREASE_PERMITS, new IntRequest(N, 6), List.of(N, 6)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRequest")
    void encodesAndDecodesAsTheFactSheetLaysOut(MessageType type, CodecRequest request, List<Object> wireFields) {
        RequestFamily family = FAMILIES.get(type.serviceId());
        byte[] expected = Wire.frame(type.id(), 0xc0, CORRELATION_ID, PARTITION, wireFields.toArray());

        byte[] encoded = bytes(family.encode(allocator, type, CORRELATION_ID, PARTITION, request));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(decode(expected, family::decode)).isEqualTo(request);
        assertThat(request.encodedSize()).as("size hint").isGreaterThanOrEqualTo(expected.length - 22);
    }

    @Test
    void coversEveryRequestOfTheFourFamilies() {
        Set<Object> tabled = everyRequest().map(arguments -> arguments.get()[0]).collect(Collectors.toSet());

        FAMILIES.forEach((service, family) -> {
            Set<MessageType> requests = Arrays.stream(MessageType.values())
                    .filter(type -> type.serviceId() == service && type.kind() == Kind.REQUEST)
                    .collect(Collectors.toSet());
            assertThat(family.types()).isEqualTo(requests);
            assertThat(tabled).containsAll(requests);
        });
        assertThat(tabled).hasSize(13 + 12 + 4 + 8);
    }

    @Test
    void matchesATryAcquireFrameDrawnByHand() {
        byte[] encoded = bytes(SemaphoreCodec.REQUESTS.encode(allocator, SEMAPHORE_TRY_ACQUIRE, 2, 43,
                new TryAcquireRequest("S", 3, 250)));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo("27000000" + "01c0070d" + "0200000000000000"
                + "2b000000" + "1600" + "0100000053" + "03000000" + "fa00000000000000");
    }

    @Test
    void aNullReferenceIsOnlyTheIsNullFlag() {
        byte[] encoded = bytes(AtomicReferenceCodec.REQUESTS.encode(allocator, ATOMIC_REFERENCE_SET, 1, 2,
                new ReferenceRequest("R", null)));

        assertThat(HexFormat.of().formatHex(encoded, 22, encoded.length)).isEqualTo("0100000052" + "01");
    }

    @Test
    void rejectsTruncatedAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(SEMAPHORE_TRY_ACQUIRE.id(), 0xc0, 1, 2, N, 2),
                SemaphoreCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(ATOMIC_REFERENCE_SET.id(), 0xc0, 1, 2, N, false, 0x7fffffff),
                AtomicReferenceCodec.REQUESTS::decode)).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> decode(Wire.frame(ATOMIC_LONG_GET.id(), 0xc0, 1, 2, N),
                AtomicReferenceCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("not a AtomicReference request: AtomicLongGet(0x0a08)");
    }
}
