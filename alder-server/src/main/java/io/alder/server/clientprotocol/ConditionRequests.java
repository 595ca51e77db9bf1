package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.CONDITION_AWAIT;
import static io.alder.protocol.MessageType.CONDITION_BEFORE_AWAIT;
import static io.alder.protocol.MessageType.CONDITION_SIGNAL;
import static io.alder.protocol.MessageType.CONDITION_SIGNAL_ALL;
import static io.alder.protocol.codec.ConditionCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answerVoid;
import static io.alder.server.clientprotocol.Answers.later;

import io.alder.member.lock.LockService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.ConditionCodec.AwaitRequest;
import io.alder.protocol.codec.ConditionCodec.BeforeAwaitRequest;
import io.alder.protocol.codec.ConditionCodec.SignalRequest;
import io.alder.protocol.codec.ResponseCodec;

/**
 * The {@code Condition.*} family: the 4 messages of 3.12's {@code ICondition}, served by the engine's
 * {@link LockService}, which keeps each lock's conditions.
 *
 * <p>Every message runs on the partition in its request header, which 3.12 clients fill with the
 * partition of the lock's name. A condition call by a caller that does not hold the lock is answered with
 * 3.12's {@link IllegalMonitorStateException}. {@code await} is answered when the engine completes it,
 * once the caller was signalled or its time ran out and it holds the lock again; it waits in the engine,
 * not on this thread, and is dropped when the connection closes.
 */
public final class ConditionRequests {

    private final LockService locks;

    public ConditionRequests(LockService locks) {
        this.locks = locks;
    }

    /** Registers a handler for every Condition message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        dispatcher.register(CONDITION_BEFORE_AWAIT, this::beforeAwait)
                .register(CONDITION_AWAIT, this::await)
                .register(CONDITION_SIGNAL, (request, connection) -> signal(request, connection, false))
                .register(CONDITION_SIGNAL_ALL, (request, connection) -> signal(request, connection, true));
    }

    private void beforeAwait(ClientMessage request, ClientConnection connection) {
        BeforeAwaitRequest call = REQUESTS.decodeAs(request, BeforeAwaitRequest.class);
        locks.beforeAwait(lockPartition(request), call.lockName(), call.name(), connection.caller(call.threadId()),
                call.referenceId());
        answerVoid(request, connection);
    }

    private void await(ClientMessage request, ClientConnection connection) {
        AwaitRequest call = REQUESTS.decodeAs(request, AwaitRequest.class);
        locks.await(lockPartition(request), call.lockName(), call.name(), connection.caller(call.threadId()),
                call.timeout(), call.referenceId(), later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void signal(ClientMessage request, ClientConnection connection, boolean all) {
        SignalRequest call = REQUESTS.decodeAs(request, SignalRequest.class);
        locks.signal(lockPartition(request), call.lockName(), call.name(), connection.caller(call.threadId()), all);
        answerVoid(request, connection);
    }

    /** The partition a Condition request runs on: the one in its header, that of the lock's name. */
    private static int lockPartition(ClientMessage request) {
        return HeaderPartition.of(request, "lock name");
    }
}
