package io.alder.server;

import io.alder.geode.GeodeEndpoint;
import io.alder.geode.GeodeSettings;
import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.protocol.codec.Address;
import io.alder.server.clientprotocol.ClientEndpoint;
import io.alder.server.clientprotocol.EndpointSettings;
import io.alder.server.clientprotocol.LocalMember;
import io.alder.server.config.GeodeConfig;
import io.alder.server.config.ServerConfig;
import io.alder.server.security.Authenticator;
import io.alder.server.security.GroupAuthenticator;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
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
    private Channel geodeChannel;
    private ClientEndpoint clientEndpoint;
    private GeodeEndpoint geodeEndpoint;

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

    /**
     * Starts a member that authenticates clients by group name and password (the name only when security
     * is disabled).
     */
    public static AlderServer start(ServerConfig config) {
        return start(config, config.securityEnabled() ? new GroupAuthenticator(config.groupName(), config.groupPassword())
                : GroupAuthenticator.nameOnly(config.groupName()));
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
        // The endpoints need the bound addresses (ports may be chosen by the OS), so they are created after the
        // binds; a connection accepted in between is closed.
        AtomicReference<ChannelHandler> mainPort = new AtomicReference<>();
        AtomicReference<ChannelHandler> geodePort = new AtomicReference<>();
        serverChannel = listen(config, config.port(), mainPort);
        GeodeConfig geodeConfig = config.geode();
        if (geodeConfig.port() != GeodeConfig.NO_PORT) {
            geodeChannel = listen(config, geodeConfig.port(), geodePort);
        }
        int port = address().getPort();
        config.memberAttributes().forEach(engine.memberAttributes()::put);
        LocalMember member = new LocalMember(new Address(config.host(), port), engine.memberUuid(),
                engine.partitionCount(), engine.memberAttributes());
        long maxPending = Math.max(64L << 20, 4L * config.maxFrameBytes());
        EndpointSettings settings = new EndpointSettings(config.maxUnauthenticatedFrameBytes(), config.maxFrameBytes(),
                maxPending, config.heartbeatTimeout());
        clientEndpoint = new ClientEndpoint(engine, member, authenticator, settings,
                () -> state.get() == State.ACTIVE);
        int geodeServerPort = geodeChannel != null ? geodeAddress().getPort() : port;
        GeodeSettings geodeSettings = new GeodeSettings(geodeConfig.idleTimeout(), config.maxUnauthenticatedFrameBytes(),
                config.maxFrameBytes(), new GeodeCredentials(authenticator, config.securityEnabled()), config.host(),
                geodeServerPort, config.memberName() != null ? config.memberName() : config.host() + ":" + port,
                geodeConfig.groups(), geodeConfig.createRegionsOnWrite(), geodeConfig.regions());
        geodeEndpoint = new GeodeEndpoint(engine, geodeSettings, config.functions(), () -> state.get() == State.ACTIVE);
        long silenceMillis = config.heartbeatTimeout().toMillis();
        mainPort.set(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                channel.pipeline().addLast("protocol", new ProtocolSelector(clientEndpoint,
                        geodeConfig.enabled() ? geodeEndpoint : null, silenceMillis));
            }
        });
        geodePort.set(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                geodeEndpoint.initPipeline(channel.pipeline());
            }
        });
        state.set(State.ACTIVE);
        LOG.info("Alder member {} listening on {}:{}", engine.memberUuid(), config.host(), port);
        if (geodeChannel != null) {
            LOG.info("Geode protobuf clients also served on {}:{}", config.host(), geodeServerPort);
        }
    }

    /** Binds a port whose connections get the pipeline of {@code initializer}, once it is set. */
    private Channel listen(ServerConfig config, int port, AtomicReference<ChannelHandler> initializer) {
        Class<? extends ServerSocketChannel> channelType = Epoll.isAvailable() ? EpollServerSocketChannel.class
                : NioServerSocketChannel.class;
        int highWaterMark = Math.max(1 << 20, Math.min(config.maxFrameBytes(), 32 << 20));
        return new ServerBootstrap()
                .group(acceptors, workers)
                .channel(channelType)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(highWaterMark / 2, highWaterMark))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        ChannelHandler ready = initializer.get();
                        if (ready == null) {
                            channel.close();
                        } else {
                            channel.pipeline().addLast(ready);
                        }
                    }
                })
                .bind(config.host(), port)
                .syncUninterruptibly()
                .channel();
    }

    /** Where clients connect. */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Where Geode clients connect besides the main port; null when no dedicated Geode port is configured. */
    public InetSocketAddress geodeAddress() {
        return geodeChannel == null ? null : (InetSocketAddress) geodeChannel.localAddress();
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
        if (geodeChannel != null) {
            geodeChannel.close().syncUninterruptibly();
        }
        engine.shutdown();
        if (clientEndpoint != null) {
            clientEndpoint.closeAll();
        }
        if (geodeEndpoint != null) {
            geodeEndpoint.closeAll();
            geodeEndpoint.close();
        }
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        scheduler.shutdownNow();
        state.set(State.STOPPED);
        LOG.info("Alder member stopped");
    }
}
