package io.alder.client.internal.invocation;

import io.alder.client.OperationTimeoutException;
import io.alder.client.TargetDisconnectedException;
import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.EventSink;
import io.alder.client.internal.connection.PendingCall;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ErrorCodec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One call to the cluster, from the first send to its completion. Each attempt is sent with a new
 * correlation id; whatever ends an attempt (its response, its connection's failure) must first claim the
 * attempt's id, so that an attempt is ended once even when a response, a failure and the deadline race.
 *
 * <p>The invocation keeps one reference to the request until it completes: the first attempt sends the
 * request itself, retries send copies, since an earlier attempt's bytes may still be in a socket's queue.
 *
 * <p>A response is decoded by the invocation's decoder on the I/O thread that read it and released
 * afterwards, so that the call's future completes with its result directly.
 */
final class Invocation<T> implements PendingCall {

    private final Invoker invoker;
    private final ClientMessage request;
    private final int partitionId;
    private final boolean repeatable;
    private final Connection pinned;
    private final EventSink events;
    private final long startNanos = System.nanoTime();
    private final long timeoutNanos;
    private final Function<ClientMessage, T> decoder;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private final AtomicLong activeCorrelationId = new AtomicLong();
    private final int type;
    private boolean released;
    private volatile int attempts;
    private volatile Throwable lastFailure;

    /**
     * @param pinned the only connection to use (no retries), or null to route by partition
     * @param events the sink for a listener registration's events, or null
     * @param timeoutNanos the time from now to the deadline; {@link Long#MAX_VALUE} for none
     * @param decoder makes the result of the response, which is released afterwards (so the result must
     *     not refer to its buffer, or must retain it)
     */
    Invocation(Invoker invoker, ClientMessage request, boolean repeatable, Connection pinned, EventSink events,
            long timeoutNanos, Function<ClientMessage, T> decoder) {
        this.invoker = invoker;
        this.request = request;
        this.type = request.type();
        this.partitionId = request.partitionId();
        this.repeatable = repeatable;
        this.pinned = pinned;
        this.events = events;
        this.timeoutNanos = timeoutNanos;
        this.decoder = decoder;
    }

    CompletableFuture<T> future() {
        return future;
    }

    /** Sends the next attempt, or parks the invocation when there is no connection. */
    void send() {
        if (future.isDone()) {
            return;
        }
        if (isOverdue(System.nanoTime())) {
            fail(timeout());
            return;
        }
        Connection connection = pinned != null ? pinned : invoker.route(partitionId);
        if (connection == null) {
            invoker.noConnection(this, lastFailure);
            return;
        }
        ClientMessage frame = nextFrame();
        if (frame == null) {
            return;
        }
        // A pinned request keeps the id its sender gave it: a registration's events will carry that id.
        long correlationId = pinned != null ? frame.correlationId() : invoker.nextCorrelationId();
        frame.setCorrelationId(correlationId);
        attempts++;
        activeCorrelationId.set(correlationId);
        connection.send(frame, this, events);
    }

    @Override
    public void onResponse(ClientMessage response) {
        if (!activeCorrelationId.compareAndSet(response.correlationId(), 0)) {
            response.release();
            return;
        }
        if (response.type() != MessageType.EXCEPTION.id()) {
            complete(response);
            return;
        }
        RuntimeException error;
        int code;
        try {
            ErrorCodec.Error decoded = ErrorCodec.decode(response);
            code = decoded.errorCode();
            error = RemoteErrors.toException(decoded);
        } catch (MalformedMessageException e) {
            fail(e);
            return;
        } finally {
            response.release();
        }
        if (pinned == null && RetryPolicy.retriesError(code, repeatable)) {
            retry(error);
        } else {
            fail(error);
        }
    }

    @Override
    public void onFailure(long correlationId, Throwable cause, boolean written) {
        if (!activeCorrelationId.compareAndSet(correlationId, 0)) {
            return;
        }
        if (pinned == null && RetryPolicy.retriesLostConnection(written, repeatable)) {
            retry(cause);
        } else if (invoker.isClosed()) {
            fail(invoker.notActive(cause));
        } else {
            fail(new TargetDisconnectedException(describe() + " lost its connection "
                    + (written ? "after it was sent; it may or may not have been applied" : "before it was sent"),
                    cause));
        }
    }

    private void retry(Throwable cause) {
        lastFailure = cause;
        if (invoker.isClosed()) {
            fail(invoker.notActive(cause));
            return;
        }
        if (System.nanoTime() - startNanos >= timeoutNanos) {
            fail(timeout());
            return;
        }
        long pause = RetryPolicy.pauseNanos(attempts, invoker.maxRetryPauseNanos());
        if (pause == 0) {
            send();
        } else {
            invoker.timer().newTimeout(timeout -> send(), pause, TimeUnit.NANOSECONDS);
        }
    }

    private void complete(ClientMessage response) {
        T result;
        try {
            result = decoder.apply(response);
        } catch (RuntimeException e) {
            fail(e);
            return;
        } finally {
            response.release();
        }
        if (future.complete(result)) {
            finish();
        }
    }

    /**
     * Whether the deadline has passed. Checked by the connection the attempt is on, by the invoker while
     * the invocation waits for the cluster, and before each send.
     */
    @Override
    public boolean isOverdue(long nowNanos) {
        return timeoutNanos != Long.MAX_VALUE && nowNanos - startNanos >= timeoutNanos;
    }

    @Override
    public void onDeadline(long correlationId) {
        if (activeCorrelationId.compareAndSet(correlationId, 0)) {
            failOverdue();
        }
    }

    /** The deadline passed while the invocation waited for the cluster. */
    void failOverdue() {
        fail(invoker.isClosed() ? invoker.notActive(lastFailure) : timeout());
    }

    /** Fails a parked or about-to-be-sent invocation. */
    void fail(Throwable cause) {
        if (future.completeExceptionally(cause)) {
            finish();
        }
    }

    private OperationTimeoutException timeout() {
        return new OperationTimeoutException(describe() + " did not complete within "
                + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms (" + attempts + " attempts)", lastFailure);
    }

    /** The frame for the next attempt, or null once the invocation completed and let go of its request. */
    private synchronized ClientMessage nextFrame() {
        if (released) {
            return null;
        }
        return attempts == 0 ? request.retain() : ClientMessage.wrap(request.content().copy());
    }

    private synchronized void finish() {
        if (!released) {
            released = true;
            request.release();
        }
    }

    private String describe() {
        return MessageType.describe(type);
    }

    @Override
    public String toString() {
        return "Invocation[" + describe() + ", partition " + partitionId + ", attempts " + attempts + "]";
    }
}
