package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.CONDITION_AWAIT;
import static io.alder.protocol.MessageType.CONDITION_BEFORE_AWAIT;
import static io.alder.protocol.MessageType.CONDITION_SIGNAL;
import static io.alder.protocol.MessageType.CONDITION_SIGNAL_ALL;
import static io.alder.protocol.MessageType.LOCK_GET_LOCK_COUNT;
import static io.alder.protocol.MessageType.LOCK_IS_LOCKED_BY_CURRENT_THREAD;
import static io.alder.protocol.MessageType.LOCK_LOCK;
import static io.alder.protocol.MessageType.LOCK_UNLOCK;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.lock.LockService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ConditionCodec;
import io.alder.protocol.codec.ConditionCodec.AwaitRequest;
import io.alder.protocol.codec.ConditionCodec.BeforeAwaitRequest;
import io.alder.protocol.codec.ConditionCodec.SignalRequest;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.LockCodec;
import io.alder.protocol.codec.LockCodec.LockRequest;
import io.alder.protocol.codec.LockCodec.UnlockRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Partitions;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Condition frames in, answers out: awaiting, signalling and timing out against a real engine, without sockets. */
class ConditionRequestsTest {

    private static final String LOCK = "buffer-lock";
    private static final String CONDITION = "not-empty";
    private static final int PL = Partitions.partitionIdOfName(LOCK, 271);
    private static final long FOREVER = -1;

    private final HandlerHarness harness = new HandlerHarness(LockCodec.REQUESTS, ConditionCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();
    private long nextReferenceId = 1;

    ConditionRequestsTest() {
        new LockRequests(harness.engine().locks()).registerAll(harness.dispatcher());
        new ConditionRequests(harness.engine().locks()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyConditionMessageHasAHandler() {
        assertThat(ConditionCodec.REQUESTS.types()).hasSize(4).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void awaitingWithoutTheLockIsIllegalMonitorState() {
        ErrorCodec.Error error = decoded(call(alice, CONDITION_BEFORE_AWAIT, beforeAwait(1)), ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_MONITOR_STATE.code());
        assertThat(error.message()).isEqualTo("Current thread is not owner of the lock! -> <not-locked>");
    }

    @Test
    void signallingALockOfAnotherCallerIsIllegalMonitorState() {
        lock(alice, 1);

        ErrorCodec.Error error = decoded(call(bob, CONDITION_SIGNAL, new SignalRequest(CONDITION, 1, LOCK)),
                ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_MONITOR_STATE.code());
        assertThat(error.message()).isEqualTo("Current thread is not owner of the lock! -> Owner: client-alice, "
                + "thread ID: 1");
    }

    @Test
    void aSignalledAwaitIsAnsweredOnceTheSignallerLeavesTheLock() {
        lock(alice, 1);
        assertVoid(call(alice, CONDITION_BEFORE_AWAIT, beforeAwait(1)));
        long awaitId = harness.send(alice, CONDITION_AWAIT, PL, await(1, FOREVER));
        assertThat(alice.pendingFrames()).isZero();

        lock(bob, 7);
        assertVoid(call(bob, CONDITION_SIGNAL, new SignalRequest(CONDITION, 7, LOCK)));
        assertThat(alice.pendingFrames()).as("still waiting for the lock").isZero();
        assertVoid(call(bob, LOCK_UNLOCK, new UnlockRequest(LOCK, 7, nextReferenceId++)));

        ClientMessage answer = alice.poll();
        assertThat(answer.correlationId()).isEqualTo(awaitId);
        assertThat(decoded(answer, ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(alice, LOCK_IS_LOCKED_BY_CURRENT_THREAD, new LongRequest(LOCK, 1)),
                ResponseCodec::decodeBoolean)).isTrue();
    }

    @Test
    void aTimedOutAwaitAnswersFalseHoldingTheLockAgain() {
        lock(alice, 1);
        assertVoid(call(alice, CONDITION_BEFORE_AWAIT, beforeAwait(1)));

        harness.send(alice, CONDITION_AWAIT, PL, await(1, 50));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> alice.pendingFrames() == 1);
        assertThat(decoded(alice.poll(), ResponseCodec::decodeBoolean)).isFalse();
        assertThat(decoded(call(alice, LOCK_GET_LOCK_COUNT, new NameRequest(LOCK)), ResponseCodec::decodeInt))
                .isEqualTo(1);
    }

    @Test
    void signalAllWakesEveryWaiterOfThatConditionOnly() {
        long[] awaitIds = new long[3];
        for (int thread = 1; thread <= 2; thread++) {
            lock(alice, thread);
            assertVoid(call(alice, CONDITION_BEFORE_AWAIT, beforeAwait(thread)));
            awaitIds[thread] = harness.send(alice, CONDITION_AWAIT, PL, await(thread, FOREVER));
        }
        lock(alice, 3);
        assertVoid(call(alice, CONDITION_BEFORE_AWAIT, new BeforeAwaitRequest("other", 3, LOCK, nextReferenceId++)));
        harness.send(alice, CONDITION_AWAIT, PL, new AwaitRequest("other", 3, FOREVER, LOCK, nextReferenceId++));

        lock(bob, 7);
        assertVoid(call(bob, CONDITION_SIGNAL_ALL, new SignalRequest(CONDITION, 7, LOCK)));
        assertVoid(call(bob, LOCK_UNLOCK, new UnlockRequest(LOCK, 7, nextReferenceId++)));

        assertSignalled(alice.poll(), awaitIds[1]);
        assertThat(alice.pendingFrames()).as("the second waits for the first to leave the lock").isZero();
        harness.send(alice, LOCK_UNLOCK, PL, new UnlockRequest(LOCK, 1, nextReferenceId++));
        assertSignalled(alice.poll(), awaitIds[2]);
        assertVoid(alice.poll());
        assertVoid(call(alice, LOCK_UNLOCK, new UnlockRequest(LOCK, 2, nextReferenceId++)));
        assertThat(alice.pendingFrames()).as("the waiter of another condition").isZero();
    }

    @Test
    void destroyingTheLockFailsItsAwaitsAsDestroyed() {
        lock(alice, 1);
        assertVoid(call(alice, CONDITION_BEFORE_AWAIT, beforeAwait(1)));
        harness.send(alice, CONDITION_AWAIT, PL, await(1, FOREVER));

        harness.engine().distributedObjects().destroy(LockService.SERVICE_NAME, LOCK);

        ErrorCodec.Error error = decoded(alice.poll(), ErrorCodec::decode);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.DISTRIBUTED_OBJECT_DESTROYED.code());
    }

    private void lock(RecordingConnection connection, long threadId) {
        assertVoid(call(connection, LOCK_LOCK, new LockRequest(LOCK, -1, threadId, nextReferenceId++)));
    }

    private BeforeAwaitRequest beforeAwait(long threadId) {
        return new BeforeAwaitRequest(CONDITION, threadId, LOCK, nextReferenceId++);
    }

    private AwaitRequest await(long threadId, long timeoutMillis) {
        return new AwaitRequest(CONDITION, threadId, timeoutMillis, LOCK, nextReferenceId++);
    }

    private static void assertSignalled(ClientMessage answer, long awaitId) {
        assertThat(answer.correlationId()).isEqualTo(awaitId);
        assertThat(decoded(answer, ResponseCodec::decodeBoolean)).isTrue();
    }

    private static void assertVoid(ClientMessage answer) {
        assertThat(decoded(answer, ClientMessage::type)).isEqualTo(MessageType.VOID.id());
    }

    private ClientMessage call(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, PL, request);
    }
}
