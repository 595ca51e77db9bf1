package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.ItemListenerRequest;
import io.alder.protocol.codec.ListCodec;
import io.alder.protocol.codec.ListCodec.AddAllWithIndexRequest;
import io.alder.protocol.codec.ListCodec.IndexRequest;
import io.alder.protocol.codec.ListCodec.IndexedValueRequest;
import io.alder.protocol.codec.ListCodec.SubRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** List frames in, List frames out: every handler against a real engine, without sockets. */
class ListRequestsTest {

    private static final String LIST = "todo";
    private static final int PL = Partitions.partitionIdOfName(LIST, 271);
    private static final Data A = Strings.toData("a");
    private static final Data B = Strings.toData("b");
    private static final Data C = Strings.toData("c");

    private final HandlerHarness harness = new HandlerHarness(ListCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();

    ListRequestsTest() {
        new ListRequests(harness.engine().lists()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyListMessageHasAHandler() {
        assertThat(ListCodec.REQUESTS.types()).hasSize(23).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void sharedMessagesAnswerAsForSets() {
        assertThat(bool(LIST_ADD, new ValueRequest(LIST, A))).isTrue();
        assertThat(bool(LIST_ADD_ALL, new ValueListRequest(LIST, List.of(B, A)))).isTrue();
        assertThat(bool(LIST_CONTAINS, new ValueRequest(LIST, B))).isTrue();
        assertThat(bool(LIST_CONTAINS_ALL, new ValueListRequest(LIST, List.of(A, B)))).isTrue();
        assertThat(decoded(call(LIST_SIZE, new NameRequest(LIST)), ResponseCodec::decodeInt)).isEqualTo(3);
        assertThat(items(LIST_GET_ALL, new NameRequest(LIST))).containsExactly(A, B, A);
        assertThat(bool(LIST_REMOVE, new ValueRequest(LIST, A))).isTrue();
        assertThat(bool(LIST_COMPARE_AND_REMOVE_ALL, new ValueListRequest(LIST, List.of(A)))).isTrue();
        assertThat(bool(LIST_COMPARE_AND_RETAIN_ALL, new ValueListRequest(LIST, List.of(B)))).isFalse();
        assertThat(decoded(call(LIST_CLEAR, new NameRequest(LIST)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
        assertThat(bool(LIST_IS_EMPTY, new NameRequest(LIST))).isTrue();
    }

    @Test
    void indexMessages() {
        assertThat(decoded(call(LIST_ADD_WITH_INDEX, new IndexedValueRequest(LIST, -1, A)), ClientMessage::type))
                .as("-1 adds at the end").isEqualTo(MessageType.VOID.id());
        call(LIST_ADD_WITH_INDEX, new IndexedValueRequest(LIST, 0, B)).release();
        assertThat(bool(LIST_ADD_ALL_WITH_INDEX, new AddAllWithIndexRequest(LIST, 1, List.of(C, C)))).isTrue();
        assertThat(items(LIST_ITERATOR, new NameRequest(LIST))).containsExactly(B, C, C, A);

        assertThat(data(LIST_GET, new IndexRequest(LIST, 3))).isEqualTo(A);
        assertThat(data(LIST_SET, new IndexedValueRequest(LIST, 0, A))).isEqualTo(B);
        assertThat(data(LIST_REMOVE_WITH_INDEX, new IndexRequest(LIST, 1))).isEqualTo(C);
        assertThat(decoded(call(LIST_INDEX_OF, new ValueRequest(LIST, A)), ResponseCodec::decodeInt)).isZero();
        assertThat(decoded(call(LIST_LAST_INDEX_OF, new ValueRequest(LIST, A)), ResponseCodec::decodeInt))
                .isEqualTo(2);
        assertThat(items(LIST_SUB, new SubRequest(LIST, 1, 3))).containsExactly(C, A);
        assertThat(items(LIST_LIST_ITERATOR, new IndexRequest(LIST, 1))).containsExactly(C, A);
        assertThat(items(LIST_LIST_ITERATOR, new IndexRequest(LIST, -1))).containsExactly(A, C, A);
    }

    @Test
    void indexesOutOfRangeAreAnsweredWithTheErrorsOf312() {
        call(LIST_ADD, new ValueRequest(LIST, A)).release();

        assertError(call(LIST_GET, new IndexRequest(LIST, 1)), ErrorCode.INDEX_OUT_OF_BOUNDS,
                "Index 1 out of bounds for length 1");
        assertError(call(LIST_ADD_WITH_INDEX, new IndexedValueRequest(LIST, 3, B)), ErrorCode.INDEX_OUT_OF_BOUNDS,
                "Index: 3, Size: 1");
        assertError(call(LIST_SUB, new SubRequest(LIST, 0, 2)), ErrorCode.INDEX_OUT_OF_BOUNDS, "toIndex = 2");
        assertError(call(LIST_LIST_ITERATOR, new IndexRequest(LIST, 2)), ErrorCode.ILLEGAL_ARGUMENT,
                "fromIndex(2) > toIndex(1)");
    }

    @Test
    void removeAtAnIndexIsReportedWithoutItsItem() {
        RecordingConnection bob = harness.bob();
        long registrationCall = harness.send(bob, LIST_ADD_LISTENER, -1, new ItemListenerRequest(LIST, true, true));
        bob.poll().release();
        call(LIST_ADD, new ValueRequest(LIST, A)).release();

        assertThat(data(LIST_REMOVE_WITH_INDEX, new IndexRequest(LIST, 0))).isEqualTo(A);

        assertThat(decoded(bob.poll(), EventCodec::decodeItem).eventType()).isEqualTo(EventCodec.ITEM_ADDED);
        ClientMessage removed = bob.poll();
        assertThat(removed.correlationId()).isEqualTo(registrationCall);
        assertThat(decoded(removed, EventCodec::decodeItem)).isEqualTo(new EventCodec.ItemEvent(null,
                harness.engine().memberUuid(), EventCodec.ITEM_REMOVED));
    }

    private static void assertError(ClientMessage answer, ErrorCode code, String message) {
        ErrorCodec.Error error = decoded(answer, ErrorCodec::decode);
        assertThat(error.errorCode()).isEqualTo(code.code());
        assertThat(error.className()).isEqualTo(code.className());
        assertThat(error.message()).isEqualTo(message);
    }

    private boolean bool(MessageType type, CodecRequest request) {
        return decoded(call(type, request), ResponseCodec::decodeBoolean);
    }

    private Data data(MessageType type, CodecRequest request) {
        return decoded(call(type, request), ResponseCodec::decodeData);
    }

    private List<Data> items(MessageType type, CodecRequest request) {
        return decoded(call(type, request), ResponseCodec::decodeDataList);
    }

    /** Sends a request on the list's partition that must be answered at once, and returns the answer. */
    private ClientMessage call(MessageType type, CodecRequest request) {
        return harness.call(alice, type, PL, request);
    }
}
