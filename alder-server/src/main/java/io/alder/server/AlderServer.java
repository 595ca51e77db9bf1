package io.alder.server;

import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.protocol.codec.Address;
import io.alder.server.clientprotocol.ClientEndpoint;
import io.alder.server.clientprotocol.EndpointSettings;
import io.alder.server.clientprotocol.LocalMember;
import io.alder.server.config.ServerConfig;
import io.alder.server.security.Authenticator;
import io.alder.server.security.GroupAuthenticator;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Alder member: the engine plus its network endpoints. {@link #start} returns once the member
 * listens; {@link #close} stops accepting, fails what is still waiting, closes every connection and
 * stops the threads.
 */
public final class AlderServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlderServer.class);

    /** Life-cycle states; requests outside ACTIVE get "instance not active". */
    private enum State { STARTING, ACTIVE, STOPPING, STOPPED }

    private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);
    private final Engine engine;
    private final ScheduledThreadPoolExecutor scheduler;
    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private Channel serverChannel;
    private ClientEndpoint clientEndpoint;

    private AlderServer(ServerConfig config) {
        this.scheduler = new ScheduledThreadPoolExecutor(1, new DefaultThreadFactory("alder-scheduler", true));
        scheduler.setRemoveOnCancelPolicy(true);
        EngineSettings settings = new EngineSettings(config.partitionCount(), config.clientCleanupDelay(),
                config.queues(), config.ringbuffers(), config.sets(), config.lists(), config.multiMaps(),
                config.semaphores());
        this.engine = new Engine(settings, Clock.SYSTEM, scheduler);
        boolean epoll = Epoll.isAvailable();
        this.acceptors = epoll ? new EpollEventLoopGroup(1, new DefaultThreadFactory("alder-accept"))
                : new NioEventLoopGroup(1, new DefaultThreadFactory("alder-accept"));
        this.workers = epoll ? new EpollEventLoopGroup(0, new DefaultThreadFactory("alder-io"))
                : new NioEventLoopGroup(0, new DefaultThreadFactory("alder-io"));
    }

    /** Starts a member that authenticates clients by group name and password. */
    public static AlderServer start(ServerConfig config) {
        return start(config, new GroupAuthenticator(config.groupName(), config.groupPassword()));
    }

    /** Starts a member with a custom authenticator. */
    public static AlderServer start(ServerConfig config, Authenticator authenticator) {
        AlderServer server = new AlderServer(config);
        try {
            server.bind(config, authenticator);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void bind(ServerConfig config, Authenticator authenticator) {
        // The endpoint needs the bound address (the port may be chosen by the OS), so it is created after
        // the bind; a connection accepted in between is closed.
        AtomicReference<ClientEndpoint> endpoint = new AtomicReference<>();
        Class<? extends ServerSocketChannel> channelType = Epoll.isAvailable() ? EpollServerSocketChannel.class
                : NioServerSocketChannel.class;
        int highWaterMark = Math.max(1 << 20, Math.min(config.maxFrameBytes(), 32 << 20));
        serverChannel = new ServerBootstrap()
                .group(acceptors, workers)
                .channel(channelType)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(highWaterMark / 2, highWaterMark))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        ClientEndpoint ready = endpoint.get();
                        if (ready == null) {
                            channel.close();
                        } else {
                            ready.initChannel(channel);
                        }
                    }
                })
                .bind(config.host(), config.port())
                .syncUninterruptibly()
                .channel();
        InetSocketAddress bound = (InetSocketAddress) serverChannel.localAddress();
        config.memberAttributes().forEach(engine.memberAttributes()::put);
        LocalMember member = new LocalMember(new Address(config.host(), bound.getPort()), engine.memberUuid(),
                engine.partitionCount(), engine.memberAttributes());
        long maxPending = Math.max(64L << 20, 4L * config.maxFrameBytes());
        EndpointSettings settings = new EndpointSettings(config.maxUnauthenticatedFrameBytes(), config.maxFrameBytes(),
                maxPending, config.heartbeatTimeout());
        clientEndpoint = new ClientEndpoint(engine, member, authenticator, settings,
                () -> state.get() == State.ACTIVE);
        endpoint.set(clientEndpoint);
        state.set(State.ACTIVE);
        LOG.info("Alder member {} listening on {}:{}", engine.memberUuid(), config.host(), bound.getPort());
    }

    /** Where clients connect. */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** The engine, for embedding and tests. */
    public Engine engine() {
        return engine;
    }

    /** Whether the member serves requests. */
    public boolean isActive() {
        return state.get() == State.ACTIVE;
    }

    @Override
    public void close() {
        State previous = state.getAndSet(State.STOPPING);
        if (previous == State.STOPPING || previous == State.STOPPED) {
            return;
        }
        LOG.info("Alder member stopping");
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        engine.shutdown();
        if (clientEndpoint != null) {
            clientEndpoint.closeAll();
        }
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        scheduler.shutdownNow();
        state.set(State.STOPPED);
        LOG.info("Alder member stopped");
    }
}
