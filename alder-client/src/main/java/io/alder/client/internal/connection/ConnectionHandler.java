package io.alder.client.internal.connection;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.FrameSplitter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.collection.LongObjectHashMap;
import io.netty.util.collection.LongObjectMap;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a connection's pipeline and the only owner of its in-flight state: the calls waiting
 * for a response and the event sinks of listener registrations, both by correlation id. A request is
 * registered when its write passes through here, on the I/O thread, so that registering, answering and
 * failing never race. Responses go to their call, events to their sink; when the channel closes, every
 * waiting call fails. Outgoing messages longer than the frame limit are split into fragments.
 *
 * <p>Frames up to {@value #BATCH_CAPACITY} bytes are copied into one pooled direct buffer until the next
 * flush, so that a burst of requests costs one buffer and one plain write; longer ones are written as
 * they are.
 *
 * <p>Also keeps the times of the last read and write, which the heartbeat checks from another thread.
 */
final class ConnectionHandler extends ChannelDuplexHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionHandler.class);

    /** How often the deadlines of the waiting calls are checked: how late, at most, a call gives up. */
    static final long DEADLINE_CHECK_MILLIS = 50;
    /** The size of the direct buffers small frames are gathered in; the thread's pool caches this size. */
    static final int BATCH_CAPACITY = 32 * 1024;

    private final PendingCalls pending = new PendingCalls();
    private final LongObjectMap<EventSink> eventSinks = new LongObjectHashMap<>();
    private final int maxFrameSize;
    private final boolean fragments;
    private volatile long lastReadNanos = System.nanoTime();
    private volatile long lastWriteNanos = lastReadNanos;
    private volatile long sentRequests;
    private volatile String closeReason;
    private volatile Throwable closeCause;
    private ScheduledFuture<?> deadlineCheck;
    /** The small frames written since the last flush, or null. I/O thread only. */
    private ByteBuf batch;
    /** Kept from when the channel was active: a closed channel may no longer know its peer. */
    private SocketAddress remoteAddress;

    /**
     * @param maxFrameSize the largest outgoing frame
     * @param fragments whether messages longer than {@code maxFrameSize} are fragmented (else never split)
     */
    ConnectionHandler(int maxFrameSize, boolean fragments) {
        this.maxFrameSize = maxFrameSize;
        this.fragments = fragments;
    }

    long lastReadNanos() {
        return lastReadNanos;
    }

    long lastWriteNanos() {
        return lastWriteNanos;
    }

    long sentRequests() {
        return sentRequests;
    }

    /** Records why the connection is being closed by this side, for the failures of its calls. */
    void closing(String reason, Throwable cause) {
        if (closeReason == null) {
            closeCause = cause;
            closeReason = reason;
        }
    }

    String closeReason() {
        return closeReason;
    }

    /** Why a request cannot be written on the closed connection. */
    ConnectionClosedException notOpen() {
        return new ConnectionClosedException("connection to " + remoteAddress + " is closed", closeCause);
    }

    /** Drops the event sink of a registration that ended; I/O thread only. */
    void removeEventSink(long correlationId) {
        eventSinks.remove(correlationId);
    }

    /**
     * Registers a request's call (and event sink) and writes its frame, or its fragments. Written with the
     * channel's void promise: the {@link Connection} writes only while the channel is open, and a socket
     * that fails a write closes the connection, which fails every registered call.
     */
    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof OutboundRequest request)) {
            writeBatch(ctx);
            ctx.write(msg, promise);
            return;
        }
        ClientMessage frame = request.frame();
        long correlationId = frame.correlationId();
        List<ClientMessage> parts;
        try {
            parts = fragments && frame.frameLength() > maxFrameSize
                    ? FrameSplitter.split(ctx.alloc(), frame, maxFrameSize) : List.of(frame);
        } catch (RuntimeException e) {
            // The splitter released the frame.
            request.call().onFailure(correlationId, e, false);
            return;
        }
        pending.put(correlationId, request.call());
        if (request.events() != null) {
            eventSinks.put(correlationId, request.events());
        }
        lastWriteNanos = System.nanoTime();
        sentRequests++;
        if (parts.size() == 1 && frame.frameLength() <= BATCH_CAPACITY) {
            addToBatch(ctx, frame);
            return;
        }
        writeBatch(ctx);
        for (ClientMessage part : parts) {
            ctx.write(part.content(), ctx.voidPromise());
        }
    }

    /** Copies a small frame into the batch, and releases it. */
    private void addToBatch(ChannelHandlerContext ctx, ClientMessage frame) {
        ByteBuf bytes = frame.content();
        int length = bytes.readableBytes();
        if (batch != null && batch.writableBytes() < length) {
            writeBatch(ctx);
        }
        if (batch == null) {
            batch = ctx.alloc().directBuffer(BATCH_CAPACITY);
        }
        batch.writeBytes(bytes, bytes.readerIndex(), length);
        frame.release();
    }

    private void writeBatch(ChannelHandlerContext ctx) {
        if (batch != null) {
            ByteBuf written = batch;
            batch = null;
            ctx.write(written, ctx.voidPromise());
        }
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        writeBatch(ctx);
        ctx.flush();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (batch != null) {
            batch.release();
            batch = null;
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        remoteAddress = ctx.channel().remoteAddress();
        deadlineCheck = ctx.executor().scheduleAtFixedRate(this::dropOverdueCalls, DEADLINE_CHECK_MILLIS,
                DEADLINE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        super.channelActive(ctx);
    }

    private void dropOverdueCalls() {
        pending.drainOverdue(System.nanoTime(), (correlationId, call) -> call.onDeadline(correlationId));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ClientMessage message = (ClientMessage) msg;
        lastReadNanos = System.nanoTime();
        long correlationId = message.correlationId();
        if (message.isEvent()) {
            EventSink sink = eventSinks.get(correlationId);
            if (sink == null) {
                LOG.debug("{}: event for no registration, dropped: {}", ctx.channel(), message);
                message.release();
            } else {
                sink.onEvent(message);
            }
            return;
        }
        PendingCall call = pending.remove(correlationId);
        if (call == null) {
            LOG.debug("{}: response nobody waits for (any more), dropped: {}", ctx.channel(), message);
            message.release();
            return;
        }
        call.onResponse(message);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        String reason = closeReason == null ? "closed by the member" : closeReason;
        ConnectionClosedException cause = new ConnectionClosedException(
                "connection to " + remoteAddress + " " + reason, closeCause);
        if (deadlineCheck != null) {
            deadlineCheck.cancel(false);
        }
        eventSinks.clear();
        // Drained first: a failed call may retry at once, and must not find the table mid-iteration.
        pending.drain((correlationId, call) -> call.onFailure(correlationId, cause, true));
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("{}: closing after an error: {}", ctx.channel(), cause.toString());
        closing("failed: " + cause, cause);
        ctx.close();
    }
}
