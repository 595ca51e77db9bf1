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
import io.alder.protocol.codec.ListCodec.AddAllWithIndexRequest;
import io.alder.protocol.codec.ListCodec.IndexRequest;
import io.alder.protocol.codec.ListCodec.IndexedValueRequest;
import io.alder.protocol.codec.ListCodec.SubRequest;
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

/** Every Set and List request against a layout written by hand from the fact sheet. */
class CollectionCodecTest {

    private static final String N = "todo";
    private static final Data V = Strings.toData("item-1");
    private static final Data W = Strings.toData("item-2");

    private static final CodecRequest BY_NAME = new NameRequest(N);
    private static final CodecRequest BY_VALUE = new ValueRequest(N, V);
    private static final CodecRequest BY_VALUES = new ValueListRequest(N, List.of(V, W));
    private static final CodecRequest LISTEN = new ItemListenerRequest(N, true, false);
    private static final CodecRequest STOP_LISTENING = new RegistrationIdRequest(N, "reg-1");

    static Stream<Arguments> everySetRequest() {
        return Stream.of(
                each(BY_NAME, List.of(N), SET_SIZE, SET_CLEAR, SET_GET_ALL, SET_IS_EMPTY),
                each(BY_VALUE, List.of(N, V), SET_CONTAINS, SET_ADD, SET_REMOVE),
                each(BY_VALUES, List.of(N, List.of(V, W)), SET_CONTAINS_ALL, SET_ADD_ALL, SET_COMPARE_AND_REMOVE_ALL,
                        SET_COMPARE_AND_RETAIN_ALL),
                each(LISTEN, List.of(N, true, false), SET_ADD_LISTENER),
                each(STOP_LISTENING, List.of(N, "reg-1"), SET_REMOVE_LISTENER)).flatMap(arguments -> arguments);
    }

    static Stream<Arguments> everyListRequest() {
        return Stream.of(
                each(BY_NAME, List.of(N), LIST_SIZE, LIST_CLEAR, LIST_GET_ALL, LIST_IS_EMPTY, LIST_ITERATOR),
                each(BY_VALUE, List.of(N, V), LIST_CONTAINS, LIST_ADD, LIST_REMOVE, LIST_INDEX_OF,
                        LIST_LAST_INDEX_OF),
                each(BY_VALUES, List.of(N, List.of(V, W)), LIST_CONTAINS_ALL, LIST_ADD_ALL,
                        LIST_COMPARE_AND_REMOVE_ALL, LIST_COMPARE_AND_RETAIN_ALL),
                each(LISTEN, List.of(N, true, false), LIST_ADD_LISTENER),
                each(STOP_LISTENING, List.of(N, "reg-1"), LIST_REMOVE_LISTENER),
                each(new IndexRequest(N, 3), List.of(N, 3), LIST_GET, LIST_REMOVE_WITH_INDEX),
                each(new IndexRequest(N, -1), List.of(N, -1), LIST_LIST_ITERATOR),
                each(new IndexedValueRequest(N, 2, V), List.of(N, 2, V), LIST_SET, LIST_ADD_WITH_INDEX),
                each(new AddAllWithIndexRequest(N, 1, List.of(V, W)), List.of(N, 1, List.of(V, W)),
                        LIST_ADD_ALL_WITH_INDEX),
                each(new SubRequest(N, 1, 4), List.of(N, 1, 4), LIST_SUB)).flatMap(arguments -> arguments);
    }

    /** The message types that {@code request} may be sent as, each laid out as {@code wireFields}. */
    private static Stream<Arguments> each(CodecRequest request, List<Object> wireFields, MessageType... types) {
        return Arrays.stream(types).map(type -> arguments(type, request, wireFields));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySetRequest")
    void setRequestsAreLaidOutAsTheFactSheetSays(MessageType type, CodecRequest request, List<Object> wireFields) {
        Frames.assertLayout(SetCodec.REQUESTS, type, request, wireFields);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyListRequest")
    void listRequestsAreLaidOutAsTheFactSheetSays(MessageType type, CodecRequest request, List<Object> wireFields) {
        Frames.assertLayout(ListCodec.REQUESTS, type, request, wireFields);
    }

    @Test
    void coversAllThirteenSetAndTwentyThreeListRequests() {
        assertThat(requestsOfService(0x06)).hasSize(13).isEqualTo(SetCodec.REQUESTS.types())
                .isEqualTo(tabled(everySetRequest()));
        assertThat(requestsOfService(0x05)).hasSize(23).isEqualTo(ListCodec.REQUESTS.types())
                .isEqualTo(tabled(everyListRequest()));
    }

    @Test
    void matchesTheCapturedSetAddFrame() {
        // e-misc.txt #031: SetAdd of "x" to "s" on partition 212
        byte[] encoded = bytes(SetCodec.REQUESTS.encode(ByteBufAllocator.DEFAULT, SET_ADD, 18, 212,
                new ValueRequest("s", Strings.toData("x"))));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo("2c000000" + "01c00406" + "1200000000000000"
                + "d4000000" + "1600" + "0100000073" + "0d000000" + "00000000" + "fffffff5" + "00000001" + "78");
    }

    @Test
    void rejectsTruncatedAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(LIST_SET.id(), 0xc0, 1, 2, N, 3), ListCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(LIST_ADD_ALL_WITH_INDEX.id(), 0xc0, 1, 2, N, 0, 1_000_000),
                ListCodec.REQUESTS::decode)).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> decode(Wire.frame(LIST_SIZE.id(), 0xc0, 1, 2, N), SetCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessage("not a Set request: ListSize(0x0501)");
    }

    private static Set<MessageType> requestsOfService(int serviceId) {
        return Arrays.stream(MessageType.values())
                .filter(type -> type.serviceId() == serviceId && type.kind() == Kind.REQUEST)
                .collect(Collectors.toSet());
    }

    private static Set<Object> tabled(Stream<Arguments> table) {
        return table.map(arguments -> arguments.get()[0]).collect(Collectors.toSet());
    }
}
