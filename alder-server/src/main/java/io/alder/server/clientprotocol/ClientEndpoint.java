package io.alder.server.clientprotocol;

import io.alder.member.Engine;
import io.alder.protocol.netty.ClientFrameDecoder;
import io.alder.protocol.netty.ClientMessageEncoder;
import io.alder.server.security.Authenticator;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The Open Binary Client Protocol endpoint of one member: builds each connection's pipeline and keeps
 * what all connections share (engine, dispatch table, authentication, limits).
 *
 * <pre>
 *   idle check -> CB2 + frame decoder -> encoder -> flush consolidation -> connection handler
 * </pre>
 */
public final class ClientEndpoint {

    private final Engine engine;
    private final RequestDispatcher dispatcher;
    private final ClientAuthentication authentication;
    private final EndpointSettings settings;
    private final BooleanSupplier memberActive;
    private final Set<ClientConnectionHandler> connections = ConcurrentHashMap.newKeySet();

    public ClientEndpoint(Engine engine, LocalMember member, Authenticator authenticator, EndpointSettings settings,
            BooleanSupplier memberActive) {
        this.engine = engine;
        this.settings = settings;
        this.memberActive = memberActive;
        this.authentication = new ClientAuthentication(authenticator, member, engine.partitionCount(),
                engine.clusterId());
        this.dispatcher = new RequestDispatcher();
        new ClientRequests(engine, member).registerAll(dispatcher);
        new MapRequests(engine.maps()).registerAll(dispatcher);
        new LockRequests(engine.locks()).registerAll(dispatcher);
        new ConditionRequests(engine.locks()).registerAll(dispatcher);
        new AtomicLongRequests(engine.atomicLongs()).registerAll(dispatcher);
        new AtomicReferenceRequests(engine.atomicReferences()).registerAll(dispatcher);
        new CountDownLatchRequests(engine.countDownLatches()).registerAll(dispatcher);
        new SemaphoreRequests(engine.semaphores()).registerAll(dispatcher);
        new QueueRequests(engine.queues()).registerAll(dispatcher);
        new TopicRequests(engine.topics(), engine.partitionCount()).registerAll(dispatcher);
        new RingbufferRequests(engine.ringbuffers()).registerAll(dispatcher);
        new SetRequests(engine.sets()).registerAll(dispatcher);
        new ListRequests(engine.lists()).registerAll(dispatcher);
        new MultiMapRequests(engine.multiMaps()).registerAll(dispatcher);
        new ReplicatedMapRequests(engine.replicatedMaps()).registerAll(dispatcher);
    }

    /** The dispatch table, for registering further families. */
    public RequestDispatcher dispatcher() {
        return dispatcher;
    }

    /** Adds this protocol's handlers to a connection whose first byte chose it. */
    public void initPipeline(ChannelPipeline pipeline) {
        ClientFrameDecoder decoder = new ClientFrameDecoder(true, settings.maxUnauthenticatedFrameBytes(),
                EndpointSettings.MAX_OPEN_FRAGMENTED_MESSAGES);
        ClientConnectionHandler connection = new ClientConnectionHandler(this, decoder);
        pipeline.addLast("idle", new IdleStateHandler(settings.heartbeatTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
                .addLast("frames", decoder)
                .addLast("encoder", ClientMessageEncoder.INSTANCE)
                .addLast("flush", new FlushConsolidationHandler(256, true))
                .addLast("connection", connection);
    }

    /** Closes every client connection, flushing what was already written. */
    public void closeAll() {
        for (ClientConnectionHandler connection : connections) {
            connection.close();
        }
    }

    Engine engine() {
        return engine;
    }

    RequestDispatcher requests() {
        return dispatcher;
    }

    ClientAuthentication authentication() {
        return authentication;
    }

    EndpointSettings settings() {
        return settings;
    }

    boolean memberActive() {
        return memberActive.getAsBoolean();
    }

    void opened(ClientConnectionHandler connection) {
        connections.add(connection);
    }

    void closed(ClientConnectionHandler connection) {
        connections.remove(connection);
    }
}
