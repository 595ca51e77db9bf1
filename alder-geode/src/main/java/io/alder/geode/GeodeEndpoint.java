package io.alder.geode;

import io.alder.geode.function.FunctionRegistry;
import io.alder.member.Engine;
import io.alder.member.map.MapService;
import io.netty.channel.ChannelPipeline;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The Geode protobuf client protocol v1 endpoint of one member: builds the pipeline of each Geode connection
 * (whether the member's main port recognised it by its first byte or it came to the dedicated port) and keeps
 * what all connections share. Regions are the engine's maps; queries and functions run on a small pool of
 * function threads, never on I/O threads.
 *
 * <pre>
 *   length-delimited frames -> connection (state machine, one request at a time)
 * </pre>
 */
public final class GeodeEndpoint implements AutoCloseable {

    /** Queries and functions waiting for a function thread beyond which new ones are refused. */
    private static final int MAX_WAITING_TASKS = 1_000;

    private final Engine engine;
    private final GeodeSettings settings;
    private final BooleanSupplier memberActive;
    private final ThreadPoolExecutor functionThreads;
    private final GeodeRequests requests;
    private final Locator locator;
    private final Set<GeodeConnection> connections = ConcurrentHashMap.newKeySet();

    public GeodeEndpoint(Engine engine, GeodeSettings settings, FunctionRegistry functions, BooleanSupplier memberActive) {
        this.engine = engine;
        this.settings = settings;
        this.memberActive = memberActive;
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.functionThreads = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(MAX_WAITING_TASKS), new DefaultThreadFactory("alder-geode-function", true));
        functionThreads.allowCoreThreadTimeOut(true);
        MapService maps = engine.maps();
        GeodeValues values = new GeodeValues();
        Regions regions = new Regions(engine.distributedObjects(), settings.createRegionsOnWrite());
        settings.regions().forEach(name -> engine.distributedObjects().create(MapService.SERVICE_NAME, name));
        int partitions = engine.partitionCount();
        this.requests = new GeodeRequests(new RegionRequests(maps, regions, values, partitions),
                new QueryRequests(maps, regions, values, functionThreads),
                new FunctionRequests(functions, functionThreads, maps, regions, values, partitions,
                        settings.memberName(), settings.groups()));
        this.locator = new Locator(settings.serverHost(), settings.serverPort(), settings.groups());
    }

    /** Adds the Geode handlers to a new connection's pipeline; its first byte has not been read yet. */
    public void initPipeline(ChannelPipeline pipeline) {
        int maxLength = settings.credentials().required() ? settings.maxUnauthenticatedMessageBytes()
                : settings.maxMessageBytes();
        DelimitedFrameDecoder decoder = new DelimitedFrameDecoder(maxLength);
        pipeline.addLast("geode-frames", decoder)
                .addLast("geode-connection", new GeodeConnection(this, decoder));
    }

    /** Closes every Geode connection, after what was already written. */
    public void closeAll() {
        for (GeodeConnection connection : connections) {
            connection.closeLater();
        }
    }

    /** Stops the function threads; running functions are interrupted. */
    @Override
    public void close() {
        functionThreads.shutdownNow();
    }

    GeodeSettings settings() {
        return settings;
    }

    GeodeRequests requests() {
        return requests;
    }

    Locator locator() {
        return locator;
    }

    boolean memberActive() {
        return memberActive.getAsBoolean();
    }

    void opened(GeodeConnection connection, String sessionId) {
        connections.add(connection);
        engine.clientSessions().connectionOpened(sessionId);
    }

    void closed(GeodeConnection connection, String sessionId) {
        if (connections.remove(connection)) {
            engine.clientSessions().connectionClosed(sessionId);
        }
    }
}
