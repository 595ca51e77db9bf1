package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.AtomicLongCodec;
import io.alder.protocol.codec.AtomicLongCodec.CompareAndSetRequest;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AtomicLong frames in, AtomicLong frames out: every handler against a real engine, without sockets. */
class AtomicLongRequestsTest {

    private static final String NAME = "hits";
    private static final int P = Partitions.partitionIdOfName(NAME, 271);

    private final HandlerHarness harness = new HandlerHarness(AtomicLongCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();

    AtomicLongRequestsTest() {
        new AtomicLongRequests(harness.engine().atomicLongs()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyMessageHasAHandlerAndTheFunctionsAreRefused() {
        assertThat(AtomicLongCodec.REQUESTS.types()).hasSize(13).allMatch(harness.dispatcher()::serves);
        assertThat(List.of(ATOMIC_LONG_APPLY, ATOMIC_LONG_ALTER, ATOMIC_LONG_ALTER_AND_GET, ATOMIC_LONG_GET_AND_ALTER))
                .allMatch(type -> harness.dispatcher().refusal(type) != null);
    }

    @Test
    void answersEachOperationAs312() {
        assertThat(longOf(ATOMIC_LONG_GET, new NameRequest(NAME))).isZero();
        assertThat(longOf(ATOMIC_LONG_INCREMENT_AND_GET, new NameRequest(NAME))).isEqualTo(1);
        assertThat(longOf(ATOMIC_LONG_GET_AND_INCREMENT, new NameRequest(NAME))).isEqualTo(1);
        assertThat(longOf(ATOMIC_LONG_DECREMENT_AND_GET, new NameRequest(NAME))).isEqualTo(1);
        assertThat(longOf(ATOMIC_LONG_ADD_AND_GET, new LongRequest(NAME, 10))).isEqualTo(11);
        assertThat(longOf(ATOMIC_LONG_GET_AND_ADD, new LongRequest(NAME, -1))).isEqualTo(11);
        assertThat(longOf(ATOMIC_LONG_GET_AND_SET, new LongRequest(NAME, 40))).isEqualTo(10);
        assertThat(decoded(call(ATOMIC_LONG_SET, new LongRequest(NAME, 42)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
        assertThat(decoded(call(ATOMIC_LONG_COMPARE_AND_SET, new CompareAndSetRequest(NAME, 41, 0)),
                ResponseCodec::decodeBoolean)).isFalse();
        assertThat(decoded(call(ATOMIC_LONG_COMPARE_AND_SET, new CompareAndSetRequest(NAME, 42, 7)),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(longOf(ATOMIC_LONG_GET, new NameRequest(NAME))).isEqualTo(7);
    }

    @Test
    void aFunctionIsRefusedWithError65AndAReason() {
        ErrorCodec.Error error = decoded(call(ATOMIC_LONG_ALTER, new ValueRequest(NAME, Strings.toData("fn"))),
                ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_OPERATION.code());
        assertThat(error.message()).contains("IAtomicLong functions").contains("runs no user code");
    }

    @Test
    void aMessageWithoutHeaderPartitionIsRefused() {
        long correlationId = harness.send(alice, ATOMIC_LONG_INCREMENT_AND_GET, -1, new NameRequest(NAME));

        ClientMessage answer = alice.poll();
        assertThat(answer.correlationId()).isEqualTo(correlationId);
        ErrorCodec.Error error = decoded(answer, ErrorCodec::decode);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());
        assertThat(error.message()).contains("AtomicLongIncrementAndGet").contains("partition id in the frame header");
        assertThat(longOf(ATOMIC_LONG_GET, new NameRequest(NAME))).isZero();
    }

    private long longOf(MessageType type, CodecRequest request) {
        return decoded(call(type, request), ResponseCodec::decodeLong);
    }

    private ClientMessage call(MessageType type, CodecRequest request) {
        return harness.call(alice, type, P, request);
    }
}
