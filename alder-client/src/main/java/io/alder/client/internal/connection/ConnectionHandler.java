package io.alder.client.internal.connection;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.FrameSplitter;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.collection.LongObjectHashMap;
import io.netty.util.collection.LongObjectMap;
import io.netty.util.concurrent.PromiseCombiner;
import java.net.SocketAddress;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a connection's pipeline and the only owner of its in-flight state: the calls waiting
 * for a response and the event sinks of listener registrations, both by correlation id. A request is
 * registered when its write passes through here, on the I/O thread, so that registering, answering and
 * failing never race. Responses go to their call, events to their sink; when the channel closes, every
 * waiting call fails. Outgoing messages longer than the frame limit are split into fragments.
 *
 * <p>Also keeps the times of the last read and write, which the heartbeat checks from another thread.
 */
final class ConnectionHandler extends ChannelDuplexHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionHandler.class);

    private final LongObjectMap<PendingCall> pending = new LongObjectHashMap<>();
    private final LongObjectMap<EventSink> eventSinks = new LongObjectHashMap<>();
    private final int maxFrameSize;
    private final boolean fragments;
    private volatile long lastReadNanos = System.nanoTime();
    private volatile long lastWriteNanos = lastReadNanos;
    private volatile long sentRequests;
    private volatile String closeReason;
    private volatile Throwable closeCause;
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

    /** Drops a call that stopped waiting (its deadline passed); I/O thread only. */
    void forget(long correlationId) {
        pending.remove(correlationId);
    }

    /** Drops the event sink of a registration that ended; I/O thread only. */
    void removeEventSink(long correlationId) {
        eventSinks.remove(correlationId);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof OutboundRequest request)) {
            ctx.write(msg, promise);
            return;
        }
        ClientMessage frame = request.frame();
        long correlationId = frame.correlationId();
        pending.put(correlationId, request.call());
        if (request.events() != null) {
            eventSinks.put(correlationId, request.events());
        }
        lastWriteNanos = System.nanoTime();
        sentRequests++;
        if (fragments && frame.frameLength() > maxFrameSize) {
            writeFragments(ctx, frame, promise);
        } else {
            ctx.write(frame, promise);
        }
    }

    private void writeFragments(ChannelHandlerContext ctx, ClientMessage frame, ChannelPromise promise) {
        List<ClientMessage> parts;
        try {
            parts = FrameSplitter.split(ctx.alloc(), frame, maxFrameSize);
        } catch (RuntimeException e) {
            frame.release();
            promise.setFailure(e);
            return;
        }
        PromiseCombiner combiner = new PromiseCombiner(ctx.executor());
        for (ClientMessage part : parts) {
            combiner.add(ctx.write(part));
        }
        combiner.finish(promise);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        remoteAddress = ctx.channel().remoteAddress();
        super.channelActive(ctx);
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
        // Copied first: a failed call may retry at once, and must not find this map mid-iteration.
        long[] ids = new long[pending.size()];
        PendingCall[] calls = new PendingCall[ids.length];
        int count = 0;
        for (LongObjectMap.PrimitiveEntry<PendingCall> entry : pending.entries()) {
            ids[count] = entry.key();
            calls[count++] = entry.value();
        }
        pending.clear();
        eventSinks.clear();
        for (int i = 0; i < count; i++) {
            calls[i].onFailure(ids[i], cause, true);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("{}: closing after an error: {}", ctx.channel(), cause.toString());
        closing("failed: " + cause, cause);
        ctx.close();
    }
}
