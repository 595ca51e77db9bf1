package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.SemaphoreCodec;
import io.alder.protocol.codec.SemaphoreCodec.TryAcquireRequest;
import io.alder.serialization.Partitions;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Semaphore frames in, Semaphore frames out: every handler against a real engine, without sockets. */
class SemaphoreRequestsTest {

    private static final String NAME = "connections";
    private static final int P = Partitions.partitionIdOfName(NAME, 271);

    private final HandlerHarness harness = new HandlerHarness(SemaphoreCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    SemaphoreRequestsTest() {
        new SemaphoreRequests(harness.engine().semaphores()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyMessageHasAHandler() {
        assertThat(SemaphoreCodec.REQUESTS.types()).hasSize(8).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void answersEachOperationAs312() {
        assertThat(booleanOf(alice, SEMAPHORE_INIT, new IntRequest(NAME, 5))).isTrue();
        assertThat(booleanOf(bob, SEMAPHORE_INIT, new IntRequest(NAME, 9))).isFalse();
        assertThat(isVoid(call(alice, SEMAPHORE_ACQUIRE, new IntRequest(NAME, 2)))).isTrue();
        assertThat(booleanOf(bob, SEMAPHORE_TRY_ACQUIRE, new TryAcquireRequest(NAME, 4, 0))).isFalse();
        assertThat(isVoid(call(bob, SEMAPHORE_REDUCE_PERMITS, new IntRequest(NAME, 1)))).isTrue();
        assertThat(isVoid(call(bob, SEMAPHORE_INCREASE_PERMITS, new IntRequest(NAME, 3)))).isTrue();
        assertThat(intOf(bob, SEMAPHORE_AVAILABLE_PERMITS, new NameRequest(NAME))).isEqualTo(5);
        assertThat(intOf(bob, SEMAPHORE_DRAIN_PERMITS, new NameRequest(NAME))).isEqualTo(5);
        assertThat(isVoid(call(alice, SEMAPHORE_RELEASE, new IntRequest(NAME, 2)))).isTrue();
        assertThat(intOf(bob, SEMAPHORE_AVAILABLE_PERMITS, new NameRequest(NAME))).isEqualTo(2);
    }

    @Test
    void anAcquireIsAnsweredWhenAnotherClientReleases() {
        call(alice, SEMAPHORE_INIT, new IntRequest(NAME, 1)).release();
        call(alice, SEMAPHORE_ACQUIRE, new IntRequest(NAME, 1)).release();

        long acquireId = harness.send(bob, SEMAPHORE_ACQUIRE, P, new IntRequest(NAME, 1));
        assertThat(bob.pendingFrames()).isZero();
        call(alice, SEMAPHORE_RELEASE, new IntRequest(NAME, 1)).release();

        ClientMessage answer = bob.poll();
        assertThat(answer.correlationId()).isEqualTo(acquireId);
        assertThat(isVoid(answer)).isTrue();
    }

    @Test
    void tryAcquireTimesOutOnTheScheduler() {
        harness.send(alice, SEMAPHORE_TRY_ACQUIRE, P, new TryAcquireRequest(NAME, 1, 50));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> alice.pendingFrames() == 1);
        assertThat(decoded(alice.poll(), ResponseCodec::decodeBoolean)).isFalse();
    }

    @Test
    void negativePermitsAreAnIllegalArgument() {
        ErrorCodec.Error error = decoded(call(alice, SEMAPHORE_RELEASE, new IntRequest(NAME, -1)), ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());
        assertThat(error.message()).isEqualTo("Permits cannot be negative!");
    }

    private static boolean isVoid(ClientMessage answer) {
        return decoded(answer, ClientMessage::type) == MessageType.VOID.id();
    }

    private boolean booleanOf(RecordingConnection connection, MessageType type, CodecRequest request) {
        return decoded(call(connection, type, request), ResponseCodec::decodeBoolean);
    }

    private int intOf(RecordingConnection connection, MessageType type, CodecRequest request) {
        return decoded(call(connection, type, request), ResponseCodec::decodeInt);
    }

    private ClientMessage call(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, P, request);
    }
}
