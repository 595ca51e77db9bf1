package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.codec.MapCodec.PutRequest;
import io.alder.protocol.codec.MapCodec.PutWithMaxIdleRequest;
import io.alder.protocol.codec.MapListenerCodec.EntryListenerRequest;
import io.alder.protocol.codec.MapQueryCodec.FetchRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Map frames in, Map frames out: every handler against a real engine, without sockets. */
class MapRequestsTest {

    private static final String MAP = "m";
    private static final Data K = Strings.toData("k");
    private static final int PK = Partitions.partitionId(K, 271);

    private final HandlerHarness harness = new HandlerHarness(MapCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    MapRequestsTest() {
        new MapRequests(harness.engine().maps()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyMapMessageHasAHandler() {
        assertThat(MapCodec.REQUESTS.types()).hasSize(74).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void putThenGet() {
        assertThat(decoded(harness.call(alice, MAP_PUT, PK, put("v1")), ResponseCodec::decodeData)).isNull();
        assertThat(decoded(harness.call(alice, MAP_PUT, PK, put("v2")), ResponseCodec::decodeData)).isEqualTo(v("v1"));

        assertThat(decoded(harness.call(alice, MAP_GET, PK, new KeyRequest(MAP, K, 1)), ResponseCodec::decodeData))
                .isEqualTo(v("v2"));
    }

    @Test
    void putsWithMaxIdleAnswerData() {
        ClientMessage setAnswer = harness.call(alice, MAP_SET, PK, put("v1"));
        assertThat(setAnswer.type()).isEqualTo(MessageType.VOID.id());
        setAnswer.release();

        PutWithMaxIdleRequest withMaxIdle = new PutWithMaxIdleRequest(MAP, K, v("v2"), 1, -1, 60_000);
        assertThat(decoded(harness.call(alice, MAP_SET_WITH_MAX_IDLE, PK, withMaxIdle), ResponseCodec::decodeData))
                .isNull();
        assertThat(decoded(harness.call(alice, MAP_PUT_WITH_MAX_IDLE, PK, withMaxIdle), ResponseCodec::decodeData))
                .isEqualTo(v("v2"));

        MapResponseCodec.EntryView view = decoded(
                harness.call(alice, MAP_GET_ENTRY_VIEW, PK, new KeyRequest(MAP, K, 1)),
                MapResponseCodec::decodeEntryView);
        assertThat(view.maxIdle()).isEqualTo(60_000);
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void aKeyMessageWithoutHeaderPartitionIsRefused() {
        ErrorCodec.Error error = decoded(harness.call(alice, MAP_GET, -1, new KeyRequest(MAP, K, 1)),
                ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());
        assertThat(error.message()).contains("MapGet").contains("partition id in the frame header");
    }

    @Test
    void mapWideMessagesIgnoreTheHeaderPartition() {
        harness.call(alice, MAP_PUT, PK, put("v")).release();

        assertThat(decoded(harness.call(alice, MAP_SIZE, -1, new NameRequest(MAP)), ResponseCodec::decodeInt))
                .isEqualTo(1);
        assertThat(decoded(harness.call(alice, MAP_KEY_SET, 5, new NameRequest(MAP)), ResponseCodec::decodeDataList))
                .containsExactly(K);
        assertThat(decoded(harness.call(alice, MAP_ENTRY_SET, -1, new NameRequest(MAP)),
                ResponseCodec::decodeEntryList))
                .containsExactly(Map.entry(K, v("v")));
        harness.call(alice, MAP_CLEAR, -1, new NameRequest(MAP)).release();
        assertThat(decoded(harness.call(alice, MAP_IS_EMPTY, -1, new NameRequest(MAP)), ResponseCodec::decodeBoolean))
                .isTrue();
    }

    @Test
    void getAllAndPutAllWorkOnTheHeaderPartition() {
        harness.call(alice, MAP_PUT_ALL, PK, new PutAllRequest(MAP, List.of(Map.entry(K, v("v"))))).release();

        assertThat(decoded(harness.call(alice, MAP_GET_ALL, PK, new ValueListRequest(MAP, List.of(K, v("absent")))),
                ResponseCodec::decodeEntryList)).containsExactly(Map.entry(K, v("v")));
    }

    @Test
    void fetchKeysIteratesThePartition() {
        harness.call(alice, MAP_PUT, PK, put("v")).release();

        MapResponseCodec.KeyBatch batch = decoded(harness.call(alice, MAP_FETCH_KEYS, PK,
                new FetchRequest(MAP, PK, Integer.MAX_VALUE, 100)), MapResponseCodec::decodeKeyBatch);

        assertThat(batch.keys()).containsExactly(K);
        assertThat(batch.tableIndex()).isNegative();
    }

    @Test
    void aWriteOnAKeyLockedByAnotherClientIsAnsweredAfterTheUnlock() {
        harness.call(alice, MAP_LOCK, PK, new MapCodec.LockRequest(MAP, K, 1, -1, 1)).release();

        long putId = harness.send(bob, MAP_PUT, PK, put("from bob"));
        assertThat(bob.pendingFrames()).isZero();
        harness.call(alice, MAP_UNLOCK, PK, new MapCodec.UnlockRequest(MAP, K, 1, 2)).release();

        ClientMessage answer = bob.poll();
        assertThat(answer.correlationId()).isEqualTo(putId);
        assertThat(decoded(answer, ResponseCodec::decodeData)).isNull();
    }

    @Test
    void tryLockTimesOutOnTheScheduler() {
        harness.call(alice, MAP_LOCK, PK, new MapCodec.LockRequest(MAP, K, 1, -1, 1)).release();

        harness.send(bob, MAP_TRY_LOCK, PK, new MapCodec.TryLockRequest(MAP, K, 1, -1, 50, 1));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> bob.pendingFrames() == 1);
        assertThat(decoded(bob.poll(), ResponseCodec::decodeBoolean)).isFalse();
    }

    @Test
    void unlockByAnotherClientIsIllegalMonitorState() {
        harness.call(alice, MAP_LOCK, PK, new MapCodec.LockRequest(MAP, K, 1, -1, 1)).release();

        ErrorCodec.Error error = decoded(harness.call(bob, MAP_UNLOCK, PK, new MapCodec.UnlockRequest(MAP, K, 1, 1)),
                ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_MONITOR_STATE.code());
        assertThat(error.message()).isEqualTo("Current thread is not owner of the lock! -> Owner: client-alice, "
                + "thread ID: 1");
    }

    @Test
    void entryEventsGoToTheRegisteringConnection() {
        long registration = harness.send(alice, MAP_ADD_ENTRY_LISTENER, -1,
                new EntryListenerRequest(MAP, null, null, true, 7, true));
        String registrationId = decoded(alice.poll(), ResponseCodec::decodeString);

        harness.call(bob, MAP_PUT, PK, put("v1")).release();

        ClientMessage event = alice.poll();
        assertThat(event.isEvent()).isTrue();
        assertThat(event.correlationId()).isEqualTo(registration);
        assertThat(event.partitionId()).isEqualTo(PK);
        assertThat(decoded(event, EventCodec::decodeEntry)).isEqualTo(
                new EventCodec.EntryEvent(K, v("v1"), null, null, 1, harness.engine().memberUuid(), 1));

        assertThat(decoded(harness.call(alice, MAP_REMOVE_ENTRY_LISTENER, -1, new RegistrationIdRequest(MAP,
                registrationId)), ResponseCodec::decodeBoolean)).isTrue();
        harness.call(bob, MAP_PUT, PK, put("v2")).release();
        assertThat(alice.pendingFrames()).isZero();
    }

    @Test
    void closingTheConnectionEndsItsListeners() {
        harness.send(alice, MAP_ADD_ENTRY_LISTENER_TO_KEY, -1, new EntryListenerRequest(MAP, K, null, false, 1, true));
        alice.poll().release();

        alice.close();
        harness.call(bob, MAP_PUT, PK, put("v")).release();

        assertThat(alice.pendingFrames()).isZero();
    }

    @Test
    void featuresNeedingUserClassesAreUnsupported() {
        ErrorCodec.Error error = decoded(harness.call(alice, MAP_EXECUTE_ON_KEY, PK,
                new MapCodec.ExecuteOnKeyRequest(MAP, v("processor"), K, 1)), ErrorCodec::decode);
        ErrorCodec.Error predicate = decoded(harness.call(alice, MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE, -1,
                new EntryListenerRequest(MAP, null, v("predicate"), true, 1, true)), ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_OPERATION.code());
        assertThat(error.message()).startsWith("IMap entry processors are not supported");
        assertThat(predicate.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_OPERATION.code());
    }

    private static Data v(String text) {
        return Strings.toData(text);
    }

    private static PutRequest put(String value) {
        return new PutRequest(MAP, K, v(value), 1, -1);
    }
}
