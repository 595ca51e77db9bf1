package io.alder.client.internal.connection;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.Address;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.util.internal.PlatformDependent;
import java.net.SocketAddress;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One socket to one member. Requests can be sent from any thread; the connection's
 * {@link ConnectionHandler} keeps what waits for their answers. Until authentication succeeds the
 * connection has no {@link #memberAddress()}; afterwards it is known by the address the member gave.
 */
public final class Connection {

    /** The most requests written between two flushes. */
    private static final int MAX_REQUESTS_PER_DRAIN = 1024;

    private final int id;
    private final Channel channel;
    private final ConnectionHandler handler;
    private final CompletableFuture<Connection> closed = new CompletableFuture<>();
    private final Queue<OutboundRequest> outbound = PlatformDependent.newMpscQueue();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drainTask = this::drain;
    private volatile Address memberAddress;
    private volatile String serverVersion;
    private volatile boolean owner;

    Connection(int id, Channel channel, ConnectionHandler handler) {
        this.id = id;
        this.channel = channel;
        this.handler = handler;
        channel.closeFuture().addListener(done -> closed.complete(this));
    }

    /** A number for logs, unique within the client. */
    public int id() {
        return id;
    }

    /**
     * Sends a request; its correlation id must be unused on this connection. Takes ownership of
     * {@code frame}. The call learns the answer, or why there is none, on the I/O thread.
     *
     * <p>Requests wait in a queue that the I/O thread drains in one task, flushing once per drain: the
     * application threads never write to the socket, and a burst of requests costs one hand-off and one
     * write system call rather than one of each per request.
     *
     * @param events where the events of a listener registration go, or null for an ordinary request
     */
    public void send(ClientMessage frame, PendingCall call, EventSink events) {
        outbound.offer(new OutboundRequest(frame, call, events));
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (drainScheduled.get() || !drainScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            channel.eventLoop().execute(drainTask);
        } catch (RejectedExecutionException e) {
            // The I/O threads stopped (the client closed): nothing will write these requests.
            drainScheduled.set(false);
            for (OutboundRequest request = outbound.poll(); request != null; request = outbound.poll()) {
                request.fail(new ConnectionClosedException("connection " + id + " is closed: the client stopped", e));
            }
        }
    }

    /** Hands queued requests to the pipeline and flushes them. I/O thread. */
    private void drain() {
        // Cleared first: a request queued from now on either is taken below or schedules another drain.
        drainScheduled.set(false);
        int written = 0;
        for (OutboundRequest request = outbound.poll(); request != null; request = outbound.poll()) {
            if (!channel.isActive()) {
                // Checked here, on the I/O thread: an open channel cannot close before the write below.
                request.fail(handler.notOpen());
                continue;
            }
            channel.write(request, channel.voidPromise());
            if (++written == MAX_REQUESTS_PER_DRAIN) {
                break;
            }
        }
        channel.flush();
        if (!outbound.isEmpty()) {
            // Left for another task, so that reading responses is not held up by a flood of requests.
            scheduleDrain();
        }
    }

    /** Stops delivering the events of a registration made with the given correlation id. */
    public void removeEventSink(long correlationId) {
        onEventLoop(() -> handler.removeEventSink(correlationId));
    }

    private void onEventLoop(Runnable task) {
        if (channel.eventLoop().inEventLoop()) {
            task.run();
            return;
        }
        try {
            channel.eventLoop().execute(task);
        } catch (RejectedExecutionException e) {
            // The client is shutting down: the connection's state goes with it.
        }
    }

    /** Closes the connection; its waiting calls fail with a cause that names {@code reason}. */
    public void close(String reason, Throwable cause) {
        handler.closing(reason, cause);
        channel.close();
    }

    /** Completes (on an I/O thread) once the connection is closed, by either side. */
    public CompletableFuture<Connection> closeFuture() {
        return closed;
    }

    /** Why this side closed the connection, or null if it did not. */
    public String closeReason() {
        return handler.closeReason();
    }

    public boolean isActive() {
        return channel.isActive();
    }

    /** The address this connection was made to. */
    public SocketAddress remoteAddress() {
        return channel.remoteAddress();
    }

    /** The member's own address from its authentication answer; null before authentication. */
    public Address memberAddress() {
        return memberAddress;
    }

    /** The version the member reported at authentication, e.g. {@code 3.12.13}; null before. */
    public String serverVersion() {
        return serverVersion;
    }

    /** Records a successful authentication. */
    public void authenticated(Address memberAddress, String serverVersion, boolean owner) {
        this.memberAddress = memberAddress;
        this.serverVersion = serverVersion;
        this.owner = owner;
    }

    /** Whether this is the client's owner connection. */
    public boolean isOwner() {
        return owner;
    }

    /** The allocator requests for this connection are built with. */
    public ByteBufAllocator allocator() {
        return Transport.REQUEST_ALLOCATOR;
    }

    /** {@link System#nanoTime()} of the last frame read. */
    public long lastReadNanos() {
        return handler.lastReadNanos();
    }

    /** {@link System#nanoTime()} of the last request written. */
    public long lastWriteNanos() {
        return handler.lastWriteNanos();
    }

    /** How many requests were sent on this connection. */
    public long sentRequests() {
        return handler.sentRequests();
    }

    @Override
    public String toString() {
        Address member = memberAddress;
        return "Connection#" + id + "[" + (member == null ? channel.remoteAddress() : member)
                + (owner ? ", owner" : "") + (channel.isActive() ? "" : ", closed") + "]";
    }
}
