package io.alder.client.internal.invocation;

import io.alder.client.ClientConfig;
import io.alder.client.ClientNotActiveException;
import io.alder.client.ClusterUnavailableException;
import io.alder.client.WhenDisconnected;
import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.EventSink;
import io.alder.protocol.ClientMessage;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Starts invocations and holds what they share: the client-wide correlation id counter, the router, the
 * timer for delayed retries, and the invocations waiting for the cluster to come back, whose deadlines it
 * checks (those of invocations in flight are checked by their connection). The
 * cluster connector tells it when the cluster is reachable ({@link #clusterConnected},
 * {@link #clusterDisconnected}) and when the client closes.
 */
public final class Invoker {

    /** The "decoder" of callers that take the response itself: one more reference, for the caller. */
    private static final Function<ClientMessage, ClientMessage> KEEP_RESPONSE = ClientMessage::retain;

    /** How often the deadlines of invocations waiting for the cluster are checked. */
    private static final long WAITING_CHECK_MILLIS = 50;

    private final AtomicLong correlationIds = new AtomicLong();
    private final AtomicBoolean waitingCheckScheduled = new AtomicBoolean();
    private final Queue<Invocation<?>> waiting = new ConcurrentLinkedQueue<>();
    private final ConnectionRouter router;
    private final Executor clusterThread;
    private final Timer timer;
    private final long invocationTimeoutNanos;
    private final long maxRetryPauseNanos;
    private final boolean redo;
    private final WhenDisconnected whenDisconnected;
    private volatile boolean connected;
    private volatile Throwable closedBecause;

    /**
     * @param clusterThread where waiting invocations are sent again once the cluster is back
     * @param timer the timer for delayed retries and deadline checks; the invoker does not stop it
     */
    public Invoker(ClientConfig config, ConnectionRouter router, Executor clusterThread, Timer timer) {
        this.router = router;
        this.clusterThread = clusterThread;
        this.timer = timer;
        this.invocationTimeoutNanos = config.invocationTimeout().toNanos();
        this.maxRetryPauseNanos = config.invocationRetryPause().toNanos();
        this.redo = config.redoOperation();
        this.whenDisconnected = config.whenDisconnected();
    }

    /** A timer for retry pauses and deadline checks: 10 ms ticks, one daemon thread. */
    public static HashedWheelTimer newTimer() {
        return new HashedWheelTimer(runnable -> {
            Thread thread = new Thread(runnable, "alder-client-timer");
            thread.setDaemon(true);
            return thread;
        }, 10, TimeUnit.MILLISECONDS, 512);
    }

    /**
     * Sends a request routed by the partition in its header, retrying as 3.12 does until the deadline:
     * the invocation timeout plus {@code waitTime}, or none when {@code waitTime} is null. Completes with
     * the response, which the caller must release.
     *
     * @param idempotent whether the request may be applied twice (redo-operation makes every request so)
     */
    public CompletableFuture<ClientMessage> invoke(ClientMessage request, boolean idempotent, Duration waitTime) {
        return invoke(request, idempotent, waitTime, KEEP_RESPONSE);
    }

    /**
     * Like {@link #invoke(ClientMessage, boolean, Duration)}, completing with what {@code decoder} makes
     * of the response on the I/O thread that read it; the response is released after decoding.
     */
    public <T> CompletableFuture<T> invoke(ClientMessage request, boolean idempotent, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        long timeout = waitTime == null ? Long.MAX_VALUE : saturatedAdd(invocationTimeoutNanos, waitTime.toNanos());
        return start(new Invocation<>(this, request, idempotent || redo, null, null, timeout, decoder));
    }

    /**
     * Sends a request on one connection, without retries: authentication, pings, listener registrations.
     * The request keeps its correlation id, which the caller takes from {@link #nextCorrelationId()}.
     * Completes with the response, which the caller must release.
     *
     * @param events the sink for the events of a listener registration, registered before the request is
     *     written; null for other requests
     */
    public CompletableFuture<ClientMessage> invokeOn(Connection connection, ClientMessage request, EventSink events,
            Duration timeout) {
        return start(new Invocation<>(this, request, false, connection, events, timeout.toNanos(), KEEP_RESPONSE));
    }

    private <T> CompletableFuture<T> start(Invocation<T> invocation) {
        Throwable closed = closedBecause;
        if (closed != null) {
            invocation.fail(notActive(closed));
        } else {
            invocation.send();
        }
        return invocation.future();
    }

    /** A new correlation id, unique within the client. */
    public long nextCorrelationId() {
        return correlationIds.incrementAndGet();
    }

    Connection route(int partitionId) {
        return router.route(partitionId);
    }

    Timer timer() {
        return timer;
    }

    long maxRetryPauseNanos() {
        return maxRetryPauseNanos;
    }

    boolean isClosed() {
        return closedBecause != null;
    }

    ClientNotActiveException notActive(Throwable cause) {
        Throwable closed = closedBecause;
        return new ClientNotActiveException("the client is not active" + (closed == null ? "" : ": " + closed.getMessage()),
                cause == null ? closed : cause);
    }

    /** An invocation found no connection: it fails or waits for the cluster, as configured. */
    void noConnection(Invocation<?> invocation, Throwable lastFailure) {
        if (isClosed()) {
            invocation.fail(notActive(lastFailure));
        } else if (whenDisconnected == WhenDisconnected.FAIL) {
            invocation.fail(new ClusterUnavailableException("no connection to the cluster", lastFailure));
        } else {
            waiting.add(invocation);
            scheduleWaitingCheck();
            if (connected || isClosed()) {
                // The cluster came back (or the client closed) while this invocation was looking.
                clusterThread.execute(this::resumeWaiting);
            }
        }
    }

    /**
     * Makes sure the deadlines of the waiting invocations are checked: every
     * {@value #WAITING_CHECK_MILLIS} ms while any waits.
     */
    private void scheduleWaitingCheck() {
        if (waitingCheckScheduled.compareAndSet(false, true)) {
            try {
                timer.newTimeout(timeout -> checkWaiting(), WAITING_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (IllegalStateException e) {
                // The timer stopped: the client is closing, and closing fails the waiting invocations.
                waitingCheckScheduled.set(false);
            }
        }
    }

    private void checkWaiting() {
        waitingCheckScheduled.set(false);
        long now = System.nanoTime();
        waiting.removeIf(invocation -> {
            if (!invocation.isOverdue(now)) {
                return false;
            }
            invocation.failOverdue();
            return true;
        });
        if (!waiting.isEmpty()) {
            scheduleWaitingCheck();
        }
    }

    /** The cluster is reachable again: waiting invocations are sent. Cluster thread. */
    public void clusterConnected() {
        connected = true;
        resumeWaiting();
    }

    /** The cluster was lost: invocations that find no connection wait or fail, as configured. */
    public void clusterDisconnected() {
        connected = false;
    }

    private void resumeWaiting() {
        if (!connected && !isClosed()) {
            return;
        }
        // Taken out first: an invocation that still finds no connection queues itself again.
        List<Invocation<?>> resumed = new ArrayList<>();
        for (Invocation<?> invocation = waiting.poll(); invocation != null; invocation = waiting.poll()) {
            resumed.add(invocation);
        }
        for (Invocation<?> invocation : resumed) {
            if (isClosed()) {
                invocation.fail(notActive(null));
            } else {
                invocation.send();
            }
        }
    }

    /** Fails waiting invocations and every later one with a {@link ClientNotActiveException}. */
    public void close(Throwable cause) {
        closedBecause = cause;
        connected = false;
        resumeWaiting();
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
