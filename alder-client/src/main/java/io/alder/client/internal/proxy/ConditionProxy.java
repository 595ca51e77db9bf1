package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.CONDITION_AWAIT;
import static io.alder.protocol.MessageType.CONDITION_BEFORE_AWAIT;
import static io.alder.protocol.MessageType.CONDITION_SIGNAL;
import static io.alder.protocol.MessageType.CONDITION_SIGNAL_ALL;

import io.alder.client.AsyncAlderCondition;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ConditionCodec;
import io.alder.protocol.codec.ConditionCodec.AwaitRequest;
import io.alder.protocol.codec.ConditionCodec.BeforeAwaitRequest;
import io.alder.protocol.codec.ConditionCodec.SignalRequest;
import io.alder.protocol.codec.ResponseCodec;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The client side of one condition of a distributed lock: awaits in 3.12's two steps ({@code beforeAwait},
 * which leaves the lock, then {@code await}, which the member answers once the caller holds the lock again),
 * and signals. Every request goes to the partition of the lock's name. Thread-safe.
 */
final class ConditionProxy implements AsyncAlderCondition {

    private final String name;
    private final String lockName;
    private final ClientContext context;
    private final LockReferenceIds referenceIds;

    ConditionProxy(String name, String lockName, ClientContext context, LockReferenceIds referenceIds) {
        this.name = Objects.requireNonNull(name, "name");
        this.lockName = lockName;
        this.context = context;
        this.referenceIds = referenceIds;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CompletableFuture<Void> await() {
        return await(Durations.UNSET, TimeUnit.MILLISECONDS).thenApply(signalled -> null);
    }

    /**
     * The await gets no deadline: after its own timeout it still waits for the lock, as long as another
     * thread holds it.
     */
    @Override
    public CompletableFuture<Boolean> await(long time, TimeUnit unit) {
        long threadId = LockProxy.threadId();
        long timeoutMillis = Durations.toMillis(time, unit);
        BeforeAwaitRequest leave = new BeforeAwaitRequest(name, threadId, lockName, referenceIds.next());
        AwaitRequest await = new AwaitRequest(name, threadId, timeoutMillis, lockName, referenceIds.next());
        return send(CONDITION_BEFORE_AWAIT, leave, Calls.NO_WAIT, Calls::ignore)
                .thenCompose(left -> send(CONDITION_AWAIT, await, null, ResponseCodec::decodeBoolean));
    }

    @Override
    public CompletableFuture<Void> signal() {
        return send(CONDITION_SIGNAL, new SignalRequest(name, LockProxy.threadId(), lockName), Calls.NO_WAIT,
                Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> signalAll() {
        return send(CONDITION_SIGNAL_ALL, new SignalRequest(name, LockProxy.threadId(), lockName), Calls.NO_WAIT,
                Calls::ignore);
    }

    @Override
    public String toString() {
        return "AsyncAlderCondition{name=" + name + ", lock=" + lockName + "}";
    }

    private <T> CompletableFuture<T> send(MessageType type, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        ClientMessage message = ConditionCodec.REQUESTS.encode(context.allocator(), type, 0,
                context.partitionIdOfName(lockName), request);
        return Calls.invoke(context.invocations(), message, waitTime, decoder);
    }
}
