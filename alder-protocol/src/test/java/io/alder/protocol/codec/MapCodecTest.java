package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.Frames.bytes;
import static io.alder.protocol.codec.Wire.nullable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.MapCodec.ForceUnlockRequest;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapCodec.KeyValueRequest;
import io.alder.protocol.codec.MapCodec.LockRequest;
import io.alder.protocol.codec.MapCodec.PutRequest;
import io.alder.protocol.codec.MapCodec.PutWithMaxIdleRequest;
import io.alder.protocol.codec.MapCodec.ReplaceIfSameRequest;
import io.alder.protocol.codec.MapCodec.SetTtlRequest;
import io.alder.protocol.codec.MapCodec.TryLockRequest;
import io.alder.protocol.codec.MapCodec.TryPutRequest;
import io.alder.protocol.codec.MapCodec.TryRemoveRequest;
import io.alder.protocol.codec.MapCodec.UnlockRequest;
import io.alder.protocol.codec.MapListenerCodec.ClearNearCacheRequest;
import io.alder.protocol.codec.MapListenerCodec.EntryListenerRequest;
import io.alder.protocol.codec.MapListenerCodec.InterceptorRequest;
import io.alder.protocol.codec.MapListenerCodec.InvalidationMetadataRequest;
import io.alder.protocol.codec.MapListenerCodec.NearCacheListenerRequest;
import io.alder.protocol.codec.MapListenerCodec.NoParameters;
import io.alder.protocol.codec.MapListenerCodec.PartitionLostListenerRequest;
import io.alder.protocol.codec.MapQueryCodec.AddIndexRequest;
import io.alder.protocol.codec.MapQueryCodec.EventJournalReadRequest;
import io.alder.protocol.codec.MapQueryCodec.ExecuteOnKeysRequest;
import io.alder.protocol.codec.MapQueryCodec.FetchRequest;
import io.alder.protocol.codec.MapQueryCodec.FetchWithQueryRequest;
import io.alder.protocol.codec.MapQueryCodec.FunctionRequest;
import io.alder.protocol.codec.MapQueryCodec.FunctionWithPredicateRequest;
import io.alder.protocol.codec.MapQueryCodec.LoadAllRequest;
import io.alder.protocol.codec.MapQueryCodec.LoadGivenKeysRequest;
import io.alder.protocol.codec.MapQueryCodec.PredicateRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
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

/** Every Map request against a layout written by hand from the fact sheet's section 4.3. */
class MapCodecTest {

    private static final String N = "m";
    private static final Data K = Strings.toData("k");
    private static final Data V = Strings.toData("v");
    private static final Data W = Strings.toData("w");
    /** An IdentifiedDataSerializable blob (fact sheet 7.3), standing in for predicates and functions. */
    private static final Data P = Data.wrap(HexFormat.of().parseHex("00000000fffffffe01000000010000000200000005"));
    private static final Data F = Data.wrap(HexFormat.of().parseHex("00000000fffffffe01000000010000000300000006"));
    private static final Address MEMBER = new Address("127.0.0.1", 5701);
    private static final long CORRELATION_ID = 99;
    private static final int PARTITION = 17;

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    static Stream<Arguments> everyMapRequest() {
        return Stream.of(
                arguments(MAP_PUT, new PutRequest(N, K, V, 7, -1), List.of(N, K, V, 7L, -1L)),
                arguments(MAP_GET, new KeyRequest(N, K, 7), List.of(N, K, 7L)),
                arguments(MAP_REMOVE, new KeyRequest(N, K, 7), List.of(N, K, 7L)),
                arguments(MAP_REPLACE, new KeyValueRequest(N, K, V, 7), List.of(N, K, V, 7L)),
                arguments(MAP_REPLACE_IF_SAME, new ReplaceIfSameRequest(N, K, V, W, 7), List.of(N, K, V, W, 7L)),
                arguments(MAP_CONTAINS_KEY, new KeyRequest(N, K, 7), List.of(N, K, 7L)),
                arguments(MAP_CONTAINS_VALUE, new ValueRequest(N, V), List.of(N, V)),
                arguments(MAP_REMOVE_IF_SAME, new KeyValueRequest(N, K, V, 7), List.of(N, K, V, 7L)),
                arguments(MAP_DELETE, new KeyRequest(N, K, 7), List.of(N, K, 7L)),
                arguments(MAP_FLUSH, new NameRequest(N), List.of(N)),
                arguments(MAP_TRY_REMOVE, new TryRemoveRequest(N, K, 7, 500), List.of(N, K, 7L, 500L)),
                arguments(MAP_TRY_PUT, new TryPutRequest(N, K, V, 7, 500), List.of(N, K, V, 7L, 500L)),
                arguments(MAP_PUT_TRANSIENT, new PutRequest(N, K, V, 7, 0), List.of(N, K, V, 7L, 0L)),
                arguments(MAP_PUT_IF_ABSENT, new PutRequest(N, K, V, 7, 60_000), List.of(N, K, V, 7L, 60_000L)),
                arguments(MAP_SET, new PutRequest(N, K, V, 7, -1), List.of(N, K, V, 7L, -1L)),
                arguments(MAP_LOCK, new LockRequest(N, K, 7, 1000, 42), List.of(N, K, 7L, 1000L, 42L)),
                arguments(MAP_TRY_LOCK, new TryLockRequest(N, K, 7, 1000, 500, 42),
                        List.of(N, K, 7L, 1000L, 500L, 42L)),
                arguments(MAP_IS_LOCKED, new IsLockedRequest(N, K), List.of(N, K)),
                arguments(MAP_UNLOCK, new UnlockRequest(N, K, 7, 42), List.of(N, K, 7L, 42L)),
                arguments(MAP_ADD_INTERCEPTOR, new InterceptorRequest(N, F), List.of(N, F)),
                arguments(MAP_REMOVE_INTERCEPTOR, new RegistrationIdRequest(N, "id-1"), List.of(N, "id-1")),
                arguments(MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE,
                        new EntryListenerRequest(N, K, P, true, 7, false), List.of(N, K, P, true, 7, false)),
                arguments(MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE, new EntryListenerRequest(N, null, P, true, 7, false),
                        List.of(N, P, true, 7, false)),
                arguments(MAP_ADD_ENTRY_LISTENER_TO_KEY, new EntryListenerRequest(N, K, null, false, 3, true),
                        List.of(N, K, false, 3, true)),
                arguments(MAP_ADD_ENTRY_LISTENER, new EntryListenerRequest(N, null, null, true, 7, true),
                        List.of(N, true, 7, true)),
                arguments(MAP_ADD_NEAR_CACHE_ENTRY_LISTENER, new NearCacheListenerRequest(N, 256, true),
                        List.of(N, 256, true)),
                arguments(MAP_REMOVE_ENTRY_LISTENER, new RegistrationIdRequest(N, "r-1"), List.of(N, "r-1")),
                arguments(MAP_ADD_PARTITION_LOST_LISTENER, new PartitionLostListenerRequest(N, true), List.of(N, true)),
                arguments(MAP_REMOVE_PARTITION_LOST_LISTENER, new RegistrationIdRequest(N, "r-2"),
                        List.of(N, "r-2")),
                arguments(MAP_GET_ENTRY_VIEW, new KeyRequest(N, K, 7), List.of(N, K, 7L)),
                arguments(MAP_EVICT, new KeyRequest(N, K, 7), List.of(N, K, 7L)),
                arguments(MAP_EVICT_ALL, new NameRequest(N), List.of(N)),
                arguments(MAP_LOAD_ALL, new LoadAllRequest(N, true), List.of(N, true)),
                arguments(MAP_LOAD_GIVEN_KEYS, new LoadGivenKeysRequest(N, List.of(K, W), false),
                        List.of(N, List.of(K, W), false)),
                arguments(MAP_KEY_SET, new NameRequest(N), List.of(N)),
                arguments(MAP_GET_ALL, new ValueListRequest(N, List.of(K, W)), List.of(N, List.of(K, W))),
                arguments(MAP_VALUES, new NameRequest(N), List.of(N)),
                arguments(MAP_ENTRY_SET, new NameRequest(N), List.of(N)),
                arguments(MAP_KEY_SET_WITH_PREDICATE, new PredicateRequest(N, P), List.of(N, P)),
                arguments(MAP_VALUES_WITH_PREDICATE, new PredicateRequest(N, P), List.of(N, P)),
                arguments(MAP_ENTRIES_WITH_PREDICATE, new PredicateRequest(N, P), List.of(N, P)),
                arguments(MAP_ADD_INDEX, new AddIndexRequest(N, "age", true), List.of(N, "age", true)),
                arguments(MAP_SIZE, new NameRequest(N), List.of(N)),
                arguments(MAP_IS_EMPTY, new NameRequest(N), List.of(N)),
                arguments(MAP_PUT_ALL, new PutAllRequest(N, List.of(Map.entry(K, V), Map.entry(W, V))),
                        List.of(N, List.of(Map.entry(K, V), Map.entry(W, V)))),
                arguments(MAP_CLEAR, new NameRequest(N), List.of(N)),
                arguments(MAP_EXECUTE_ON_KEY, new MapCodec.ExecuteOnKeyRequest(N, F, K, 7), List.of(N, F, K, 7L)),
                arguments(MAP_SUBMIT_TO_KEY, new MapCodec.ExecuteOnKeyRequest(N, F, K, 7), List.of(N, F, K, 7L)),
                arguments(MAP_EXECUTE_ON_ALL_KEYS, new FunctionRequest(N, F), List.of(N, F)),
                arguments(MAP_EXECUTE_WITH_PREDICATE, new FunctionWithPredicateRequest(N, F, P), List.of(N, F, P)),
                arguments(MAP_EXECUTE_ON_KEYS, new ExecuteOnKeysRequest(N, F, List.of(K)), List.of(N, F, List.of(K))),
                arguments(MAP_FORCE_UNLOCK, new ForceUnlockRequest(N, K, 42), List.of(N, K, 42L)),
                arguments(MAP_KEY_SET_WITH_PAGING_PREDICATE, new PredicateRequest(N, P), List.of(N, P)),
                arguments(MAP_VALUES_WITH_PAGING_PREDICATE, new PredicateRequest(N, P), List.of(N, P)),
                arguments(MAP_ENTRIES_WITH_PAGING_PREDICATE, new PredicateRequest(N, P), List.of(N, P)),
                arguments(MAP_CLEAR_NEAR_CACHE, new ClearNearCacheRequest(N, MEMBER), List.of(N, MEMBER)),
                arguments(MAP_FETCH_KEYS, new FetchRequest(N, 43, 271, 100), List.of(N, 43, 271, 100)),
                arguments(MAP_FETCH_ENTRIES, new FetchRequest(N, 43, 12, 100), List.of(N, 43, 12, 100)),
                arguments(MAP_AGGREGATE, new FunctionRequest(N, F), List.of(N, F)),
                arguments(MAP_AGGREGATE_WITH_PREDICATE, new FunctionWithPredicateRequest(N, F, P), List.of(N, F, P)),
                arguments(MAP_PROJECT, new FunctionRequest(N, F), List.of(N, F)),
                arguments(MAP_PROJECT_WITH_PREDICATE, new FunctionWithPredicateRequest(N, F, P), List.of(N, F, P)),
                arguments(MAP_FETCH_NEAR_CACHE_INVALIDATION_METADATA,
                        new InvalidationMetadataRequest(List.of("m", "n"), MEMBER), List.of(List.of("m", "n"), MEMBER)),
                arguments(MAP_ASSIGN_AND_GET_UUIDS, NoParameters.INSTANCE, List.of()),
                arguments(MAP_REMOVE_ALL, new PredicateRequest(N, P), List.of(N, P)),
                arguments(MAP_ADD_NEAR_CACHE_INVALIDATION_LISTENER, new NearCacheListenerRequest(N, 0, false),
                        List.of(N, 0, false)),
                arguments(MAP_FETCH_WITH_QUERY, new FetchWithQueryRequest(N, 5, 100, F, P), List.of(N, 5, 100, F, P)),
                arguments(MAP_EVENT_JOURNAL_SUBSCRIBE, new NameRequest(N), List.of(N)),
                arguments(MAP_EVENT_JOURNAL_READ, new EventJournalReadRequest(N, 10, 1, 100, P, null),
                        List.of(N, 10L, 1, 100, nullable(P), nullable(null))),
                arguments(MAP_SET_TTL, new SetTtlRequest(N, K, 1000), List.of(N, K, 1000L)),
                arguments(MAP_PUT_WITH_MAX_IDLE, new PutWithMaxIdleRequest(N, K, V, 7, -1, 5000),
                        List.of(N, K, V, 7L, -1L, 5000L)),
                arguments(MAP_PUT_TRANSIENT_WITH_MAX_IDLE, new PutWithMaxIdleRequest(N, K, V, 7, 0, 5000),
                        List.of(N, K, V, 7L, 0L, 5000L)),
                arguments(MAP_PUT_IF_ABSENT_WITH_MAX_IDLE, new PutWithMaxIdleRequest(N, K, V, 7, 10, 5000),
                        List.of(N, K, V, 7L, 10L, 5000L)),
                arguments(MAP_SET_WITH_MAX_IDLE, new PutWithMaxIdleRequest(N, K, V, 7, -1, 0),
                        List.of(N, K, V, 7L, -1L, 0L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyMapRequest")
    void encodesAndDecodesAsTheFactSheetLaysOut(MessageType type, CodecRequest request, List<Object> wireFields) {
        byte[] expected = Wire.frame(type.id(), 0xc0, CORRELATION_ID, PARTITION, wireFields.toArray());

        byte[] encoded = bytes(MapCodec.REQUESTS.encode(allocator, type, CORRELATION_ID, PARTITION, request));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(decode(expected)).isEqualTo(request);
        assertThat(request.encodedSize()).as("size hint").isGreaterThanOrEqualTo(expected.length - 22);
    }

    @Test
    void coversAllSeventyFourMapRequests() {
        Set<MessageType> mapRequests = Arrays.stream(MessageType.values())
                .filter(type -> type.serviceId() == 0x01 && type.kind() == Kind.REQUEST)
                .collect(Collectors.toSet());
        Set<Object> tabled = everyMapRequest().map(arguments -> arguments.get()[0]).collect(Collectors.toSet());

        assertThat(mapRequests).hasSize(74);
        assertThat(MapCodec.REQUESTS.types()).isEqualTo(mapRequests);
        assertThat(tabled).isEqualTo(mapRequests);
    }

    @Test
    void matchesTheFactSheetPutVector() {
        PutRequest put = new PutRequest("m", Strings.toData("key1"), Strings.toData("value1"), 1, -1);

        byte[] encoded = bytes(MapCodec.REQUESTS.encode(allocator, MAP_PUT, 2, 43, put));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo("55000000" + "01c00101" + "0200000000000000"
                + "2b000000" + "1600" + "010000006d" + "10000000" + "00000000fffffff5000000046b657931"
                + "12000000" + "00000000fffffff50000000676616c756531" + "0100000000000000" + "ffffffffffffffff");
    }

    @Test
    void readsLockCallsOfClientsOlderThanProtocol12WithoutReferenceId() {
        assertThat(decode(Wire.frame(MAP_LOCK.id(), 0xc0, 1, 2, N, K, 7L, -1L)))
                .isEqualTo(new LockRequest(N, K, 7, -1, ReferenceIds.NONE));
        assertThat(decode(Wire.frame(MAP_TRY_LOCK.id(), 0xc0, 1, 2, N, K, 7L, 10L, 20L)))
                .isEqualTo(new TryLockRequest(N, K, 7, 10, 20, ReferenceIds.NONE));
        assertThat(decode(Wire.frame(MAP_UNLOCK.id(), 0xc0, 1, 2, N, K, 7L)))
                .isEqualTo(new UnlockRequest(N, K, 7, ReferenceIds.NONE));
        assertThat(decode(Wire.frame(MAP_FORCE_UNLOCK.id(), 0xc0, 1, 2, N, K)))
                .isEqualTo(new ForceUnlockRequest(N, K, ReferenceIds.NONE));
    }

    @Test
    void alwaysWritesTheReferenceId() {
        byte[] encoded = bytes(MapCodec.REQUESTS.encode(allocator, MAP_FORCE_UNLOCK, 1, 2,
                new ForceUnlockRequest(N, K, ReferenceIds.NONE)));

        assertThat(encoded).isEqualTo(Wire.frame(MAP_FORCE_UNLOCK.id(), 0xc0, 1, 2, N, K, 0L));
    }

    @Test
    void typedDecodersReadTheirShape() {
        ClientMessage put = ClientMessage.wrap(Unpooled.wrappedBuffer(
                Wire.frame(MAP_SET.id(), 0xc0, 1, 2, N, K, V, 7L, 0L)));
        ClientMessage listener = ClientMessage.wrap(Unpooled.wrappedBuffer(
                Wire.frame(MAP_ADD_ENTRY_LISTENER_TO_KEY.id(), 0xc0, 1, 2, N, K, true, 1, false)));
        try {
            assertThat(MapCodec.REQUESTS.decodeAs(put, PutRequest.class)).isEqualTo(new PutRequest(N, K, V, 7, 0));
            assertThat(MapCodec.REQUESTS.decodeAs(listener, EntryListenerRequest.class))
                    .isEqualTo(new EntryListenerRequest(N, K, null, true, 1, false));
            assertThat(MapCodec.REQUESTS.decodeAs(listener, EntryListenerRequest.class).messageType())
                    .isEqualTo(MAP_ADD_ENTRY_LISTENER_TO_KEY);
            assertThatThrownBy(() -> MapCodec.REQUESTS.decodeAs(put, EntryListenerRequest.class))
                    .isInstanceOf(MalformedMessageException.class).hasMessageContaining("MapSet(0x0112)");
        } finally {
            put.release();
            listener.release();
        }
    }

    @Test
    void refusesToSendARequestAsAnotherShape() {
        assertThatThrownBy(() -> MapCodec.REQUESTS.encode(allocator, MAP_PUT, 1, 2, new KeyRequest(N, K, 7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("KeyRequest cannot be sent as MAP_PUT");
        assertThatThrownBy(() -> MapCodec.REQUESTS.encode(allocator, MAP_ADD_ENTRY_LISTENER, 1, 2,
                new EntryListenerRequest(N, K, null, true, 1, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MapCodec.REQUESTS.encode(allocator, QUEUE_OFFER, 1, 2, new NameRequest(N)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTruncatedAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(MAP_PUT.id(), 0xc0, 1, 2, N, K, V, 7L)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(MAP_GET_ALL.id(), 0xc0, 1, 2, N, 1_000_000)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("data list length: 1000000");
        assertThatThrownBy(() -> decode(Wire.frame(CLIENT_PING.id(), 0xc0, 1, 2)))
                .isInstanceOf(MalformedMessageException.class).hasMessage("not a Map request: ClientPing(0x000f)");
    }

    private static CodecRequest decode(byte[] frame) {
        return Frames.decode(frame, MapCodec.REQUESTS::decode);
    }
}
