package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderSemaphore;
import io.alder.client.DistributedObject;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.SemaphoreCodec;
import io.alder.protocol.codec.SemaphoreCodec.TryAcquireRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The client side of one distributed semaphore: builds each request with the Semaphore codec and sends it to
 * the partition of the semaphore's name. An {@code acquire} is held by the member as long as it takes, so it
 * has no deadline; a {@code tryAcquire}'s deadline is its timeout plus the invocation timeout. As 3.12's
 * client, it refuses a negative number of permits before sending anything. Thread-safe.
 */
public final class SemaphoreProxy extends NameRoutedProxy implements AsyncAlderSemaphore {

    /**
     * A proxy for the semaphore {@code name}.
     *
     * @param objects where the semaphore is destroyed
     */
    public SemaphoreProxy(String name, ClientContext context, ObjectRegistry objects) {
        super(name, DistributedObject.SEMAPHORE_SERVICE, SemaphoreCodec.REQUESTS, context, objects);
    }

    @Override
    public CompletableFuture<Boolean> init(int permits) {
        return send(SEMAPHORE_INIT, permits(permits), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> acquire() {
        return acquire(1);
    }

    @Override
    public CompletableFuture<Void> acquire(int permits) {
        return send(SEMAPHORE_ACQUIRE, permits(permits), null, Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> tryAcquire() {
        return tryAcquire(1);
    }

    @Override
    public CompletableFuture<Boolean> tryAcquire(int permits) {
        return tryAcquire(permits, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Boolean> tryAcquire(long timeout, TimeUnit unit) {
        return tryAcquire(1, timeout, unit);
    }

    @Override
    public CompletableFuture<Boolean> tryAcquire(int permits, long timeout, TimeUnit unit) {
        TryAcquireRequest request = new TryAcquireRequest(getName(), checkNotNegative(permits),
                Durations.toMillis(timeout, unit));
        return send(SEMAPHORE_TRY_ACQUIRE, request, Durations.waitTime(timeout, unit), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Integer> availablePermits() {
        return send(SEMAPHORE_AVAILABLE_PERMITS, nameOnly(), ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<Integer> drainPermits() {
        return send(SEMAPHORE_DRAIN_PERMITS, nameOnly(), ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<Void> reducePermits(int reduction) {
        return change(SEMAPHORE_REDUCE_PERMITS, reduction);
    }

    @Override
    public CompletableFuture<Void> increasePermits(int increase) {
        return change(SEMAPHORE_INCREASE_PERMITS, increase);
    }

    @Override
    public CompletableFuture<Void> release() {
        return release(1);
    }

    @Override
    public CompletableFuture<Void> release(int permits) {
        return change(SEMAPHORE_RELEASE, permits);
    }

    private CompletableFuture<Void> change(MessageType type, int permits) {
        return send(type, permits(permits), Calls::ignore);
    }

    private IntRequest permits(int permits) {
        return new IntRequest(getName(), checkNotNegative(permits));
    }

    private static int checkNotNegative(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("Permits cannot be negative!");
        }
        return permits;
    }
}
