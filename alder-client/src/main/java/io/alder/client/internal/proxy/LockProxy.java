package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.LOCK_FORCE_UNLOCK;
import static io.alder.protocol.MessageType.LOCK_GET_LOCK_COUNT;
import static io.alder.protocol.MessageType.LOCK_GET_REMAINING_LEASE_TIME;
import static io.alder.protocol.MessageType.LOCK_IS_LOCKED;
import static io.alder.protocol.MessageType.LOCK_IS_LOCKED_BY_CURRENT_THREAD;
import static io.alder.protocol.MessageType.LOCK_LOCK;
import static io.alder.protocol.MessageType.LOCK_TRY_LOCK;
import static io.alder.protocol.MessageType.LOCK_UNLOCK;

import io.alder.client.AsyncAlderCondition;
import io.alder.client.AsyncAlderLock;
import io.alder.client.DistributedObject;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.LockCodec;
import io.alder.protocol.codec.LockCodec.ForceUnlockRequest;
import io.alder.protocol.codec.LockCodec.LockRequest;
import io.alder.protocol.codec.LockCodec.TryLockRequest;
import io.alder.protocol.codec.LockCodec.UnlockRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The client side of one distributed lock (ILock): builds each request with the Lock codecs on the partition
 * of the lock's name, as 3.12 clients send them, and decodes the answer. The owner of a lock call is the
 * calling thread; every lock call carries a new reference id so that a retried call is applied once.
 * Thread-safe.
 */
public final class LockProxy implements AsyncAlderLock {

    /** What {@code tryLock} without a lease sends, as 3.12's client does: hold the lock until unlocked. */
    private static final long NO_LEASE = Long.MAX_VALUE;

    private final String name;
    private final ClientContext context;
    private final LockReferenceIds referenceIds;
    private final ObjectRegistry objects;

    /**
     * @param referenceIds the client's source of lock reference ids
     * @param objects where the lock is destroyed
     */
    public LockProxy(String name, ClientContext context, LockReferenceIds referenceIds, ObjectRegistry objects) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
        this.referenceIds = referenceIds;
        this.objects = objects;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CompletableFuture<Void> lock() {
        return lock(Durations.UNSET, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Void> lock(long leaseTime, TimeUnit leaseUnit) {
        LockRequest request = new LockRequest(name, Durations.toMillis(leaseTime, leaseUnit), threadId(),
                referenceIds.next());
        return send(LOCK_LOCK, request, null, Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> tryLock() {
        return tryLock(0, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Boolean> tryLock(long time, TimeUnit unit) {
        return tryLock(time, unit, NO_LEASE, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Boolean> tryLock(long time, TimeUnit unit, long leaseTime, TimeUnit leaseUnit) {
        TryLockRequest request = new TryLockRequest(name, threadId(), Durations.toMillis(leaseTime, leaseUnit),
                Durations.toMillis(time, unit), referenceIds.next());
        return send(LOCK_TRY_LOCK, request, Durations.waitTime(time, unit), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> unlock() {
        return send(LOCK_UNLOCK, new UnlockRequest(name, threadId(), referenceIds.next()), Calls.NO_WAIT,
                Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> forceUnlock() {
        return send(LOCK_FORCE_UNLOCK, new ForceUnlockRequest(name, referenceIds.next()), Calls.NO_WAIT,
                Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> isLocked() {
        return send(LOCK_IS_LOCKED, new NameRequest(name), Calls.NO_WAIT, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> isLockedByCurrentThread() {
        return send(LOCK_IS_LOCKED_BY_CURRENT_THREAD, new LongRequest(name, threadId()), Calls.NO_WAIT,
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Integer> getLockCount() {
        return send(LOCK_GET_LOCK_COUNT, new NameRequest(name), Calls.NO_WAIT, ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<Long> getRemainingLeaseTime() {
        return send(LOCK_GET_REMAINING_LEASE_TIME, new NameRequest(name), Calls.NO_WAIT, ResponseCodec::decodeLong);
    }

    @Override
    public AsyncAlderCondition newCondition(String conditionName) {
        return new ConditionProxy(conditionName, name, context, referenceIds);
    }

    @Override
    public CompletableFuture<Void> destroy() {
        return objects.destroy(DistributedObject.LOCK_SERVICE, name);
    }

    @Override
    public String toString() {
        return "AsyncAlderLock{name=" + name + "}";
    }

    /**
     * Sends a request on the partition of the lock's name.
     *
     * @param waitTime how long the member may hold it on purpose: {@link Calls#NO_WAIT}, a timeout, or null
     *     for as long as it takes
     */
    private <T> CompletableFuture<T> send(MessageType type, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        ClientMessage message = LockCodec.REQUESTS.encode(context.allocator(), type, 0,
                context.partitionIdOfName(name), request);
        return Calls.invoke(context.invocations(), message, waitTime, decoder);
    }

    /** The lock owner of a request: the thread that makes the call. */
    static long threadId() {
        return Thread.currentThread().getId();
    }
}
