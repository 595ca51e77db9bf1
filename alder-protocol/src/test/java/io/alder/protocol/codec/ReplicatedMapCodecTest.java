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
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.protocol.codec.ReplicatedMapCodec.EntryListenerRequest;
import io.alder.protocol.codec.ReplicatedMapCodec.PutRequest;
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

/** Every ReplicatedMap request against a layout written by hand from the fact sheet. */
class ReplicatedMapCodecTest {

    private static final String N = "settings";
    private static final Data K = Strings.toData("k");
    private static final Data V = Strings.toData("v");
    private static final Data P = Strings.toData("a predicate");
    private static final long CORRELATION_ID = 93;
    private static final int PARTITION = 44;

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    static Stream<Arguments> everyReplicatedMapRequest() {
        Stream<Arguments> byName = Stream.of(REPLICATED_MAP_SIZE, REPLICATED_MAP_IS_EMPTY, REPLICATED_MAP_CLEAR,
                REPLICATED_MAP_KEY_SET, REPLICATED_MAP_VALUES, REPLICATED_MAP_ENTRY_SET)
                .map(type -> arguments(type, new NameRequest(N), List.of(N)));
        Stream<Arguments> byKey = Stream.of(REPLICATED_MAP_CONTAINS_KEY, REPLICATED_MAP_GET, REPLICATED_MAP_REMOVE)
                .map(type -> arguments(type, new IsLockedRequest(N, K), List.of(N, K)));
        Stream<Arguments> listeners = Stream.of(
                arguments(REPLICATED_MAP_ADD_ENTRY_LISTENER, new EntryListenerRequest(N, null, null, false),
                        List.of(N, false)),
                arguments(REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY, new EntryListenerRequest(N, K, null, true),
                        List.of(N, K, true)),
                arguments(REPLICATED_MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE, new EntryListenerRequest(N, null, P, false),
                        List.of(N, P, false)),
                arguments(REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE,
                        new EntryListenerRequest(N, K, P, true), List.of(N, K, P, true)),
                arguments(REPLICATED_MAP_ADD_NEAR_CACHE_ENTRY_LISTENER, new ValueListenerRequest(N, null, true, false),
                        List.of(N, true, false)),
                arguments(REPLICATED_MAP_REMOVE_ENTRY_LISTENER, new RegistrationIdRequest(N, "reg-1"),
                        List.of(N, "reg-1")));
        Stream<Arguments> others = Stream.of(
                arguments(REPLICATED_MAP_PUT, new PutRequest(N, K, V, 1500), List.of(N, K, V, 1500L)),
                arguments(REPLICATED_MAP_CONTAINS_VALUE, new ValueRequest(N, V), List.of(N, V)),
                arguments(REPLICATED_MAP_PUT_ALL, new PutAllRequest(N, List.of(Map.entry(K, V))),
                        List.of(N, List.of(Map.entry(K, V)))));
        return Stream.of(byName, byKey, listeners, others).flatMap(arguments -> arguments);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyReplicatedMapRequest")
    void encodesAndDecodesAsTheFactSheetLaysOut(MessageType type, CodecRequest request, List<Object> wireFields) {
        byte[] expected = Wire.frame(type.id(), 0xc0, CORRELATION_ID, PARTITION, wireFields.toArray());

        byte[] encoded = bytes(ReplicatedMapCodec.REQUESTS.encode(allocator, type, CORRELATION_ID, PARTITION,
                request));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(decode(expected, ReplicatedMapCodec.REQUESTS::decode)).isEqualTo(request);
        assertThat(request.encodedSize()).as("size hint").isGreaterThanOrEqualTo(expected.length - 22);
    }

    @Test
    void coversAllEighteenReplicatedMapRequests() {
        Set<MessageType> replicatedMapRequests = Arrays.stream(MessageType.values())
                .filter(type -> type.serviceId() == 0x0e && type.kind() == Kind.REQUEST)
                .collect(Collectors.toSet());
        Set<Object> tabled = everyReplicatedMapRequest().map(arguments -> arguments.get()[0])
                .collect(Collectors.toSet());

        assertThat(replicatedMapRequests).hasSize(18);
        assertThat(ReplicatedMapCodec.REQUESTS.types()).isEqualTo(replicatedMapRequests);
        assertThat(tabled).isEqualTo(replicatedMapRequests);
    }

    @Test
    void aListenerIsSentAsTheTypeItsKeyAndPredicateCallFor() {
        assertThat(new EntryListenerRequest(N, K, P, false).messageType())
                .isEqualTo(REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE);
        assertThatThrownBy(() -> ReplicatedMapCodec.REQUESTS.encode(allocator, REPLICATED_MAP_ADD_ENTRY_LISTENER, 1,
                -1, new EntryListenerRequest(N, K, null, false))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReplicatedMapCodec.REQUESTS.encode(allocator,
                REPLICATED_MAP_ADD_NEAR_CACHE_ENTRY_LISTENER, 1, -1, new ValueListenerRequest(N, K, true, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTruncatedAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(REPLICATED_MAP_PUT.id(), 0xc0, 1, 2, N, K, V),
                ReplicatedMapCodec.REQUESTS::decode)).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(REPLICATED_MAP_PUT_ALL.id(), 0xc0, 1, 2, N, 1_000_000),
                ReplicatedMapCodec.REQUESTS::decode)).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> decode(Wire.frame(MULTI_MAP_SIZE.id(), 0xc0, 1, 2, N),
                ReplicatedMapCodec.REQUESTS::decode)).isInstanceOf(MalformedMessageException.class)
                .hasMessage("not a ReplicatedMap request: MultiMapSize(0x020a)");
    }
}
