package io.alder.client.internal;

import io.alder.client.ClientConfig;
import io.alder.client.ClientNotActiveException;
import io.alder.client.internal.cluster.ClusterConnector;
import io.alder.client.internal.cluster.ClusterView;
import io.alder.client.internal.cluster.Principal;
import io.alder.client.internal.cluster.Router;
import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.ConnectionRegistry;
import io.alder.client.internal.connection.Transport;
import io.alder.client.internal.event.ListenerService;
import io.alder.client.internal.event.StripedEventExecutor;
import io.alder.client.internal.invocation.Invoker;
import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.SerializationService;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running client's machinery: connections, the cluster view, invocations, listeners and proxies. The
 * public client builds one with {@link #start}, gives its proxies a {@link #context} (invocations,
 * allocator, partitions, serialization), tells it which proxies exist with
 * {@link #announceOnReconnect}, and closes it on shutdown.
 *
 * <p>Threads: a small Netty event loop group for I/O, one cluster thread for connection management and
 * heartbeats, one timer thread for deadlines and retry pauses, the configured event threads for
 * listeners, and user threads, started as needed, for reliable topic listeners. All are daemons whose
 * names start with {@code alder-client-}.
 */
public final class ClientRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClientRuntime.class);
    private static final String THREAD_PREFIX = "alder-client-";
    private static final int IO_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    /** Events each event thread may have queued before new ones are dropped. */
    private static final int EVENT_QUEUE_CAPACITY = 100_000;

    private final ClientConfig config;
    private final SerializationService serialization;
    private final Transport transport;
    private final HashedWheelTimer timer = Invoker.newTimer();
    private final ScheduledThreadPoolExecutor clusterThread;
    private final StripedEventExecutor events;
    private final ExecutorService userThreads;
    private final ConnectionRegistry connections = new ConnectionRegistry();
    private final ClusterView view = new ClusterView();
    private final Invoker invoker;
    private final ListenerService listeners;
    private final ProxyAnnouncer proxies;
    private final ClusterConnector connector;
    private final InvocationService invocations;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ClientRuntime(ClientConfig config) {
        this.config = config;
        this.serialization = SerializationService.create(config.serialization());
        // Serialized once, so that a credentials object the serialization cannot take fails the start at once.
        Data credentials = config.credentials() == null ? null : serialization.toData(config.credentials());
        this.transport = new Transport(IO_THREADS, config.connectionTimeout(), config.maxFrameSize(),
                config.maxFrameSize() != ClientConfig.UNLIMITED_FRAME_SIZE);
        this.clusterThread = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, THREAD_PREFIX + "cluster");
            thread.setDaemon(true);
            return thread;
        });
        clusterThread.setRemoveOnCancelPolicy(true);
        this.events = new StripedEventExecutor(config.eventThreadCount(), EVENT_QUEUE_CAPACITY);
        AtomicInteger userThreadCount = new AtomicInteger();
        this.userThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, THREAD_PREFIX + "user-" + userThreadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.invoker = new Invoker(config, new Router(connections, view, config.smartRouting()), clusterThread, timer);
        this.listeners = new ListenerService(invoker, connections, events, transport.allocator(), config.smartRouting(),
                config.invocationTimeout());
        this.proxies = new ProxyAnnouncer(invoker, config.invocationTimeout());
        this.connector = new ClusterConnector(config, credentials, transport, view, connections, invoker, listeners, events,
                clusterThread, proxies::ownerConnected, this::shutdown);
        this.invocations = new ClusterInvocations(invoker, listeners);
    }

    /**
     * Starts a client and waits until it is connected to its cluster.
     *
     * @throws IllegalArgumentException if the serialization configuration is invalid
     * @throws io.alder.serialization.SerializationException if the credentials object cannot be serialized
     * @throws io.alder.client.AuthenticationException if a member refused the credentials
     * @throws io.alder.client.ClusterUnavailableException if no member could be reached within the limits
     */
    public static ClientRuntime start(ClientConfig config) {
        try {
            return startAsync(config).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Starts a client; completes once it is connected, or failed to connect (and released its threads). */
    public static CompletableFuture<ClientRuntime> startAsync(ClientConfig config) {
        ClientRuntime runtime = new ClientRuntime(config);
        return runtime.connector.start().handle((connected, failure) -> {
            if (failure != null) {
                runtime.shutdown(failure);
                throw failure instanceof CompletionException e ? e : new CompletionException(failure);
            }
            return runtime;
        });
    }

    /** Sends requests and manages listener registrations. */
    public InvocationService invocations() {
        return invocations;
    }

    /** The allocator requests are built with. */
    public ByteBufAllocator allocator() {
        return transport.allocator();
    }

    /** The cluster's partition count, learnt from the owner member. */
    public int partitionCount() {
        int count = view.partitionCount();
        if (count <= 0) {
            throw new IllegalStateException("the partition count is not known before the client connected");
        }
        return count;
    }

    /** The partition of a serialized key. */
    public int partitionId(Data key) {
        return Partitions.partitionId(key, partitionCount());
    }

    /** The partition of a name-routed structure (queue, lock, ...). */
    public int partitionIdOfName(String name) {
        return Partitions.partitionIdOfName(name, partitionCount());
    }

    /**
     * Tells the client which distributed objects it has proxies for: after every reconnection they are
     * announced to the cluster again ({@code Client.createProxies}).
     */
    public void announceOnReconnect(Supplier<? extends Collection<DistributedObjectInfo>> createdObjects) {
        proxies.source(createdObjects);
    }

    /**
     * The address of a current member, to name in {@code Client.createProxy}: the owner member's, or
     * another connected member's while the owner connection is being re-established; null while the client
     * has no connection.
     *
     * @throws ClientNotActiveException once the client is closed
     */
    public Address anyMemberAddress() {
        if (closed.get()) {
            throw new ClientNotActiveException("the client is closed");
        }
        Connection owner = connections.owner();
        Connection any = owner != null ? owner : connections.any();
        return any == null ? null : any.memberAddress();
    }

    /** What the proxies need: invocations, partitions and the client's serialization. */
    public ClientContext context() {
        return new RuntimeContext(this);
    }

    /** Serializes keys, values and credentials as {@link ClientConfig#serialization()} says. */
    public SerializationService serialization() {
        return serialization;
    }

    /** The client's view of the cluster: members, partition table, principal. */
    public ClusterView cluster() {
        return view;
    }

    /** The client's uuid, as the cluster knows it. */
    public String clientUuid() {
        Principal principal = view.principal();
        return principal == null ? null : principal.uuid();
    }

    /** The open connections, the owner connection among them. */
    public List<Connection> connections() {
        return connections.all();
    }

    /** The owner connection, or null while the client is reconnecting. */
    public Connection ownerConnection() {
        return connections.owner();
    }

    /** The configuration the client runs with. */
    public ClientConfig config() {
        return config;
    }

    /** Whether the client is connected to its cluster. */
    public boolean isConnected() {
        return !closed.get() && connector.isConnected();
    }

    public boolean isActive() {
        return !closed.get();
    }

    /**
     * Runs user code that must not run on I/O or event threads, such as reliable topic listeners, which
     * read on while they run.
     */
    public Executor userExecutor() {
        return userThreads;
    }

    /** The listener service, for diagnostics. */
    public ListenerService listeners() {
        return listeners;
    }

    /**
     * Closes every connection, fails waiting and later calls with a {@link ClientNotActiveException}, and
     * stops the client's threads. Idempotent. Called on one of the client's own threads (in a callback),
     * it returns at once and the threads stop shortly after.
     */
    @Override
    public void close() {
        shutdown(new ClientNotActiveException("the client was closed"));
    }

    private void shutdown(Throwable cause) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        invoker.close(cause);
        connector.close();
        if (Thread.currentThread().getName().startsWith(THREAD_PREFIX)) {
            // Stopping the thread pools from inside one of them would wait for itself.
            Thread stopper = new Thread(this::stopThreads, THREAD_PREFIX + "shutdown");
            stopper.setDaemon(true);
            stopper.start();
        } else {
            stopThreads();
        }
    }

    private void stopThreads() {
        transport.close();
        // Pending retry pauses and deadlines run now: both find the client closed and fail their calls.
        for (Timeout timeout : timer.stop()) {
            try {
                timeout.task().run(timeout);
            } catch (Exception e) {
                LOG.debug("timer task failed while closing", e);
            }
        }
        clusterThread.shutdownNow();
        events.close();
        userThreads.shutdownNow();
        LOG.info("client closed");
    }
}
