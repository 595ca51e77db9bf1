package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.LOCK_FORCE_UNLOCK;
import static io.alder.protocol.MessageType.LOCK_GET_LOCK_COUNT;
import static io.alder.protocol.MessageType.LOCK_GET_REMAINING_LEASE_TIME;
import static io.alder.protocol.MessageType.LOCK_IS_LOCKED;
import static io.alder.protocol.MessageType.LOCK_IS_LOCKED_BY_CURRENT_THREAD;
import static io.alder.protocol.MessageType.LOCK_LOCK;
import static io.alder.protocol.MessageType.LOCK_TRY_LOCK;
import static io.alder.protocol.MessageType.LOCK_UNLOCK;
import static io.alder.protocol.codec.LockCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;
import static io.alder.server.clientprotocol.Answers.later;

import io.alder.member.lock.LockService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.LockCodec.ForceUnlockRequest;
import io.alder.protocol.codec.LockCodec.LockRequest;
import io.alder.protocol.codec.LockCodec.TryLockRequest;
import io.alder.protocol.codec.LockCodec.UnlockRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;

/**
 * The {@code Lock.*} family: one handler for each of the 8 ILock messages of 3.12, serving them from the
 * engine's {@link LockService}.
 *
 * <p>Every message runs on the partition in its request header, which 3.12 clients fill with the
 * partition of the lock's name, as on a 3.12 member; a header without one (-1) is refused with an
 * {@link IllegalArgumentException}. A lock belongs to the connection's client and the request's thread id.
 * A {@code lock} or {@code tryLock} that must wait for another owner is answered when the engine
 * completes it; an {@code unlock} by a caller that does not hold the lock is answered with 3.12's
 * {@link IllegalMonitorStateException}.
 */
public final class LockRequests {

    private final LockService locks;

    public LockRequests(LockService locks) {
        this.locks = locks;
    }

    /** Registers a handler for every Lock message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        dispatcher.register(LOCK_IS_LOCKED, this::isLocked)
                .register(LOCK_IS_LOCKED_BY_CURRENT_THREAD, this::isLockedByCurrentThread)
                .register(LOCK_GET_LOCK_COUNT, this::getLockCount)
                .register(LOCK_GET_REMAINING_LEASE_TIME, this::getRemainingLeaseTime)
                .register(LOCK_LOCK, this::lock)
                .register(LOCK_UNLOCK, this::unlock)
                .register(LOCK_FORCE_UNLOCK, this::forceUnlock)
                .register(LOCK_TRY_LOCK, this::tryLock);
    }

    private void isLocked(ClientMessage request, ClientConnection connection) {
        String name = REQUESTS.decodeAs(request, NameRequest.class).name();
        answer(request, connection, ResponseCodec::encodeBoolean, locks.isLocked(namePartition(request), name));
    }

    private void isLockedByCurrentThread(ClientMessage request, ClientConnection connection) {
        LongRequest query = REQUESTS.decodeAs(request, LongRequest.class);
        answer(request, connection, ResponseCodec::encodeBoolean,
                locks.isLockedBy(namePartition(request), query.name(), connection.caller(query.value())));
    }

    private void getLockCount(ClientMessage request, ClientConnection connection) {
        String name = REQUESTS.decodeAs(request, NameRequest.class).name();
        answer(request, connection, ResponseCodec::encodeInt, locks.lockCount(namePartition(request), name));
    }

    private void getRemainingLeaseTime(ClientMessage request, ClientConnection connection) {
        String name = REQUESTS.decodeAs(request, NameRequest.class).name();
        answer(request, connection, ResponseCodec::encodeLong, locks.remainingLeaseTime(namePartition(request), name));
    }

    private void lock(ClientMessage request, ClientConnection connection) {
        LockRequest lock = REQUESTS.decodeAs(request, LockRequest.class);
        locks.lock(namePartition(request), lock.name(), connection.caller(lock.threadId()), lock.leaseTime(),
                lock.referenceId(), later(request, connection, ResponseCodec::encodeVoid));
    }

    private void tryLock(ClientMessage request, ClientConnection connection) {
        TryLockRequest lock = REQUESTS.decodeAs(request, TryLockRequest.class);
        locks.tryLock(namePartition(request), lock.name(), connection.caller(lock.threadId()), lock.lease(),
                lock.timeout(), lock.referenceId(), later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void unlock(ClientMessage request, ClientConnection connection) {
        UnlockRequest unlock = REQUESTS.decodeAs(request, UnlockRequest.class);
        locks.unlock(namePartition(request), unlock.name(), connection.caller(unlock.threadId()),
                unlock.referenceId());
        answerVoid(request, connection);
    }

    private void forceUnlock(ClientMessage request, ClientConnection connection) {
        ForceUnlockRequest unlock = REQUESTS.decodeAs(request, ForceUnlockRequest.class);
        locks.forceUnlock(namePartition(request), unlock.name());
        answerVoid(request, connection);
    }

    /** The partition a Lock request runs on: the one in its header, which must name one. */
    private static int namePartition(ClientMessage request) {
        return HeaderPartition.of(request, "lock name");
    }
}
