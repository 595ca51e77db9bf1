package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.lock.LockService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.LockCodec;
import io.alder.protocol.codec.LockCodec.ForceUnlockRequest;
import io.alder.protocol.codec.LockCodec.LockRequest;
import io.alder.protocol.codec.LockCodec.TryLockRequest;
import io.alder.protocol.codec.LockCodec.UnlockRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Partitions;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lock frames in, Lock frames out: every handler against a real engine, without sockets. */
class LockRequestsTest {

    private static final String LOCK = "my-lock";
    private static final int PL = Partitions.partitionIdOfName(LOCK, 271);
    private static final long NO_LEASE = -1;

    private final HandlerHarness harness = new HandlerHarness(LockCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();
    private long nextReferenceId = 1;

    LockRequestsTest() {
        new LockRequests(harness.engine().locks()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyLockMessageHasAHandler() {
        assertThat(LockCodec.REQUESTS.types()).hasSize(8).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void aFreeLockAnswersAs312() {
        assertThat(decoded(call(alice, LOCK_IS_LOCKED, new NameRequest(LOCK)), ResponseCodec::decodeBoolean)).isFalse();
        assertThat(decoded(call(alice, LOCK_GET_LOCK_COUNT, new NameRequest(LOCK)), ResponseCodec::decodeInt)).isZero();
        assertThat(decoded(call(alice, LOCK_GET_REMAINING_LEASE_TIME, new NameRequest(LOCK)), ResponseCodec::decodeLong))
                .isEqualTo(-1);
        assertThat(decoded(call(alice, LOCK_IS_LOCKED_BY_CURRENT_THREAD, new LongRequest(LOCK, 1)),
                ResponseCodec::decodeBoolean)).isFalse();
    }

    @Test
    void lockedTwiceByOneThreadWithALease() {
        assertThat(decoded(call(alice, LOCK_LOCK, lock(1, NO_LEASE)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
        assertThat(decoded(call(alice, LOCK_TRY_LOCK, new TryLockRequest(LOCK, 1, 60_000, 0, nextReferenceId++)),
                ResponseCodec::decodeBoolean)).isTrue();

        assertThat(decoded(call(bob, LOCK_IS_LOCKED, new NameRequest(LOCK)), ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(bob, LOCK_GET_LOCK_COUNT, new NameRequest(LOCK)), ResponseCodec::decodeInt))
                .isEqualTo(2);
        assertThat(decoded(call(bob, LOCK_GET_REMAINING_LEASE_TIME, new NameRequest(LOCK)), ResponseCodec::decodeLong))
                .isBetween(1L, 60_000L);
        assertThat(decoded(call(alice, LOCK_IS_LOCKED_BY_CURRENT_THREAD, new LongRequest(LOCK, 1)),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(alice, LOCK_IS_LOCKED_BY_CURRENT_THREAD, new LongRequest(LOCK, 2)),
                ResponseCodec::decodeBoolean)).as("another thread of the owner").isFalse();
        assertThat(decoded(call(bob, LOCK_IS_LOCKED_BY_CURRENT_THREAD, new LongRequest(LOCK, 1)),
                ResponseCodec::decodeBoolean)).as("the same thread id of another client").isFalse();
    }

    @Test
    void aLockHeldByAnotherClientIsAnsweredAfterTheUnlock() {
        call(alice, LOCK_LOCK, lock(1, NO_LEASE)).release();

        long lockId = harness.send(bob, LOCK_LOCK, PL, lock(1, NO_LEASE));
        assertThat(bob.pendingFrames()).isZero();
        call(alice, LOCK_UNLOCK, new UnlockRequest(LOCK, 1, nextReferenceId++)).release();

        ClientMessage answer = bob.poll();
        assertThat(answer.correlationId()).isEqualTo(lockId);
        assertThat(answer.type()).isEqualTo(MessageType.VOID.id());
        answer.release();
        assertThat(decoded(call(bob, LOCK_IS_LOCKED_BY_CURRENT_THREAD, new LongRequest(LOCK, 1)),
                ResponseCodec::decodeBoolean)).isTrue();
    }

    @Test
    void tryLockTimesOutOnTheScheduler() {
        call(alice, LOCK_LOCK, lock(1, NO_LEASE)).release();

        harness.send(bob, LOCK_TRY_LOCK, PL, new TryLockRequest(LOCK, 1, Long.MAX_VALUE, 50, nextReferenceId++));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> bob.pendingFrames() == 1);
        assertThat(decoded(bob.poll(), ResponseCodec::decodeBoolean)).isFalse();
    }

    @Test
    void unlockByAnotherClientIsIllegalMonitorState() {
        call(alice, LOCK_LOCK, lock(1, NO_LEASE)).release();

        ErrorCodec.Error error = decoded(call(bob, LOCK_UNLOCK, new UnlockRequest(LOCK, 1, nextReferenceId++)),
                ErrorCodec::decode);

        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_MONITOR_STATE.code());
        assertThat(error.className()).isEqualTo("java.lang.IllegalMonitorStateException");
        assertThat(error.message()).isEqualTo("Current thread is not owner of the lock! -> Owner: client-alice, "
                + "thread ID: 1");
    }

    @Test
    void forceUnlockFreesAnyonesLock() {
        call(alice, LOCK_LOCK, lock(1, NO_LEASE)).release();

        assertThat(decoded(call(bob, LOCK_FORCE_UNLOCK, new ForceUnlockRequest(LOCK, nextReferenceId++)),
                ClientMessage::type)).isEqualTo(MessageType.VOID.id());

        assertThat(decoded(call(alice, LOCK_IS_LOCKED, new NameRequest(LOCK)), ResponseCodec::decodeBoolean))
                .isFalse();
    }

    @Test
    void destroyingTheLockFailsItsWaitersAsDestroyed() {
        call(alice, LOCK_LOCK, lock(1, NO_LEASE)).release();
        harness.send(bob, LOCK_LOCK, PL, lock(1, NO_LEASE));

        harness.engine().distributedObjects().destroy(LockService.SERVICE_NAME, LOCK);

        ErrorCodec.Error error = decoded(bob.poll(), ErrorCodec::decode);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.DISTRIBUTED_OBJECT_DESTROYED.code());
        assertThat(decoded(call(alice, LOCK_IS_LOCKED, new NameRequest(LOCK)), ResponseCodec::decodeBoolean))
                .isFalse();
    }

    @Test
    void aLockMessageWithoutHeaderPartitionIsRefused() {
        long correlationId = harness.send(alice, LOCK_LOCK, -1, lock(1, NO_LEASE));

        ClientMessage answer = alice.poll();
        assertThat(answer.correlationId()).isEqualTo(correlationId);
        ErrorCodec.Error error = decoded(answer, ErrorCodec::decode);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());
        assertThat(error.message()).contains("LockLock").contains("partition id in the frame header");
    }

    private LockRequest lock(long threadId, long leaseMillis) {
        return new LockRequest(LOCK, leaseMillis, threadId, nextReferenceId++);
    }

    /** Sends a request on the lock's partition that must be answered at once, and returns the answer. */
    private ClientMessage call(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, PL, request);
    }
}
