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
import io.alder.protocol.codec.QueueCodec.DrainRequest;
import io.alder.protocol.codec.QueueCodec.OfferRequest;
import io.alder.protocol.codec.QueueCodec.PollRequest;
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

/** Every Queue request, and the ITEM event, against a layout written by hand from the fact sheet. */
class QueueCodecTest {

    private static final String N = "jobs";
    private static final Data V = Strings.toData("job-1");
    private static final Data W = Strings.toData("job-2");
    private static final long CORRELATION_ID = 91;
    private static final int PARTITION = 17;

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    static Stream<Arguments> everyQueueRequest() {
        Stream<Arguments> byName = Stream.of(QUEUE_SIZE, QUEUE_TAKE, QUEUE_PEEK, QUEUE_ITERATOR, QUEUE_DRAIN_TO,
                QUEUE_CLEAR, QUEUE_REMAINING_CAPACITY, QUEUE_IS_EMPTY)
                .map(type -> arguments(type, new NameRequest(N), List.of(N)));
        Stream<Arguments> byValue = Stream.of(QUEUE_PUT, QUEUE_REMOVE, QUEUE_CONTAINS)
                .map(type -> arguments(type, new ValueRequest(N, V), List.of(N, V)));
        Stream<Arguments> byItems = Stream.of(QUEUE_CONTAINS_ALL, QUEUE_COMPARE_AND_REMOVE_ALL,
                QUEUE_COMPARE_AND_RETAIN_ALL, QUEUE_ADD_ALL)
                .map(type -> arguments(type, new ValueListRequest(N, List.of(V, W)), List.of(N, List.of(V, W))));
        Stream<Arguments> ownShapes = Stream.of(
                arguments(QUEUE_OFFER, new OfferRequest(N, V, 250), List.of(N, V, 250L)),
                arguments(QUEUE_POLL, new PollRequest(N, -1), List.of(N, -1L)),
                arguments(QUEUE_DRAIN_TO_MAX_SIZE, new DrainRequest(N, 10), List.of(N, 10)),
                arguments(QUEUE_ADD_LISTENER, new ItemListenerRequest(N, true, false), List.of(N, true, false)),
                arguments(QUEUE_REMOVE_LISTENER, new RegistrationIdRequest(N, "reg-1"), List.of(N, "reg-1")));
        return Stream.of(byName, byValue, byItems, ownShapes).flatMap(arguments -> arguments);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyQueueRequest")
    void encodesAndDecodesAsTheFactSheetLaysOut(MessageType type, CodecRequest request, List<Object> wireFields) {
        Frames.assertLayout(QueueCodec.REQUESTS, type, request, wireFields);
    }

    @Test
    void coversAllTwentyQueueRequests() {
        Set<MessageType> queueRequests = Arrays.stream(MessageType.values())
                .filter(type -> type.serviceId() == 0x03 && type.kind() == Kind.REQUEST)
                .collect(Collectors.toSet());
        Set<Object> tabled = everyQueueRequest().map(arguments -> arguments.get()[0]).collect(Collectors.toSet());

        assertThat(queueRequests).hasSize(20);
        assertThat(QueueCodec.REQUESTS.types()).isEqualTo(queueRequests);
        assertThat(tabled).isEqualTo(queueRequests);
    }

    @Test
    void matchesTheCapturedOfferFrame() {
        // e-misc.txt #012: QueueOffer of "e1" to "q" on partition 229, timeout 0
        byte[] encoded = bytes(QueueCodec.REQUESTS.encode(allocator, QUEUE_OFFER, 7, 229,
                new OfferRequest("q", Strings.toData("e1"), 0)));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo("35000000" + "01c00103" + "0700000000000000"
                + "e5000000" + "1600" + "0100000071" + "0e000000" + "00000000" + "fffffff5" + "00000002" + "6531"
                + "0000000000000000");
    }

    @Test
    void itemEventsWithAndWithoutTheItem() {
        EventCodec.ItemEvent added = new EventCodec.ItemEvent(V, "member-1", EventCodec.ITEM_ADDED);
        EventCodec.ItemEvent removed = new EventCodec.ItemEvent(null, "member-1", EventCodec.ITEM_REMOVED);
        byte[] withItem = Wire.frame(EVENT_ITEM.id(), 0xc1, CORRELATION_ID, PARTITION, nullable(V), "member-1", 1);
        byte[] withoutItem = Wire.frame(EVENT_ITEM.id(), 0xc1, CORRELATION_ID, PARTITION, nullable(null), "member-1",
                2);

        assertThat(bytes(EventCodec.encodeItem(allocator, CORRELATION_ID, PARTITION, added))).isEqualTo(withItem);
        assertThat(bytes(EventCodec.encodeItem(allocator, CORRELATION_ID, PARTITION, removed))).isEqualTo(withoutItem);
        assertThat(decode(withItem, EventCodec::decodeItem)).isEqualTo(added);
        assertThat(decode(withoutItem, EventCodec::decodeItem)).isEqualTo(removed);
    }

    @Test
    void refusesToSendARequestAsAnotherLayoutOrFamily() {
        assertThatThrownBy(() -> QueueCodec.REQUESTS.encode(allocator, QUEUE_OFFER, 1, 2, new ValueRequest(N, V)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ValueRequest cannot be sent as QUEUE_OFFER");
        assertThatThrownBy(() -> QueueCodec.REQUESTS.encode(allocator, MAP_SIZE, 1, 2, new NameRequest(N)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTruncatedAndForeignMessages() {
        assertThatThrownBy(() -> decode(Wire.frame(QUEUE_OFFER.id(), 0xc0, 1, 2, N, V), QueueCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode(Wire.frame(QUEUE_ADD_ALL.id(), 0xc0, 1, 2, N, 1_000_000),
                QueueCodec.REQUESTS::decode)).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> decode(Wire.frame(LOCK_IS_LOCKED.id(), 0xc0, 1, 2, N), QueueCodec.REQUESTS::decode))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("not a Queue request: LockIsLocked(0x0701)");
    }
}
