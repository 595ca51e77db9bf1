package io.alder.server.clientprotocol;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.AuthenticationResult;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.netty.ClientFrameDecoder;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.internal.PlatformDependent;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: authentication first, then every request through the dispatch table, on the
 * channel's I/O thread. It is also the {@link ClientConnection} handlers answer through. Responses
 * written while a read burst is in progress are flushed once at the end of the burst. Messages reach the
 * client in the order they were sent, whichever thread sent them.
 *
 * <p>A client that stops reading first loses its reads (the member stops reading from it, so it cannot
 * pile up more work), and is disconnected when even its pending events exceed the outbound limit.
 */
final class ClientConnectionHandler extends ChannelInboundHandlerAdapter implements ClientConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnectionHandler.class);

    private final ClientEndpoint endpoint;
    private final ClientFrameDecoder decoder;
    private final Registrations registrations = new Registrations();
    private ChannelHandlerContext ctx;
    private volatile String clientUuid;
    private boolean reading;
    private boolean flushPending;
    /**
     * What is to be written, in the order {@link #send} was called from whichever thread: events of one
     * structure are published in the order its operations ran, on the threads that ran them.
     */
    private final Queue<ClientMessage> outbound = PlatformDependent.newMpscQueue();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    ClientConnectionHandler(ClientEndpoint endpoint, ClientFrameDecoder decoder) {
        this.endpoint = endpoint;
        this.decoder = decoder;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        // Added once the first byte chose this protocol: the channel is already active.
        this.ctx = context;
        endpoint.opened(this);
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        ClientMessage request = (ClientMessage) msg;
        reading = true;
        try {
            serve(request);
        } finally {
            request.release();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        reading = false;
        if (flushPending) {
            flushPending = false;
            context.flush();
        }
    }

    private void serve(ClientMessage request) {
        long correlationId = request.correlationId();
        int type = request.type();
        if (!endpoint.memberActive()) {
            send(ErrorCodec.encode(allocator(), correlationId, ErrorResponses.notActive()));
            return;
        }
        if (type == MessageType.CLIENT_AUTHENTICATION.id() || type == MessageType.CLIENT_AUTHENTICATION_CUSTOM.id()) {
            authenticate(request);
            return;
        }
        if (clientUuid == null) {
            LOG.info("Closing connection from {}: {} before authentication", remote(), MessageType.describe(type));
            ClientMessage error = ErrorCodec.encode(allocator(), correlationId,
                    ErrorResponses.notAuthenticated(MessageType.describe(type)));
            ctx.writeAndFlush(error).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        RequestHandler handler = endpoint.requests().handlerFor(type);
        if (handler == null) {
            send(ErrorCodec.encode(allocator(), correlationId, ErrorResponses.unsupportedType(MessageType.describe(type))));
            return;
        }
        try {
            handler.handle(request, this);
        } catch (RuntimeException e) {
            if (!(e instanceof MalformedMessageException)) {
                LOG.debug("{} failed", MessageType.describe(type), e);
            }
            sendError(correlationId, e);
        }
    }

    private void authenticate(ClientMessage request) {
        String current = clientUuid;
        AuthenticationResult result;
        try {
            result = current != null ? endpoint.authentication().alreadyAuthenticated(current)
                    : endpoint.authentication().authenticate(request);
        } catch (MalformedMessageException e) {
            LOG.info("Closing connection from {}: malformed authentication: {}", remote(), e.getMessage());
            ctx.writeAndFlush(ErrorCodec.encode(allocator(), request.correlationId(), ErrorResponses.toError(e)))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (current == null && result.status() == AuthenticationResult.STATUS_AUTHENTICATED) {
            clientUuid = result.uuid();
            decoder.setMaxFrameLength(endpoint.settings().maxFrameBytes());
            endpoint.engine().clientSessions().connectionOpened(result.uuid());
        } else if (result.status() != AuthenticationResult.STATUS_AUTHENTICATED) {
            LOG.info("Authentication from {} refused with status {}", remote(), result.status());
        }
        // As 3.12, a refused client gets its answer and closes the connection itself.
        send(ResponseCodec.encodeAuthentication(allocator(), request.correlationId(), result));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        Throwable reason = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (reason instanceof MalformedMessageException) {
            LOG.info("Closing connection from {}: {}", remote(), reason.getMessage());
        } else if (reason instanceof IOException) {
            LOG.debug("Connection from {} failed: {}", remote(), reason.toString());
        } else {
            LOG.warn("Closing connection from {} after an unexpected error", remote(), reason);
        }
        context.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            LOG.info("Closing connection from {}: nothing received for {} (heartbeat timeout)", remote(),
                    endpoint.settings().heartbeatTimeout());
            context.close();
            return;
        }
        super.userEventTriggered(context, event);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext context) throws Exception {
        // Back-pressure: stop reading requests from a client that does not read its responses, and stop serving
        // the ones already read: one read may hold thousands.
        boolean writable = context.channel().isWritable();
        context.channel().config().setAutoRead(writable);
        if (writable) {
            decoder.resume();
        } else {
            decoder.pause();
        }
        super.channelWritabilityChanged(context);
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        for (ClientMessage unsent = outbound.poll(); unsent != null; unsent = outbound.poll()) {
            unsent.release();
        }
        endpoint.closed(this);
        removeAllRegistrations();
        String uuid = clientUuid;
        if (uuid != null) {
            endpoint.engine().clientSessions().connectionClosed(uuid);
        }
        super.channelInactive(context);
    }

    /** Closes after everything already sent has gone out. Runs on the event loop. */
    void close() {
        writeQueued();
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public ByteBufAllocator allocator() {
        return ctx.alloc();
    }

    @Override
    public String clientUuid() {
        return clientUuid;
    }

    @Override
    public void send(ClientMessage message) {
        Channel channel = ctx.channel();
        if (!channel.isActive()) {
            message.release();
            return;
        }
        if (!channel.isWritable() && exceedsOutboundLimit(channel)) {
            message.release();
            LOG.warn("Closing connection from {}: it does not read, more than {} bytes wait to be written",
                    remote(), endpoint.settings().maxPendingOutboundBytes());
            channel.close();
            return;
        }
        outbound.offer(message);
        if (channel.eventLoop().inEventLoop()) {
            writeQueued();
        } else if (drainScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(this::drainScheduledWrites);
        }
    }

    private void drainScheduledWrites() {
        drainScheduled.set(false);
        writeQueued();
    }

    /**
     * Writes every queued message, oldest first; they are flushed at once, or at the end of the read burst in
     * progress. Runs on the event loop.
     */
    private void writeQueued() {
        boolean wrote = false;
        for (ClientMessage message = outbound.poll(); message != null; message = outbound.poll()) {
            ctx.write(message, ctx.voidPromise());
            wrote = true;
        }
        if (!wrote) {
            return;
        }
        if (reading) {
            flushPending = true;
        } else {
            ctx.flush();
        }
    }

    private boolean exceedsOutboundLimit(Channel channel) {
        ChannelOutboundBuffer buffer = channel.unsafe().outboundBuffer();
        return buffer != null && buffer.totalPendingWriteBytes() > endpoint.settings().maxPendingOutboundBytes();
    }

    @Override
    public void addRegistration(String registrationId, Runnable cleanup) {
        registrations.add(registrationId, cleanup);
        if (!ctx.channel().isActive()) {
            // Closed while registering: channelInactive may already have ended the others.
            registrations.remove(registrationId);
        }
    }

    @Override
    public boolean removeRegistration(String registrationId) {
        return registrations.remove(registrationId);
    }

    @Override
    public void removeAllRegistrations() {
        registrations.removeAll();
    }

    private Object remote() {
        return ctx.channel().remoteAddress();
    }
}
