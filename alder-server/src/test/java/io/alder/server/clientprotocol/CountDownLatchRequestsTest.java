package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.latch.CountDownLatchService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.CountDownLatchCodec;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Partitions;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CountDownLatch frames in, CountDownLatch frames out: every handler against a real engine, without sockets. */
class CountDownLatchRequestsTest {

    private static final String NAME = "start-gate";
    private static final int P = Partitions.partitionIdOfName(NAME, 271);
    private static final long FOREVER = -1;

    private final HandlerHarness harness = new HandlerHarness(CountDownLatchCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    CountDownLatchRequestsTest() {
        new CountDownLatchRequests(harness.engine().countDownLatches()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyMessageHasAHandler() {
        assertThat(CountDownLatchCodec.REQUESTS.types()).hasSize(4).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void anAwaitIsAnsweredWhenAnotherClientCountsDownToZero() {
        assertThat(decoded(call(alice, COUNT_DOWN_LATCH_TRY_SET_COUNT, new IntRequest(NAME, 2)),
                ResponseCodec::decodeBoolean)).isTrue();
        long awaitId = harness.send(alice, COUNT_DOWN_LATCH_AWAIT, P, new LongRequest(NAME, FOREVER));

        call(bob, COUNT_DOWN_LATCH_COUNT_DOWN, new NameRequest(NAME)).release();
        assertThat(alice.pendingFrames()).isZero();
        assertThat(decoded(call(bob, COUNT_DOWN_LATCH_GET_COUNT, new NameRequest(NAME)), ResponseCodec::decodeInt))
                .isEqualTo(1);
        call(bob, COUNT_DOWN_LATCH_COUNT_DOWN, new NameRequest(NAME)).release();

        ClientMessage answer = alice.poll();
        assertThat(answer.correlationId()).isEqualTo(awaitId);
        assertThat(decoded(answer, ResponseCodec::decodeBoolean)).isTrue();
    }

    @Test
    void anAwaitTimesOutOnTheScheduler() {
        call(alice, COUNT_DOWN_LATCH_TRY_SET_COUNT, new IntRequest(NAME, 1)).release();

        harness.send(alice, COUNT_DOWN_LATCH_AWAIT, P, new LongRequest(NAME, 50));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> alice.pendingFrames() == 1);
        assertThat(decoded(alice.poll(), ResponseCodec::decodeBoolean)).isFalse();
    }

    @Test
    void destroyingTheLatchFailsItsAwaitsAsDestroyed() {
        call(alice, COUNT_DOWN_LATCH_TRY_SET_COUNT, new IntRequest(NAME, 1)).release();
        harness.send(bob, COUNT_DOWN_LATCH_AWAIT, P, new LongRequest(NAME, FOREVER));

        harness.engine().distributedObjects().destroy(CountDownLatchService.SERVICE_NAME, NAME);

        ErrorCodec.Error error = decoded(bob.poll(), ErrorCodec::decode);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.DISTRIBUTED_OBJECT_DESTROYED.code());
    }

    private ClientMessage call(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, P, request);
    }
}
