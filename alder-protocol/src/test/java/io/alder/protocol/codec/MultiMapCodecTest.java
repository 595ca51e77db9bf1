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
import io.alder.protocol.codec.MapCodec.ForceUnlockRequest;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapCodec.KeyValueRequest;
import io.alder.protocol.codec.MapCodec.LockRequest;
import io.alder.protocol.codec.MapCodec.TryLockRequest;
import io.alder.protocol.codec.MapCodec.UnlockRequest;
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

/** Every MultiMap request, and the ENTRY event it registers for, against hand-written layouts. */
class MultiMapCodecTest {

    private static final String N = "tags";
    private static final Data K = Strings.toData("k");
    private static final Data V = Strings.toData("v");
    private static final long CORRELATION_ID = 92;
    private static final int PARTITION = 33;

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    static Stream<Arguments> everyMultiMapRequest() {
        Stream<Arguments> byKey = Stream.of(MULTI_MAP_GET, MULTI_MAP_REMOVE, MULTI_MAP_CONTAINS_KEY,
                MULTI_MAP_VALUE_COUNT, MULTI_MAP_DELETE)
                .map(type -> arguments(type, new KeyRequest(N, K, 7), List.of(N, K, 7L)));
        Stream<Arguments> byKeyAndValue = Stream.of(MULTI_MAP_PUT, MULTI_MAP_CONTAINS_ENTRY, MULTI_MAP_REMOVE_ENTRY)
                .map(type -> arguments(type, new KeyValueRequest(N, K, V, 7), List.of(N, K, V, 7L)));
        Stream<Arguments> byName = Stream.of(MULTI_MAP_KEY_SET, MULTI_MAP_VALUES, MULTI_MAP_ENTRY_SET, MULTI_MAP_SIZE,
                MULTI_MAP_CLEAR)
                .map(type -> arguments(type, new NameRequest(N), List.of(N)));
        Stream<Arguments> others = Stream.of(
                arguments(MULTI_MAP_CONTAINS_VALUE, new ValueRequest(N, V), List.of(N, V)),
                arguments(MULTI_MAP_ADD_ENTRY_LISTENER, new ValueListenerRequest(N, null, true, false),
                        List.of(N, true, false)),
                arguments(MULTI_MAP_ADD_ENTRY_LISTENER_TO_KEY, new ValueListenerRequest(N, K, false, true),
                        List.of(N, K, false, true)),
                arguments(MULTI_MAP_REMOVE_ENTRY_LISTENER, new RegistrationIdRequest(N, "reg-1"), List.of(N, "reg-1")),
                arguments(MULTI_MAP_LOCK, new LockRequest(N, K, 7, -1, 11), List.of(N, K, 7L, -1L, 11L)),
                arguments(MULTI_MAP_TRY_LOCK, new TryLockRequest(N, K, 7, Long.MAX_VALUE, 250, 12),
                        List.of(N, K, 7L, Long.MAX_VALUE, 250L, 12L)),
                arguments(MULTI_MAP_IS_LOCKED, new IsLockedRequest(N, K), List.of(N, K)),
                arguments(MULTI_MAP_UNLOCK, new UnlockRequest(N, K, 7, 13), List.of(N, K, 7L, 13L)),
                arguments(MULTI_MAP_FORCE_UNLOCK, new ForceUnlockRequest(N, K, 14), List.of(N, K, 14L)));
        return Stream.of(byKey, byKeyAndValue, byName, others).flatMap(arguments -> arguments);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyMultiMapRequest")
    void encodesAndDecodesAsTheFactSheetLaysOut(MessageType type, CodecRequest request, List<Object> wireFields) {
        byte[] expected = Wire.frame(type.id(), 0xc0, CORRELATION_ID, PARTITION, wireFields.toArray());

        byte[] encoded = bytes(MultiMapCodec.REQUESTS.encode(allocator, type, CORRELATION_ID, PARTITION, request));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(decode(expected, MultiMapCodec.REQUESTS::decode)).isEqualTo(request);
        assertThat(request.encodedSize()).as("size hint").isGreaterThanOrEqualTo(expected.length - 22);
    }

    @Test
    void coversAllTwentyTwoMultiMapRequests() {
        Set<MessageType> multiMapRequests = Arrays.stream(MessageType.values())
                .filter(type -> type.serviceId() == 0x02 && type.kind() == Kind.REQUEST)
                .collect(Collectors.toSet());
        Set<Object> tabled = everyMultiMapRequest().map(arguments -> arguments.get()[0]).collect(Collectors.toSet());

        assertThat(multiMapRequests).hasSize(22);
        assertThat(MultiMapCodec.REQUESTS.types()).isEqualTo(multiMapRequests);
        assertThat(tabled).isEqualTo(multiMapRequests);
    }

    @Test
    void lockCallsFromClientsBeforeProtocol12HaveNoReferenceId() {
        byte[] withoutReferenceId = Wire.frame(MULTI_MAP_UNLOCK.id(), 0xc0, 1, PARTITION, N, K, 7L);

        assertThat(decode(withoutReferenceId, MultiMapCodec.REQUESTS::decode))
                .isEqualTo(new UnlockRequest(N, K, 7, ReferenceIds.NONE));
    }

    @Test
    void aListenerIsSentAsTheTypeItsKeyCallsFor() {
        assertThatThrownBy(() -> MultiMapCodec.REQUESTS.encode(allocator, MULTI_MAP_ADD_ENTRY_LISTENER, 1, -1,
                new ValueListenerRequest(N, K, true, false))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultiMapCodec.REQUESTS.encode(allocator, MULTI_MAP_ADD_ENTRY_LISTENER_TO_KEY, 1, -1,
                new ValueListenerRequest(N, null, true, false))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entryEventsOfAMultiMap() {
        EventCodec.EntryEvent added = new EventCodec.EntryEvent(K, V, null, null, 1, "member-1", 1);
        EventCodec.EntryEvent cleared = new EventCodec.EntryEvent(null, null, null, null, 32, "member-1", 3);
        byte[] addedFrame = Wire.frame(EVENT_ENTRY.id(), 0xc1, CORRELATION_ID, PARTITION, nullable(K), nullable(V),
                nullable(null), nullable(null), 1, "member-1", 1);
        byte[] clearedFrame = Wire.frame(EVENT_ENTRY.id(), 0xc1, CORRELATION_ID, -1, nullable(null), nullable(null),
                nullable(null), nullable(null), 32, "member-1", 3);

        assertThat(bytes(EventCodec.encodeEntry(allocator, CORRELATION_ID, PARTITION, added))).isEqualTo(addedFrame);
        assertThat(bytes(EventCodec.encodeEntry(allocator, CORRELATION_ID, -1, cleared))).isEqualTo(clearedFrame);
        assertThat(decode(clearedFrame, EventCodec::decodeEntry)).isEqualTo(cleared);
    }

    @Test
    void rejectsTruncatedAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(MULTI_MAP_PUT.id(), 0xc0, 1, 2, N, K, V),
                MultiMapCodec.REQUESTS::decode)).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(MAP_PUT.id(), 0xc0, 1, 2, N), MultiMapCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessage("not a MultiMap request: MapPut(0x0101)");
    }
}
