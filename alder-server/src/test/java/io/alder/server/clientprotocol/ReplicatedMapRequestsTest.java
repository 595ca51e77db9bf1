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
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ReplicatedMapCodec;
import io.alder.protocol.codec.ReplicatedMapCodec.EntryListenerRequest;
import io.alder.protocol.codec.ReplicatedMapCodec.PutRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListenerRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ReplicatedMap frames in, ReplicatedMap frames out: every handler against a real engine, without sockets. */
class ReplicatedMapRequestsTest {

    private static final String NAME = "settings";
    private static final Data K = Strings.toData("k");
    private static final int PK = Partitions.partitionId(K, 271);
    private static final Data A = Strings.toData("a");
    private static final Data B = Strings.toData("b");
    /** A partition other than the key's: what a 3.12 client may put in the header of a whole-map read. */
    private static final int SOME_PARTITION = (PK + 100) % 271;

    private final HandlerHarness harness = new HandlerHarness(ReplicatedMapCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    ReplicatedMapRequestsTest() {
        new ReplicatedMapRequests(harness.engine().replicatedMaps()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyReplicatedMapMessageHasAHandlerOrARefusal() {
        assertThat(ReplicatedMapCodec.REQUESTS.types()).hasSize(18).allMatch(harness.dispatcher()::serves);
        assertThat(harness.dispatcher().refusal(REPLICATED_MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE))
                .contains("ReplicatedMap entry listeners with predicates are not supported");
    }

    @Test
    void mapOperationsWhateverTheHeaderSays() {
        assertThat(decoded(call(REPLICATED_MAP_PUT, PK, new PutRequest(NAME, K, A, 0)), ResponseCodec::decodeData))
                .isNull();
        assertThat(decoded(call(REPLICATED_MAP_PUT, PK, new PutRequest(NAME, K, B, 0)), ResponseCodec::decodeData))
                .isEqualTo(A);
        assertThat(decoded(call(REPLICATED_MAP_GET, SOME_PARTITION, new IsLockedRequest(NAME, K)),
                ResponseCodec::decodeData)).isEqualTo(B);
        assertThat(decoded(call(REPLICATED_MAP_CONTAINS_KEY, -1, new IsLockedRequest(NAME, K)),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(REPLICATED_MAP_CONTAINS_VALUE, SOME_PARTITION, new ValueRequest(NAME, B)),
                ResponseCodec::decodeBoolean)).isTrue();
        call(REPLICATED_MAP_PUT_ALL, -1, new PutAllRequest(NAME, List.of(Map.entry(A, A)))).release();
        assertThat(decoded(call(REPLICATED_MAP_SIZE, SOME_PARTITION, new NameRequest(NAME)),
                ResponseCodec::decodeInt)).isEqualTo(2);
        assertThat(decoded(call(REPLICATED_MAP_KEY_SET, SOME_PARTITION, new NameRequest(NAME)),
                ResponseCodec::decodeDataList)).containsExactlyInAnyOrder(K, A);
        assertThat(decoded(call(REPLICATED_MAP_VALUES, SOME_PARTITION, new NameRequest(NAME)),
                ResponseCodec::decodeDataList)).containsExactlyInAnyOrder(B, A);
        assertThat(decoded(call(REPLICATED_MAP_ENTRY_SET, SOME_PARTITION, new NameRequest(NAME)),
                ResponseCodec::decodeEntryList)).containsExactlyInAnyOrder(Map.entry(K, B), Map.entry(A, A));
        assertThat(decoded(call(REPLICATED_MAP_REMOVE, PK, new IsLockedRequest(NAME, K)), ResponseCodec::decodeData))
                .isEqualTo(B);
        call(REPLICATED_MAP_CLEAR, -1, new NameRequest(NAME)).release();
        assertThat(decoded(call(REPLICATED_MAP_IS_EMPTY, SOME_PARTITION, new NameRequest(NAME)),
                ResponseCodec::decodeBoolean)).isTrue();
    }

    @Test
    void aNegativeTimeToLiveIsAnIllegalArgument() {
        ErrorCodec.Error error = decoded(call(REPLICATED_MAP_PUT, PK, new PutRequest(NAME, K, A, -1)),
                ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());
    }

    @Test
    void listenersHearEveryChangeWithValuesUntilRemoved() {
        long registrationCall = harness.send(bob, REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY, -1,
                new EntryListenerRequest(NAME, K, null, true));
        String registrationId = decoded(bob.poll(), ResponseCodec::decodeString);

        call(REPLICATED_MAP_PUT, PK, new PutRequest(NAME, K, A, 0)).release();
        call(REPLICATED_MAP_PUT, PK, new PutRequest(NAME, A, A, 0)).release();
        call(REPLICATED_MAP_REMOVE, PK, new IsLockedRequest(NAME, K)).release();

        String member = harness.engine().memberUuid();
        ClientMessage added = bob.poll();
        assertThat(added.correlationId()).isEqualTo(registrationCall);
        assertThat(added.partitionId()).isEqualTo(PK);
        assertThat(decoded(added, EventCodec::decodeEntry))
                .isEqualTo(new EventCodec.EntryEvent(K, A, null, null, 1, member, 1));
        assertThat(decoded(bob.poll(), EventCodec::decodeEntry))
                .isEqualTo(new EventCodec.EntryEvent(K, null, A, null, 2, member, 1));
        assertThat(decoded(harness.call(bob, REPLICATED_MAP_REMOVE_ENTRY_LISTENER, -1,
                new RegistrationIdRequest(NAME, registrationId)), ResponseCodec::decodeBoolean)).isTrue();
        call(REPLICATED_MAP_PUT, PK, new PutRequest(NAME, K, A, 0)).release();
        assertThat(bob.pendingFrames()).isZero();
    }

    @Test
    void theNearCacheListenerHearsEveryKeyWithValues() {
        harness.send(bob, REPLICATED_MAP_ADD_NEAR_CACHE_ENTRY_LISTENER, -1,
                new ValueListenerRequest(NAME, null, false, false));
        bob.poll().release();

        call(REPLICATED_MAP_PUT, PK, new PutRequest(NAME, K, A, 0)).release();

        assertThat(decoded(bob.poll(), EventCodec::decodeEntry).value()).isEqualTo(A);
    }

    @Test
    void predicateListenersAreRefusedAsUnsupported() {
        ErrorCodec.Error error = decoded(harness.call(bob, REPLICATED_MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE, -1,
                new EntryListenerRequest(NAME, null, A, false)), ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_OPERATION.code());
        assertThat(error.message()).contains("predicates");
    }

    private ClientMessage call(MessageType type, int partitionId, CodecRequest request) {
        return harness.call(alice, type, partitionId, request);
    }
}
