package io.alder.client.internal.connection;

import io.alder.protocol.netty.ClientFrameDecoder;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufAllocator;
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
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client's Netty side: one small event loop group (epoll where available, else NIO) and the pipeline
 * of every member connection: the frame decoder (no preamble comes back from a member; fragments are
 * reassembled) and the {@link ConnectionHandler}, which writes frames itself. Requests are built in heap
 * buffers (see {@link #allocator()}).
 */
public final class Transport implements AutoCloseable {

    /** The largest frame, or reassembled message, accepted from a member. */
    static final int MAX_INBOUND_MESSAGE = 512 << 20;
    /** How many fragmented messages a member may interleave. */
    static final int MAX_OPEN_FRAGMENTED_MESSAGES = 64;

    static final ByteBufAllocator REQUEST_ALLOCATOR = HeapRequestAllocator.INSTANCE;

    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final int maxFrameSize;
    private final boolean fragments;
    private final int connectTimeoutMillis;

    /**
     * @param ioThreads how many I/O threads serve all connections
     * @param maxFrameSize the largest outgoing frame
     * @param fragments whether longer outgoing messages are fragmented
     */
    public Transport(int ioThreads, Duration connectTimeout, int maxFrameSize, boolean fragments) {
        this.maxFrameSize = maxFrameSize;
        this.fragments = fragments;
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
        DefaultThreadFactory threads = new DefaultThreadFactory("alder-client-io", true);
        boolean epoll = Epoll.isAvailable();
        this.group = epoll ? new EpollEventLoopGroup(ioThreads, threads) : new NioEventLoopGroup(ioThreads, threads);
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(
                                new ClientFrameDecoder(false, MAX_INBOUND_MESSAGE, MAX_OPEN_FRAGMENTED_MESSAGES),
                                new ConnectionHandler(Transport.this.maxFrameSize, Transport.this.fragments));
                    }
                });
    }

    /**
     * Opens a connection to a resolved address and sends the {@code CB2} preamble (flushed with the first
     * request). Completes on an I/O thread.
     *
     * @param limit how long connecting may take at most, when shorter than the configured connection
     *     timeout; null for that timeout
     */
    public CompletableFuture<Connection> connect(InetSocketAddress address, Duration limit) {
        CompletableFuture<Connection> result = new CompletableFuture<>();
        Bootstrap limited = limit == null || limit.toMillis() >= connectTimeoutMillis ? bootstrap
                : bootstrap.clone().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.max(1, limit.toMillis()));
        ChannelFuture connecting = limited.connect(address);
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

    /**
     * The allocator requests are built with: unpooled heap buffers. Requests are built on application
     * threads and released on I/O threads, and a pooled buffer freed by another thread than the one that
     * allocated it costs a contended arena lock; a heap buffer costs a short-lived array, and the I/O thread
     * copies it into a direct buffer of its own pool as it writes (see {@link ConnectionHandler}).
     */
    public ByteBufAllocator allocator() {
        return REQUEST_ALLOCATOR;
    }

    /** Stops the I/O threads once their last tasks ran (closing channels, failing calls). */
    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
