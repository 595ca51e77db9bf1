package io.alder.server;

import io.alder.geode.GeodeEndpoint;
import io.alder.server.clientprotocol.ClientEndpoint;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Port unification on the member's main port: the first byte tells the protocol. Geode protobuf clients
 * start with 0x0A (the length of their 10-byte version message); everything else goes to the Open Binary
 * Client Protocol endpoint, which expects "CB2" and refuses the rest. Once chosen, the protocol's handlers
 * replace this one and receive every byte read so far. A connection that sends nothing is closed after the
 * heartbeat timeout.
 */
final class ProtocolSelector extends ByteToMessageDecoder {

    /** The first byte of every Geode protobuf v1 connection. */
    static final byte GEODE_FIRST_BYTE = 0x0A;

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolSelector.class);

    private final ClientEndpoint clients;
    private final GeodeEndpoint geode;
    private final long silenceTimeoutMillis;
    private ScheduledFuture<?> silenceTimeout;

    /** {@code geode} is null when the main port does not serve Geode clients. */
    ProtocolSelector(ClientEndpoint clients, GeodeEndpoint geode, long silenceTimeoutMillis) {
        this.clients = clients;
        this.geode = geode;
        this.silenceTimeoutMillis = silenceTimeoutMillis;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        silenceTimeout = ctx.executor().schedule(() -> {
            LOG.info("Closing connection from {}: nothing received for {} ms", ctx.channel().remoteAddress(),
                    silenceTimeoutMillis);
            ctx.close();
        }, silenceTimeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        silenceTimeout.cancel(false);
        ChannelPipeline pipeline = ctx.pipeline();
        if (geode != null && in.getByte(in.readerIndex()) == GEODE_FIRST_BYTE) {
            geode.initPipeline(pipeline);
        } else {
            clients.initPipeline(pipeline);
        }
        // Removing a ByteToMessageDecoder hands the bytes it holds to the handlers now behind it.
        pipeline.remove(this);
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        silenceTimeout.cancel(false);
    }
}
