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
import io.alder.protocol.codec.LockCodec.ForceUnlockRequest;
import io.alder.protocol.codec.LockCodec.LockRequest;
import io.alder.protocol.codec.LockCodec.TryLockRequest;
import io.alder.protocol.codec.LockCodec.UnlockRequest;
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

/** Every Lock request against a layout written by hand from the fact sheet's section 4.4. */
class LockCodecTest {

    private static final String N = "my-lock";
    private static final long CORRELATION_ID = 77;
    private static final int PARTITION = 203;

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    static Stream<Arguments> everyLockRequest() {
        return Stream.of(
                arguments(LOCK_IS_LOCKED, new NameRequest(N), List.of(N)),
                arguments(LOCK_IS_LOCKED_BY_CURRENT_THREAD, new LongRequest(N, 7), List.of(N, 7L)),
                arguments(LOCK_GET_LOCK_COUNT, new NameRequest(N), List.of(N)),
                arguments(LOCK_GET_REMAINING_LEASE_TIME, new NameRequest(N), List.of(N)),
                arguments(LOCK_LOCK, new LockRequest(N, 1_000, 7, 42), List.of(N, 1_000L, 7L, 42L)),
                arguments(LOCK_UNLOCK, new UnlockRequest(N, 7, 43), List.of(N, 7L, 43L)),
                arguments(LOCK_FORCE_UNLOCK, new ForceUnlockRequest(N, 44), List.of(N, 44L)),
                arguments(LOCK_TRY_LOCK, new TryLockRequest(N, 7, Long.MAX_VALUE, 500, 45),
                        List.of(N, 7L, Long.MAX_VALUE, 500L, 45L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLockRequest")
    void encodesAndDecodesAsTheFactSheetLaysOut(MessageType type, CodecRequest request, List<Object> wireFields) {
        byte[] expected = Wire.frame(type.id(), 0xc0, CORRELATION_ID, PARTITION, wireFields.toArray());

        byte[] encoded = bytes(LockCodec.REQUESTS.encode(allocator, type, CORRELATION_ID, PARTITION, request));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(decode(expected, LockCodec.REQUESTS::decode)).isEqualTo(request);
        assertThat(request.encodedSize()).as("size hint").isGreaterThanOrEqualTo(expected.length - 22);
    }

    @Test
    void coversAllEightLockRequests() {
        Set<MessageType> lockRequests = Arrays.stream(MessageType.values())
                .filter(type -> type.serviceId() == 0x07 && type.kind() == Kind.REQUEST)
                .collect(Collectors.toSet());
        Set<Object> tabled = everyLockRequest().map(arguments -> arguments.get()[0]).collect(Collectors.toSet());

        assertThat(lockRequests).hasSize(8);
        assertThat(LockCodec.REQUESTS.types()).isEqualTo(lockRequests);
        assertThat(tabled).isEqualTo(lockRequests);
    }

    @Test
    void matchesALockFrameDrawnByHand() {
        byte[] encoded = bytes(LockCodec.REQUESTS.encode(allocator, LOCK_LOCK, 2, 43,
                new LockRequest("L", -1, 1, 5)));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo("33000000" + "01c00507" + "0200000000000000"
                + "2b000000" + "1600" + "010000004c" + "ffffffffffffffff" + "0100000000000000"
                + "0500000000000000");
    }

    @Test
    void readsCallsOfClientsOlderThanProtocol12WithoutReferenceId() {
        assertThat(decode(Wire.frame(LOCK_LOCK.id(), 0xc0, 1, 2, N, -1L, 7L), as(LockRequest.class)))
                .isEqualTo(new LockRequest(N, -1, 7, ReferenceIds.NONE));
        assertThat(decode(Wire.frame(LOCK_UNLOCK.id(), 0xc0, 1, 2, N, 7L), as(UnlockRequest.class)))
                .isEqualTo(new UnlockRequest(N, 7, ReferenceIds.NONE));
        assertThat(decode(Wire.frame(LOCK_FORCE_UNLOCK.id(), 0xc0, 1, 2, N), as(ForceUnlockRequest.class)))
                .isEqualTo(new ForceUnlockRequest(N, ReferenceIds.NONE));
        assertThat(decode(Wire.frame(LOCK_TRY_LOCK.id(), 0xc0, 1, 2, N, 7L, 10L, 20L), as(TryLockRequest.class)))
                .isEqualTo(new TryLockRequest(N, 7, 10, 20, ReferenceIds.NONE));
    }

    @Test
    void typedDecodersReadTheirLayout() {
        assertThat(decode(Wire.frame(LOCK_GET_LOCK_COUNT.id(), 0xc0, 1, 2, N), as(NameRequest.class)))
                .isEqualTo(new NameRequest(N));
        assertThat(decode(Wire.frame(LOCK_IS_LOCKED_BY_CURRENT_THREAD.id(), 0xc0, 1, 2, N, 9L),
                as(LongRequest.class))).isEqualTo(new LongRequest(N, 9));
    }

    @Test
    void alwaysWritesTheReferenceId() {
        byte[] encoded = bytes(LockCodec.REQUESTS.encode(allocator, LOCK_FORCE_UNLOCK, 1, 2,
                new ForceUnlockRequest(N, ReferenceIds.NONE)));

        assertThat(encoded).isEqualTo(Wire.frame(LOCK_FORCE_UNLOCK.id(), 0xc0, 1, 2, N, 0L));
    }

    @Test
    void refusesToSendARequestAsAnotherLayoutOrFamily() {
        assertThatThrownBy(() -> LockCodec.REQUESTS.encode(allocator, LOCK_LOCK, 1, 2, new NameRequest(N)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("NameRequest cannot be sent as LOCK_LOCK");
        assertThatThrownBy(() -> LockCodec.REQUESTS.encode(allocator, MAP_LOCK, 1, 2, new LockRequest(N, -1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTruncatedAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(LOCK_TRY_LOCK.id(), 0xc0, 1, 2, N, 7L, 10L),
                LockCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(MAP_IS_LOCKED.id(), 0xc0, 1, 2, N), LockCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("not a Lock request: MapIsLocked(0x0115)");
    }

    /** The typed decoder a handler of the shape uses. */
    private static <R extends CodecRequest> Function<ClientMessage, R> as(Class<R> shape) {
        return message -> LockCodec.REQUESTS.decodeAs(message, shape);
    }
}
