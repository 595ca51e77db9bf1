package io.alder.geode;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import io.alder.geode.proto.NewConnectionClientVersion;
import io.alder.geode.proto.VersionAcknowledgement;
import io.alder.geode.proto.v1.DisconnectClientResponse;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.HandshakeRequest;
import io.alder.geode.proto.v1.HandshakeResponse;
import io.alder.geode.proto.v1.Message;
import io.alder.member.CallerId;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Geode protobuf connection and its state machine: version, then authentication when the member requires
 * it, then requests. Requests are served one at a time in the order they arrived, each answered by exactly
 * one message written in one piece; a request that completes later (a write waiting for a lock, a query, a
 * function) holds back the following ones, which wait here without blocking the I/O thread.
 *
 * <p>The connection closes after a refused version or credentials, after a request before authentication,
 * after a Disconnect or a GetServer (as a Geode locator does), after a message it cannot frame or parse, and
 * silently after the idle timeout without a complete message. Other errors answer an {@code ErrorResponse}
 * and the connection stays open.
 */
final class GeodeConnection extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(GeodeConnection.class);
    /** Requests read but not served yet beyond which the connection stops reading. */
    private static final int MAX_QUEUED_REQUESTS = 1024;
    private static final int SUPPORTED_MAJOR = 1;
    private static final int SUPPORTED_MINOR = 1;
    private static final int VERSION_MESSAGE_BYTES = 10;
    /** How long a closing connection waits for the client to close too, dropping what it still sends. */
    private static final long CLOSING_LINGER_MILLIS = 1_000;

    private enum State { REQUIRE_VERSION, REQUIRE_AUTHENTICATION, ACCEPT_MESSAGES, CLOSING }

    private final GeodeEndpoint endpoint;
    private final DelimitedFrameDecoder decoder;
    private final CallerId caller = new CallerId(UUID.randomUUID().toString(), 0);
    private final Queue<ByteBuf> queued = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private State state = State.REQUIRE_VERSION;
    private boolean serving;
    private boolean reading;
    private boolean flushPending;
    private long lastMessageNanos = System.nanoTime();
    private ScheduledFuture<?> idleCheck;

    GeodeConnection(GeodeEndpoint endpoint, DelimitedFrameDecoder decoder) {
        this.endpoint = endpoint;
        this.decoder = decoder;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
        endpoint.opened(this, caller.clientUuid());
        long period = Math.min(1_000, endpoint.settings().idleTimeout().toMillis());
        idleCheck = context.executor().scheduleAtFixedRate(this::closeIfIdle, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        if (state == State.CLOSING) {
            ((ByteBuf) msg).release();
            return;
        }
        reading = true;
        queued.add((ByteBuf) msg);
        if (queued.size() >= MAX_QUEUED_REQUESTS) {
            context.channel().config().setAutoRead(false);
        }
        serveQueued();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        reading = false;
        if (flushPending) {
            flushPending = false;
            context.flush();
        }
    }

    private void serveQueued() {
        ByteBuf frame;
        // While the client leaves its answers unread past the high-water mark, its later requests wait here
        // (channelWritabilityChanged resumes them), so that the member never buffers all of their answers.
        while (!serving && state != State.CLOSING && ctx.channel().isWritable() && (frame = queued.poll()) != null) {
            lastMessageNanos = System.nanoTime();
            try {
                serve(frame);
            } finally {
                frame.release();
            }
        }
        if (queued.size() < MAX_QUEUED_REQUESTS / 2 && state != State.CLOSING) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext context) throws Exception {
        if (context.channel().isWritable()) {
            serveQueued();
        }
        super.channelWritabilityChanged(context);
    }

    private void serve(ByteBuf frame) {
        try {
            switch (state) {
                case REQUIRE_VERSION -> negotiateVersion(frame);
                case REQUIRE_AUTHENTICATION -> authenticateFirst(Message.parseFrom(frame.nioBuffer()));
                case ACCEPT_MESSAGES -> serveMessage(Message.parseFrom(frame.nioBuffer()));
                case CLOSING -> { }
            }
        } catch (InvalidProtocolBufferException e) {
            LOG.info("Closing Geode connection from {}: unreadable message: {}", remote(), e.getMessage());
            answerAndClose(Responses.error(ErrorCode.INVALID_REQUEST, "Unreadable message: " + e.getMessage()));
        }
    }

    private void negotiateVersion(ByteBuf frame) {
        if (frame.readableBytes() != VERSION_MESSAGE_BYTES) {
            // Geode reads the version message's length as its protocol's mode byte: anything else is not this protocol.
            LOG.info("Closing connection from {}: not a Geode protobuf version message", remote());
            close();
            return;
        }
        NewConnectionClientVersion version;
        try {
            version = NewConnectionClientVersion.parseFrom(frame.nioBuffer());
        } catch (InvalidProtocolBufferException e) {
            LOG.info("Closing connection from {}: unreadable Geode protobuf version message", remote());
            close();
            return;
        }
        boolean accepted = version.getMajorVersion() == SUPPORTED_MAJOR && version.getMinorVersion() == SUPPORTED_MINOR;
        VersionAcknowledgement acknowledgement = VersionAcknowledgement.newBuilder()
                .setServerMajorVersion(SUPPORTED_MAJOR).setServerMinorVersion(SUPPORTED_MINOR)
                .setVersionAccepted(accepted).build();
        if (!accepted) {
            LOG.info("Closing Geode connection from {}: version {}.{} is not served", remote(),
                    Integer.toUnsignedString(version.getMajorVersion()), Integer.toUnsignedString(version.getMinorVersion()));
            answerAndClose(acknowledgement);
        } else if (endpoint.settings().credentials().required()) {
            state = State.REQUIRE_AUTHENTICATION;
            answer(acknowledgement);
        } else {
            accept();
            answer(acknowledgement);
        }
    }

    private void authenticateFirst(Message message) {
        if (message.getMessageTypeCase() != Message.MessageTypeCase.HANDSHAKEREQUEST) {
            LOG.info("Closing Geode connection from {}: {} before authentication", remote(), message.getMessageTypeCase());
            answerAndClose(Responses.error(ErrorCode.AUTHENTICATION_FAILED, "User has not yet authenticated"));
            return;
        }
        HandshakeRequest handshake = message.getHandshakeRequest();
        if (!checkValueFormat(handshake)) {
            return;
        }
        if (endpoint.settings().credentials().accepts(handshake.getCredentialsMap())) {
            accept();
            answer(handshake(true));
        } else {
            LOG.info("Closing Geode connection from {}: credentials refused", remote());
            answerAndClose(handshake(false));
        }
    }

    /** A handshake after authentication: credentials log in again, no credentials answer false, as in Geode. */
    private void handshakeAgain(HandshakeRequest handshake) {
        if (!checkValueFormat(handshake)) {
            return;
        }
        if (handshake.getCredentialsCount() == 0) {
            answer(handshake(false));
        } else if (!endpoint.settings().credentials().required()
                || endpoint.settings().credentials().accepts(handshake.getCredentialsMap())) {
            answer(handshake(true));
        } else {
            LOG.info("Closing Geode connection from {}: credentials refused", remote());
            answerAndClose(handshake(false));
        }
    }

    private boolean checkValueFormat(HandshakeRequest handshake) {
        if (handshake.getValueFormat().isEmpty()) {
            return true;
        }
        answerAndClose(Responses.error(ErrorCode.INVALID_REQUEST, "Unknown value format '" + handshake.getValueFormat()
                + "': Alder serves the default format only (primitives, strings, bytes and JSON)"));
        return false;
    }

    private void accept() {
        state = State.ACCEPT_MESSAGES;
        decoder.setMaxLength(endpoint.settings().maxMessageBytes());
    }

    private void serveMessage(Message message) {
        if (!endpoint.memberActive()) {
            answer(Responses.error(ErrorCode.SERVER_ERROR, "The member is not active"));
            return;
        }
        switch (message.getMessageTypeCase()) {
            case HANDSHAKEREQUEST -> handshakeAgain(message.getHandshakeRequest());
            case DISCONNECTCLIENTREQUEST -> {
                LOG.debug("Geode client {} disconnects: {}", remote(), message.getDisconnectClientRequest().getReason());
                answerAndClose(Message.newBuilder()
                        .setDisconnectClientResponse(DisconnectClientResponse.getDefaultInstance()).build());
            }
            case GETSERVERREQUEST -> answerAndClose(endpoint.locator().getServer(message.getGetServerRequest()));
            case MESSAGETYPE_NOT_SET -> answer(Responses.error(ErrorCode.INVALID_REQUEST, "Unknown message type"
                    + (message.getUnknownFields().asMap().isEmpty() ? " (the message is empty)"
                            : " (field " + message.getUnknownFields().asMap().keySet() + ")")));
            default -> serveData(message);
        }
    }

    private void serveData(Message request) {
        CompletableFuture<Message> response;
        try {
            response = endpoint.requests().serve(request, caller);
        } catch (RuntimeException e) {
            answer(failed(request, e));
            return;
        }
        if (response.isDone()) {
            // Most requests are answered at once: no further future or callback for them.
            Message answer;
            try {
                answer = response.join();
            } catch (CompletionException | CancellationException e) {
                answer = failed(request, e);
            }
            answer(answer);
            return;
        }
        serving = true;
        response.whenComplete((message, failure) -> ctx.executor().execute(() -> {
            serving = false;
            if (state == State.CLOSING) {
                return;
            }
            answer(failure == null ? message : failed(request, failure));
            serveQueued();
        }));
    }

    private Message failed(Message request, Throwable failure) {
        Message error = Responses.error(failure);
        if (error.getErrorResponse().getError().getErrorCode() == ErrorCode.SERVER_ERROR) {
            LOG.debug("{} from {} failed", request.getMessageTypeCase(), remote(), failure);
        }
        return error;
    }

    private static Message handshake(boolean authenticated) {
        return Message.newBuilder().setHandshakeResponse(HandshakeResponse.newBuilder()
                .setAuthenticated(authenticated)).build();
    }

    /** Writes one length-delimited message as one buffer, so its length prefix and body leave together. */
    private ChannelFuture write(MessageLite message) {
        int size = message.getSerializedSize();
        int total = CodedOutputStream.computeUInt32SizeNoTag(size) + size;
        ByteBuf buffer = ctx.alloc().buffer(total, total);
        try {
            CodedOutputStream out = CodedOutputStream.newInstance(buffer.nioBuffer(0, total));
            out.writeUInt32NoTag(size);
            message.writeTo(out);
            out.flush();
        } catch (IOException | RuntimeException e) {
            buffer.release();
            throw new IllegalStateException("Cannot encode " + message.getClass().getSimpleName(), e);
        }
        buffer.writerIndex(total);
        return ctx.write(buffer);
    }

    private void answer(MessageLite message) {
        write(message);
        if (reading) {
            flushPending = true;
        } else {
            ctx.flush();
        }
    }

    private void answerAndClose(MessageLite message) {
        write(message);
        close();
    }

    private void closeIfIdle() {
        long idleNanos = System.nanoTime() - lastMessageNanos;
        if (!serving && state != State.CLOSING && idleNanos >= endpoint.settings().idleTimeout().toNanos()) {
            LOG.info("Closing idle Geode connection from {}: no message for {}", remote(),
                    endpoint.settings().idleTimeout());
            close();
        }
    }

    /** Closes from any thread, on the event loop. */
    void closeLater() {
        ctx.executor().execute(this::close);
    }

    /**
     * Closes with a normal FIN once what was written has gone out, as Geode does: the output is shut down, and what
     * the client still sends (a request right behind the one answered last) is read and dropped until the client
     * closes too, or for {@value #CLOSING_LINGER_MILLIS} ms. Closing the socket with such bytes unread would make the
     * kernel send a reset instead, which a client reports as an error of its connection rather than as the close.
     * Runs on the event loop.
     */
    private void close() {
        state = State.CLOSING;
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(written -> {
            if (written.isSuccess() && ctx.channel() instanceof DuplexChannel duplex) {
                duplex.shutdownOutput();
                ctx.executor().schedule(() -> ctx.close(), CLOSING_LINGER_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                ctx.close();
            }
        });
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        Throwable reason = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (reason instanceof IOException) {
            LOG.debug("Geode connection from {} failed: {}", remote(), reason.toString());
            context.close();
        } else if (cause instanceof DecoderException) {
            LOG.info("Closing Geode connection from {}: {}", remote(), reason.getMessage());
            if (state == State.REQUIRE_VERSION) {
                close();
            } else if (state != State.CLOSING) {
                answerAndClose(Responses.error(ErrorCode.INVALID_REQUEST, reason.getMessage()));
            }
        } else {
            LOG.warn("Closing Geode connection from {} after an unexpected error", remote(), reason);
            context.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        state = State.CLOSING;
        if (idleCheck != null) {
            idleCheck.cancel(false);
        }
        for (ByteBuf frame = queued.poll(); frame != null; frame = queued.poll()) {
            frame.release();
        }
        endpoint.closed(this, caller.clientUuid());
        super.channelInactive(context);
    }

    private Object remote() {
        return ctx.channel().remoteAddress();
    }
}
