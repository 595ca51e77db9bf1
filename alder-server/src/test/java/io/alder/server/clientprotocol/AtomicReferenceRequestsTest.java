package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.AtomicReferenceCodec;
import io.alder.protocol.codec.AtomicReferenceCodec.CompareAndSetRequest;
import io.alder.protocol.codec.AtomicReferenceCodec.ReferenceRequest;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AtomicReference frames in, AtomicReference frames out: every handler against a real engine, without sockets. */
class AtomicReferenceRequestsTest {

    private static final String NAME = "config";
    private static final int P = Partitions.partitionIdOfName(NAME, 271);
    private static final Data A = Strings.toData("a");
    private static final Data B = Strings.toData("b");

    private final HandlerHarness harness = new HandlerHarness(AtomicReferenceCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    AtomicReferenceRequestsTest() {
        new AtomicReferenceRequests(harness.engine().atomicReferences()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyMessageHasAHandler() {
        assertThat(AtomicReferenceCodec.REQUESTS.types()).hasSize(12).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void answersEachOperationAs312() {
        assertThat(dataOf(alice, ATOMIC_REFERENCE_GET, new NameRequest(NAME))).isNull();
        assertThat(booleanOf(alice, ATOMIC_REFERENCE_IS_NULL, new NameRequest(NAME))).isTrue();
        assertThat(booleanOf(alice, ATOMIC_REFERENCE_CONTAINS, new ReferenceRequest(NAME, null))).isTrue();

        assertThat(dataOf(alice, ATOMIC_REFERENCE_SET_AND_GET, new ReferenceRequest(NAME, A))).isEqualTo(A);
        assertThat(dataOf(bob, ATOMIC_REFERENCE_GET, new NameRequest(NAME))).as("seen by another client").isEqualTo(A);
        assertThat(dataOf(alice, ATOMIC_REFERENCE_GET_AND_SET, new ReferenceRequest(NAME, B))).isEqualTo(A);
        assertThat(booleanOf(alice, ATOMIC_REFERENCE_CONTAINS, new ReferenceRequest(NAME, B))).isTrue();
        assertThat(booleanOf(alice, ATOMIC_REFERENCE_COMPARE_AND_SET, new CompareAndSetRequest(NAME, A, null)))
                .isFalse();
        assertThat(booleanOf(alice, ATOMIC_REFERENCE_COMPARE_AND_SET, new CompareAndSetRequest(NAME, B, null)))
                .isTrue();
        assertThat(booleanOf(alice, ATOMIC_REFERENCE_IS_NULL, new NameRequest(NAME))).isTrue();

        assertThat(decoded(call(alice, ATOMIC_REFERENCE_SET, new ReferenceRequest(NAME, A)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
        assertThat(decoded(call(alice, ATOMIC_REFERENCE_CLEAR, new NameRequest(NAME)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
        assertThat(dataOf(alice, ATOMIC_REFERENCE_GET, new NameRequest(NAME))).isNull();
    }

    @Test
    void aFunctionIsRefusedWithError65AndAReason() {
        ErrorCodec.Error error = decoded(call(alice, ATOMIC_REFERENCE_APPLY, new ValueRequest(NAME, A)),
                ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_OPERATION.code());
        assertThat(error.message()).contains("IAtomicReference functions").contains("runs no user code");
    }

    private Data dataOf(RecordingConnection connection, MessageType type, CodecRequest request) {
        return decoded(call(connection, type, request), ResponseCodec::decodeData);
    }

    private boolean booleanOf(RecordingConnection connection, MessageType type, CodecRequest request) {
        return decoded(call(connection, type, request), ResponseCodec::decodeBoolean);
    }

    private ClientMessage call(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, P, request);
    }
}
