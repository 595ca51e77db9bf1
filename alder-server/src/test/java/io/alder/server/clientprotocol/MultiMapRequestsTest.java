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
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec.ForceUnlockRequest;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapCodec.KeyValueRequest;
import io.alder.protocol.codec.MapCodec.LockRequest;
import io.alder.protocol.codec.MapCodec.TryLockRequest;
import io.alder.protocol.codec.MapCodec.UnlockRequest;
import io.alder.protocol.codec.MultiMapCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListenerRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** MultiMap frames in, MultiMap frames out: every handler against a real engine, without sockets. */
class MultiMapRequestsTest {

    private static final String NAME = "tags";
    private static final Data K = Strings.toData("k");
    private static final int PK = Partitions.partitionId(K, 271);
    private static final Data A = Strings.toData("a");
    private static final Data B = Strings.toData("b");
    private static final long ALICE_THREAD = 1;
    private static final long BOB_THREAD = 1;

    private final HandlerHarness harness = new HandlerHarness(MultiMapCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    MultiMapRequestsTest() {
        new MultiMapRequests(harness.engine().multiMaps()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyMultiMapMessageHasAHandler() {
        assertThat(MultiMapCodec.REQUESTS.types()).hasSize(22).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void keyOperationsAnswerAs312() {
        assertThat(decoded(onKey(alice, MULTI_MAP_PUT, new KeyValueRequest(NAME, K, A, ALICE_THREAD)),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(onKey(alice, MULTI_MAP_PUT, new KeyValueRequest(NAME, K, A, ALICE_THREAD)),
                ResponseCodec::decodeBoolean)).as("a SET multimap has it already").isFalse();
        onKey(alice, MULTI_MAP_PUT, new KeyValueRequest(NAME, K, B, ALICE_THREAD)).release();

        assertThat(decoded(onKey(bob, MULTI_MAP_GET, new KeyRequest(NAME, K, BOB_THREAD)),
                ResponseCodec::decodeDataList)).containsExactly(A, B);
        assertThat(decoded(onKey(bob, MULTI_MAP_VALUE_COUNT, new KeyRequest(NAME, K, BOB_THREAD)),
                ResponseCodec::decodeInt)).isEqualTo(2);
        assertThat(decoded(onKey(bob, MULTI_MAP_CONTAINS_KEY, new KeyRequest(NAME, K, BOB_THREAD)),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(onKey(bob, MULTI_MAP_CONTAINS_ENTRY, new KeyValueRequest(NAME, K, B, BOB_THREAD)),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(onKey(bob, MULTI_MAP_REMOVE_ENTRY, new KeyValueRequest(NAME, K, A, BOB_THREAD)),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(onKey(bob, MULTI_MAP_REMOVE, new KeyRequest(NAME, K, BOB_THREAD)),
                ResponseCodec::decodeDataList)).containsExactly(B);
        onKey(bob, MULTI_MAP_PUT, new KeyValueRequest(NAME, K, A, BOB_THREAD)).release();
        assertThat(decoded(onKey(bob, MULTI_MAP_DELETE, new KeyRequest(NAME, K, BOB_THREAD)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
        assertThat(decoded(onKey(bob, MULTI_MAP_GET, new KeyRequest(NAME, K, BOB_THREAD)),
                ResponseCodec::decodeDataList)).isEmpty();
    }

    @Test
    void wholeMultiMapMessagesIgnoreTheHeader() {
        onKey(alice, MULTI_MAP_PUT, new KeyValueRequest(NAME, K, A, ALICE_THREAD)).release();
        onKey(alice, MULTI_MAP_PUT, new KeyValueRequest(NAME, K, B, ALICE_THREAD)).release();

        assertThat(decoded(anyMember(MULTI_MAP_SIZE, new NameRequest(NAME)), ResponseCodec::decodeInt)).isEqualTo(2);
        assertThat(decoded(anyMember(MULTI_MAP_KEY_SET, new NameRequest(NAME)), ResponseCodec::decodeDataList))
                .containsExactly(K);
        assertThat(decoded(anyMember(MULTI_MAP_VALUES, new NameRequest(NAME)), ResponseCodec::decodeDataList))
                .containsExactly(A, B);
        assertThat(decoded(anyMember(MULTI_MAP_ENTRY_SET, new NameRequest(NAME)), ResponseCodec::decodeEntryList))
                .containsExactly(Map.entry(K, A), Map.entry(K, B));
        assertThat(decoded(anyMember(MULTI_MAP_CONTAINS_VALUE, new ValueRequest(NAME, B)),
                ResponseCodec::decodeBoolean)).isTrue();
        anyMember(MULTI_MAP_CLEAR, new NameRequest(NAME)).release();
        assertThat(decoded(anyMember(MULTI_MAP_SIZE, new NameRequest(NAME)), ResponseCodec::decodeInt)).isZero();
    }

    @Test
    void aPutOnAKeyAnotherClientLockedIsAnsweredAtTheUnlock() {
        onKey(alice, MULTI_MAP_LOCK, new LockRequest(NAME, K, ALICE_THREAD, -1, 1)).release();
        assertThat(decoded(onKey(bob, MULTI_MAP_IS_LOCKED, new IsLockedRequest(NAME, K)),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(onKey(bob, MULTI_MAP_TRY_LOCK,
                new TryLockRequest(NAME, K, BOB_THREAD, Long.MAX_VALUE, 0, 1)), ResponseCodec::decodeBoolean))
                .isFalse();

        long putId = harness.send(bob, MULTI_MAP_PUT, PK, new KeyValueRequest(NAME, K, A, BOB_THREAD));
        assertThat(bob.pendingFrames()).isZero();
        onKey(alice, MULTI_MAP_UNLOCK, new UnlockRequest(NAME, K, ALICE_THREAD, 2)).release();

        ClientMessage answer = bob.poll();
        assertThat(answer.correlationId()).isEqualTo(putId);
        assertThat(decoded(answer, ResponseCodec::decodeBoolean)).isTrue();
    }

    @Test
    void unlockByAnotherClientIsRefusedAndForceUnlockIsNot() {
        onKey(alice, MULTI_MAP_LOCK, new LockRequest(NAME, K, ALICE_THREAD, -1, 1)).release();

        ErrorCodec.Error error = decoded(onKey(bob, MULTI_MAP_UNLOCK, new UnlockRequest(NAME, K, BOB_THREAD, 1)),
                ErrorCodec::decode);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_MONITOR_STATE.code());
        onKey(bob, MULTI_MAP_FORCE_UNLOCK, new ForceUnlockRequest(NAME, K, 2)).release();

        assertThat(decoded(onKey(bob, MULTI_MAP_IS_LOCKED, new IsLockedRequest(NAME, K)),
                ResponseCodec::decodeBoolean)).isFalse();
    }

    @Test
    void listenersHearEntryEventsUntilRemoved() {
        long registrationCall = harness.send(bob, MULTI_MAP_ADD_ENTRY_LISTENER_TO_KEY, -1,
                new ValueListenerRequest(NAME, K, true, true));
        String registrationId = decoded(bob.poll(), ResponseCodec::decodeString);

        onKey(alice, MULTI_MAP_PUT, new KeyValueRequest(NAME, K, A, ALICE_THREAD)).release();
        anyMember(MULTI_MAP_CLEAR, new NameRequest(NAME)).release();

        ClientMessage added = bob.poll();
        assertThat(added.correlationId()).isEqualTo(registrationCall);
        assertThat(added.partitionId()).isEqualTo(PK);
        String member = harness.engine().memberUuid();
        assertThat(decoded(added, EventCodec::decodeEntry))
                .isEqualTo(new EventCodec.EntryEvent(K, A, null, null, 1, member, 1));
        ClientMessage cleared = bob.poll();
        assertThat(cleared.partitionId()).isEqualTo(-1);
        assertThat(decoded(cleared, EventCodec::decodeEntry))
                .isEqualTo(new EventCodec.EntryEvent(null, null, null, null, 32, member, 1));

        assertThat(decoded(harness.call(bob, MULTI_MAP_REMOVE_ENTRY_LISTENER, -1,
                new RegistrationIdRequest(NAME, registrationId)), ResponseCodec::decodeBoolean)).isTrue();
        onKey(alice, MULTI_MAP_PUT, new KeyValueRequest(NAME, K, A, ALICE_THREAD)).release();
        assertThat(bob.pendingFrames()).isZero();
    }

    @Test
    void listenersWithoutValuesHearNoValue() {
        harness.send(bob, MULTI_MAP_ADD_ENTRY_LISTENER, -1, new ValueListenerRequest(NAME, null, false, true));
        bob.poll().release();

        onKey(alice, MULTI_MAP_PUT, new KeyValueRequest(NAME, K, A, ALICE_THREAD)).release();

        EventCodec.EntryEvent event = decoded(bob.poll(), EventCodec::decodeEntry);
        assertThat(event.key()).isEqualTo(K);
        assertThat(event.value()).isNull();
    }

    @Test
    void aKeyMessageWithoutHeaderPartitionIsRefused() {
        ErrorCodec.Error error = decoded(harness.call(alice, MULTI_MAP_GET, -1, new KeyRequest(NAME, K, 1)),
                ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());
        assertThat(error.message()).contains("MultiMapGet").contains("partition id in the frame header");
    }

    /** Sends a request on the key's partition that must be answered at once, and returns the answer. */
    private ClientMessage onKey(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, PK, request);
    }

    /** Sends a request without a partition, as 3.12 clients send the whole-multimap ones. */
    private ClientMessage anyMember(MessageType type, CodecRequest request) {
        return harness.call(alice, type, -1, request);
    }
}
