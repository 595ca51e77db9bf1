package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.MapResponseCodec.ReadResultSet;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.RingbufferCodec;
import io.alder.protocol.codec.RingbufferCodec.AddAllRequest;
import io.alder.protocol.codec.RingbufferCodec.AddRequest;
import io.alder.protocol.codec.RingbufferCodec.ReadManyRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ringbuffer frames in, Ringbuffer frames out: every handler against a real engine, without sockets. */
class RingbufferRequestsTest {

    private static final String RB = "_hz_rb_news";
    private static final int PR = Partitions.partitionIdOfName(RB, 271);
    private static final int OVERWRITE = 0;
    private static final int FAIL = 1;
    private static final Data A = Strings.toData("a");
    private static final Data B = Strings.toData("b");
    private static final Data NULL_OBJECT = Data.wrap(new byte[8]);

    private final HandlerHarness harness = new HandlerHarness(RingbufferCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    RingbufferRequestsTest() {
        new RingbufferRequests(harness.engine().ringbuffers()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyRingbufferMessageHasAHandler() {
        assertThat(RingbufferCodec.REQUESTS.types()).hasSize(9).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void aNewRingbufferAnswersAs312() {
        assertThat(number(RINGBUFFER_SIZE)).isZero();
        assertThat(number(RINGBUFFER_TAIL_SEQUENCE)).isEqualTo(-1);
        assertThat(number(RINGBUFFER_HEAD_SEQUENCE)).isZero();
        assertThat(number(RINGBUFFER_CAPACITY)).isEqualTo(10_000);
        assertThat(number(RINGBUFFER_REMAINING_CAPACITY)).isEqualTo(10_000);
    }

    @Test
    void addedItemsAreReadBackWithTheirSequences() {
        assertThat(decoded(call(alice, RINGBUFFER_ADD, new AddRequest(RB, FAIL, A)), ResponseCodec::decodeLong))
                .isZero();
        assertThat(decoded(call(alice, RINGBUFFER_ADD_ALL, new AddAllRequest(RB, List.of(B, A), OVERWRITE)),
                ResponseCodec::decodeLong)).isEqualTo(2);

        assertThat(decoded(call(bob, RINGBUFFER_READ_ONE, new LongRequest(RB, 1)), ResponseCodec::decodeData))
                .isEqualTo(B);
        assertThat(decoded(call(bob, RINGBUFFER_READ_MANY, new ReadManyRequest(RB, 1, 1, 10, NULL_OBJECT)),
                MapResponseCodec::decodeReadResultSet))
                .as("the next sequence is 0, as a 3.12.13 member sends it")
                .isEqualTo(new ReadResultSet(2, List.of(B, A), new long[] {1, 2}, 0));
        assertThat(number(RINGBUFFER_SIZE)).isEqualTo(3);
    }

    @Test
    void aWaitingReadManyIsAnsweredWhenAnotherClientAdds() {
        long read = harness.send(alice, RINGBUFFER_READ_MANY, PR, new ReadManyRequest(RB, 0, 2, 10, null));
        assertThat(alice.pendingFrames()).isZero();

        decoded(call(bob, RINGBUFFER_ADD, new AddRequest(RB, OVERWRITE, A)), ClientMessage::type);
        assertThat(alice.pendingFrames()).as("one item of the two it waits for").isZero();
        decoded(call(bob, RINGBUFFER_ADD, new AddRequest(RB, OVERWRITE, B)), ClientMessage::type);

        ClientMessage answer = alice.poll();
        assertThat(answer.correlationId()).isEqualTo(read);
        assertThat(decoded(answer, MapResponseCodec::decodeReadResultSet))
                .isEqualTo(new ReadResultSet(2, List.of(A, B), new long[] {0, 1}, 0));
    }

    @Test
    void aWaitingReadOneIsAnsweredByTheNextAdd() {
        long read = harness.send(alice, RINGBUFFER_READ_ONE, PR, new LongRequest(RB, 0));
        assertThat(alice.pendingFrames()).isZero();

        decoded(call(bob, RINGBUFFER_ADD, new AddRequest(RB, OVERWRITE, A)), ClientMessage::type);

        ClientMessage answer = alice.poll();
        assertThat(answer.correlationId()).isEqualTo(read);
        assertThat(decoded(answer, ResponseCodec::decodeData)).isEqualTo(A);
    }

    @Test
    void readsOutsideTheItemsGet312sErrors() {
        decoded(call(alice, RINGBUFFER_ADD, new AddRequest(RB, OVERWRITE, A)), ClientMessage::type);

        assertThat(error(call(alice, RINGBUFFER_READ_ONE, new LongRequest(RB, 5))).errorCode())
                .isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());
        ErrorCodec.Error stale = error(call(alice, RINGBUFFER_READ_MANY, new ReadManyRequest(RB, -1, 1, 10, null)));
        assertThat(stale.errorCode()).isEqualTo(ErrorCode.STALE_SEQUENCE.code());
        assertThat(stale.className()).isEqualTo("com.hazelcast.ringbuffer.StaleSequenceException");
        assertThat(error(call(alice, RINGBUFFER_READ_MANY, new ReadManyRequest(RB, 0, 1, 5_000, null))).message())
                .isEqualTo("maxCount can't be larger than 1000");
    }

    @Test
    void aFilterIsRefusedWithError65AndTheConnectionGoesOn() {
        ErrorCodec.Error refused = error(call(alice, RINGBUFFER_READ_MANY, new ReadManyRequest(RB, 0, 0, 10, A)));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_OPERATION.code());
        assertThat(refused.message()).contains("filter").contains("never runs client code");
        assertThat(number(RINGBUFFER_SIZE)).isZero();
    }

    @Test
    void anUnknownOverflowPolicyIsRefused() {
        ErrorCodec.Error refused = error(call(alice, RINGBUFFER_ADD, new AddRequest(RB, 7, A)));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());
        assertThat(refused.message()).contains("overflow policy: 7");
    }

    @Test
    void aRequestWithoutPartitionIsRefused() {
        ClientMessage answer = harness.call(alice, RINGBUFFER_SIZE, -1, new NameRequest(RB));

        assertThat(error(answer).message()).contains("must carry its ringbuffer name's partition id");
    }

    private long number(MessageType type) {
        return decoded(call(alice, type, new NameRequest(RB)), ResponseCodec::decodeLong);
    }

    private ClientMessage call(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, PR, request);
    }

    private static ErrorCodec.Error error(ClientMessage answer) {
        assertThat(answer.type()).isEqualTo(MessageType.EXCEPTION.id());
        return decoded(answer, ErrorCodec::decode);
    }
}
