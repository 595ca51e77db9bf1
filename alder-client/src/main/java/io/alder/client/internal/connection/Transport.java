package io.alder.client.internal.connection;

import io.alder.protocol.netty.ClientFrameDecoder;
import io.alder.protocol.netty.ClientMessageEncoder;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client's Netty side: one small event loop group (epoll where available, else NIO) and the pipeline
 * of every member connection: flush consolidation, the frame decoder (no preamble comes back from a
 * member; fragments are reassembled), the frame encoder, and the {@link ConnectionHandler}.
 */
public final class Transport implements AutoCloseable {

    /** The largest frame, or reassembled message, accepted from a member. */
    static final int MAX_INBOUND_MESSAGE = 512 << 20;
    /** How many fragmented messages a member may interleave. */
    static final int MAX_OPEN_FRAGMENTED_MESSAGES = 64;
    /** Flushes batched together when many requests are written at once. */
    private static final int FLUSHES_PER_BATCH = 256;

    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final int maxFrameSize;
    private final boolean fragments;

    /**
     * @param ioThreads how many I/O threads serve all connections
     * @param maxFrameSize the largest outgoing frame
     * @param fragments whether longer outgoing messages are fragmented
     */
    public Transport(int ioThreads, Duration connectTimeout, int maxFrameSize, boolean fragments) {
        this.maxFrameSize = maxFrameSize;
        this.fragments = fragments;
        DefaultThreadFactory threads = new DefaultThreadFactory("alder-client-io", true);
        boolean epoll = Epoll.isAvailable();
        this.group = epoll ? new EpollEventLoopGroup(ioThreads, threads) : new NioEventLoopGroup(ioThreads, threads);
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(
                                new FlushConsolidationHandler(FLUSHES_PER_BATCH, true),
                                new ClientFrameDecoder(false, MAX_INBOUND_MESSAGE, MAX_OPEN_FRAGMENTED_MESSAGES),
                                ClientMessageEncoder.INSTANCE,
                                new ConnectionHandler(Transport.this.maxFrameSize, Transport.this.fragments));
                    }
                });
    }

    /**
     * Opens a connection to a resolved address and sends the {@code CB2} preamble (flushed with the first
     * request). Completes on an I/O thread.
     */
    public CompletableFuture<Connection> connect(InetSocketAddress address) {
        CompletableFuture<Connection> result = new CompletableFuture<>();
        ChannelFuture connecting = bootstrap.connect(address);
        connecting.addListener(done -> {
            Channel channel = connecting.channel();
            if (!done.isSuccess()) {
                result.completeExceptionally(done.cause());
                return;
            }
            channel.write(Unpooled.wrappedBuffer(ClientFrameDecoder.PREAMBLE));
            Connection connection = new Connection(connectionIds.incrementAndGet(), channel,
                    channel.pipeline().get(ConnectionHandler.class));
            if (!result.complete(connection)) {
                channel.close();
            }
        });
        return result;
    }

    /** The allocator requests are built with. */
    public ByteBufAllocator allocator() {
        return PooledByteBufAllocator.DEFAULT;
    }

    /** Stops the I/O threads once their last tasks ran (closing channels, failing calls). */
    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
