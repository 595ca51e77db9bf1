package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.collection.SetService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.ItemListenerRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.SetCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Set frames in, Set frames out: every handler against a real engine, without sockets. */
class SetRequestsTest {

    private static final String SET = "tags";
    private static final int PS = Partitions.partitionIdOfName(SET, 271);
    private static final Data A = Strings.toData("a");
    private static final Data B = Strings.toData("b");

    private final HandlerHarness harness = new HandlerHarness(SetCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    SetRequestsTest() {
        new SetRequests(harness.engine().sets()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everySetMessageHasAHandler() {
        assertThat(SetCodec.REQUESTS.types()).hasSize(13).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void singleItemsAndSizes() {
        assertThat(bool(SET_ADD, new ValueRequest(SET, A))).isTrue();
        assertThat(bool(SET_ADD, new ValueRequest(SET, A))).isFalse();
        assertThat(bool(SET_CONTAINS, new ValueRequest(SET, A))).isTrue();
        assertThat(decoded(call(bob, SET_SIZE, new NameRequest(SET)), ResponseCodec::decodeInt)).isEqualTo(1);
        assertThat(bool(SET_IS_EMPTY, new NameRequest(SET))).isFalse();
        assertThat(bool(SET_REMOVE, new ValueRequest(SET, A))).isTrue();
        assertThat(bool(SET_IS_EMPTY, new NameRequest(SET))).isTrue();
    }

    @Test
    void bulkMessages() {
        assertThat(bool(SET_ADD_ALL, new ValueListRequest(SET, List.of(A, B, A)))).isTrue();
        assertThat(bool(SET_CONTAINS_ALL, new ValueListRequest(SET, List.of(B, A)))).isTrue();
        assertThat(decoded(call(alice, SET_GET_ALL, new NameRequest(SET)), ResponseCodec::decodeDataList))
                .containsExactly(A, B);
        assertThat(bool(SET_COMPARE_AND_RETAIN_ALL, new ValueListRequest(SET, List.of(A)))).isTrue();
        assertThat(bool(SET_COMPARE_AND_REMOVE_ALL, new ValueListRequest(SET, List.of(B)))).isFalse();
        assertThat(decoded(call(alice, SET_CLEAR, new NameRequest(SET)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
        assertThat(bool(SET_IS_EMPTY, new NameRequest(SET))).isTrue();
    }

    @Test
    void listenersHearItemEventsOfOtherClientsUntilRemoved() {
        long registrationCall = harness.send(bob, SET_ADD_LISTENER, -1, new ItemListenerRequest(SET, true, true));
        String registrationId = decoded(bob.poll(), ResponseCodec::decodeString);

        bool(SET_ADD, new ValueRequest(SET, A));
        bool(SET_REMOVE, new ValueRequest(SET, A));

        ClientMessage added = bob.poll();
        assertThat(added.correlationId()).isEqualTo(registrationCall);
        assertThat(added.partitionId()).isEqualTo(PS);
        assertThat(decoded(added, EventCodec::decodeItem)).isEqualTo(new EventCodec.ItemEvent(A,
                harness.engine().memberUuid(), EventCodec.ITEM_ADDED));
        assertThat(decoded(bob.poll(), EventCodec::decodeItem).eventType()).isEqualTo(EventCodec.ITEM_REMOVED);
        assertThat(decoded(harness.call(bob, SET_REMOVE_LISTENER, -1, new RegistrationIdRequest(SET, registrationId)),
                ResponseCodec::decodeBoolean)).isTrue();
        bool(SET_ADD, new ValueRequest(SET, B));
        assertThat(bob.pendingFrames()).isZero();
    }

    @Test
    void destroyedSetStartsEmpty() {
        bool(SET_ADD, new ValueRequest(SET, A));

        harness.engine().distributedObjects().destroy(SetService.SERVICE_NAME, SET);

        assertThat(bool(SET_CONTAINS, new ValueRequest(SET, A))).isFalse();
    }

    private boolean bool(MessageType type, CodecRequest request) {
        return decoded(call(alice, type, request), ResponseCodec::decodeBoolean);
    }

    /** Sends a request on the set's partition that must be answered at once, and returns the answer. */
    private ClientMessage call(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, PS, request);
    }
}
