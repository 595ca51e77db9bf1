package io.alder.client.internal.cluster;

import io.alder.client.AuthenticationException;
import io.alder.client.ClientConfig;
import io.alder.client.ClusterUnavailableException;
import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.ConnectionClosedException;
import io.alder.client.internal.connection.ConnectionRegistry;
import io.alder.client.internal.connection.Transport;
import io.alder.client.internal.event.ListenerService;
import io.alder.client.internal.event.StripedEventExecutor;
import io.alder.client.internal.invocation.Invoker;
import io.alder.protocol.codec.MemberInfo;
import io.alder.serialization.Data;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the client connected to its cluster through an owner connection. Connecting goes in rounds over
 * the known members' and the configured addresses; a successful owner authentication is followed by the
 * cluster listeners, the member connections (smart routing), the user listeners and the proxies. When the
 * owner connection is lost, the connector starts over with the client's uuid, so that the cluster treats
 * it as the same client. Rounds are separated by the configured backoff; when none succeeded within the
 * cluster connect timeout, the connector gives up and the client shuts down. Each connection attempt is
 * bounded by what is left of that timeout.
 *
 * <p>Everything here runs on the cluster thread, one step at a time; the steps never block it.
 */
public final class ClusterConnector {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterConnector.class);
    /** How often the partition table is fetched besides the partition listener's pushes, as 3.12 does. */
    private static final Duration PARTITION_REFRESH_PERIOD = Duration.ofSeconds(10);
    /** How often smart routing checks for members without a connection, as 3.12 does. */
    private static final Duration MEMBER_CHECK_PERIOD = Duration.ofSeconds(1);
    private static final Duration SHORTEST_HEARTBEAT_CHECK = Duration.ofMillis(10);

    private enum State { STARTING, CONNECTED, RECONNECTING, CLOSED }

    /** One series of rounds, from losing (or never having) the cluster to reaching it or giving up. */
    private static final class Attempt {
        final long startNanos = System.nanoTime();
        int rounds;
        Throwable lastFailure;

        long remainingNanos(Duration timeout) {
            return timeout.toNanos() - (System.nanoTime() - startNanos);
        }
    }

    private final ClientConfig config;
    private final ClusterView view;
    private final ConnectionRegistry connections;
    private final Invoker invoker;
    private final ListenerService listeners;
    private final ScheduledExecutorService clusterThread;
    private final ConnectionOpener opener;
    private final ClusterListeners clusterListeners;
    private final MemberConnections members;
    private final Heartbeat heartbeat;
    private final Consumer<Connection> ownerReady;
    private final Consumer<Throwable> gaveUp;
    private final CompletableFuture<Void> firstConnection = new CompletableFuture<>();
    private final List<ScheduledFuture<?>> periodicTasks = new CopyOnWriteArrayList<>();
    private volatile State state = State.STARTING;
    /** The owner connection in use; cluster thread only. */
    private Connection owner;

    /**
     * @param credentials the serialized {@link ClientConfig#credentials()}, or null to authenticate with
     *     the group name and password
     * @param ownerReady told (on the cluster thread) of every new owner connection, once it is ready
     * @param gaveUp told when the connector gave up on the cluster; it should shut the client down
     */
    public ClusterConnector(ClientConfig config, Data credentials, Transport transport, ClusterView view,
            ConnectionRegistry connections, Invoker invoker, ListenerService listeners, StripedEventExecutor events,
            ScheduledExecutorService clusterThread, Consumer<Connection> ownerReady, Consumer<Throwable> gaveUp) {
        this.config = config;
        this.view = view;
        this.connections = connections;
        this.invoker = invoker;
        this.listeners = listeners;
        this.clusterThread = clusterThread;
        this.ownerReady = ownerReady;
        this.gaveUp = gaveUp;
        Duration heartbeatTimeout = config.heartbeatTimeout();
        this.opener = new ConnectionOpener(transport,
                new Authenticator(config, credentials, invoker, heartbeatTimeout), view);
        Duration timeout = config.invocationTimeout();
        this.clusterListeners = new ClusterListeners(invoker, events, view, connections,
                () -> clusterThread.execute(this::refreshMembers), timeout);
        this.members = config.smartRouting()
                ? new MemberConnections(opener, connections, view, clusterThread, this::memberConnected)
                : null;
        this.heartbeat = new Heartbeat(connections, invoker, config.heartbeatInterval(), heartbeatTimeout);
    }

    /** Starts connecting; completes once the client is connected for the first time, or failed to. */
    public CompletableFuture<Void> start() {
        Duration interval = config.heartbeatInterval().dividedBy(2);
        every(interval.compareTo(SHORTEST_HEARTBEAT_CHECK) < 0 ? SHORTEST_HEARTBEAT_CHECK : interval, heartbeat);
        every(PARTITION_REFRESH_PERIOD, this::refreshPartitions);
        if (members != null) {
            every(MEMBER_CHECK_PERIOD, members::refresh);
        }
        clusterThread.execute(this::connect);
        return firstConnection;
    }

    private void every(Duration period, Runnable task) {
        long nanos = period.toNanos();
        periodicTasks.add(clusterThread.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("periodic cluster task failed", e);
            }
        }, nanos, nanos, TimeUnit.NANOSECONDS));
    }

    private void connect() {
        round(new Attempt());
    }

    private void round(Attempt attempt) {
        if (state != State.CLOSED) {
            tryNext(attempt, candidates(attempt).iterator());
        }
    }

    /** The known members' addresses, then the configured ones, resolved, without repeats. */
    private List<InetSocketAddress> candidates(Attempt attempt) {
        Map<String, InetSocketAddress> byName = new LinkedHashMap<>();
        for (MemberInfo member : view.members()) {
            byName.putIfAbsent(member.address().toString(),
                    InetSocketAddress.createUnresolved(member.address().host(), member.address().port()));
        }
        for (InetSocketAddress configured : config.addresses()) {
            byName.putIfAbsent(configured.getHostString() + ":" + configured.getPort(), configured);
        }
        List<InetSocketAddress> resolved = new ArrayList<>();
        for (InetSocketAddress address : byName.values()) {
            InetSocketAddress candidate = new InetSocketAddress(address.getHostString(), address.getPort());
            if (candidate.isUnresolved()) {
                attempt.lastFailure = new ClusterUnavailableException("cannot resolve " + address.getHostString(), null);
            } else {
                resolved.add(candidate);
            }
        }
        return resolved;
    }

    private void tryNext(Attempt attempt, Iterator<InetSocketAddress> candidates) {
        if (state == State.CLOSED) {
            return;
        }
        long remaining = attempt.remainingNanos(config.clusterConnectTimeout());
        if (!candidates.hasNext() || remaining <= 0) {
            roundFailed(attempt);
            return;
        }
        InetSocketAddress address = candidates.next();
        // Bounded by what is left of the cluster connect timeout, so that a slow member cannot stretch it.
        opener.open(address, true, Duration.ofNanos(remaining))
                .thenComposeAsync(this::setUpOwner, clusterThread)
                .whenCompleteAsync((ignored, failure) -> {
                    if (failure == null) {
                        return;
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    attempt.lastFailure = cause;
                    LOG.info("could not connect to the cluster at {}: {}", address, cause.toString());
                    if (cause instanceof AuthenticationException) {
                        giveUp(cause);
                    } else {
                        tryNext(attempt, candidates);
                    }
                }, clusterThread);
    }

    private void roundFailed(Attempt attempt) {
        attempt.rounds++;
        long remaining = attempt.remainingNanos(config.clusterConnectTimeout());
        if (remaining <= 0) {
            giveUp(new ClusterUnavailableException("could not connect to the cluster within "
                    + config.clusterConnectTimeout().toMillis() + " ms (" + attempt.rounds + " rounds over "
                    + describe(config.addresses()) + " and the known members)", attempt.lastFailure));
            return;
        }
        long pause = Math.min(config.reconnectBackoff().pause(attempt.rounds).toNanos(), remaining);
        clusterThread.schedule(() -> round(attempt), pause, TimeUnit.NANOSECONDS);
    }

    private static String describe(List<InetSocketAddress> addresses) {
        return addresses.stream().map(address -> address.getHostString() + ":" + address.getPort()).toList().toString();
    }

    private CompletableFuture<Void> setUpOwner(ConnectionOpener.Authenticated authenticated) {
        Connection connection = authenticated.connection();
        if (state == State.CLOSED) {
            connection.close("client closed", null);
            return CompletableFuture.failedFuture(new ClusterUnavailableException("the client closed", null));
        }
        if (view.adoptOwner(authenticated.result())) {
            LOG.info("the cluster was restarted or replaced: new cluster id {}", view.clusterId());
        }
        Connection replaced = connections.add(connection, true);
        if (replaced != null) {
            replaced.close("replaced by the owner connection", null);
        }
        track(connection);
        return clusterListeners.register(connection)
                .thenRunAsync(() -> ownerReady(connection), clusterThread)
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        connection.close("could not set up the owner connection", failure);
                    }
                });
    }

    private void ownerReady(Connection connection) {
        if (state == State.CLOSED || !connection.isActive()) {
            throw new CompletionException(new ConnectionClosedException(
                    "owner connection " + connection + " closed while it was being set up", null));
        }
        boolean reconnected = state != State.STARTING;
        owner = connection;
        state = State.CONNECTED;
        LOG.info("{} to the cluster through {} as client {}", reconnected ? "reconnected" : "connected", connection,
                view.principal().uuid());
        invoker.clusterConnected();
        listeners.connectionAdded(connection);
        refreshMembers();
        ownerReady.accept(connection);
        firstConnection.complete(null);
    }

    private void memberConnected(Connection connection) {
        track(connection);
        listeners.connectionAdded(connection);
    }

    private void track(Connection connection) {
        connection.closeFuture().thenAcceptAsync(this::closed, clusterThread);
    }

    private void closed(Connection connection) {
        listeners.connectionClosed(connection);
        if (connection != owner) {
            return;
        }
        owner = null;
        if (state != State.CONNECTED) {
            return;
        }
        String reason = connection.closeReason();
        LOG.warn("lost the owner connection {}: {}", connection, reason == null ? "closed by the member" : reason);
        state = State.RECONNECTING;
        invoker.clusterDisconnected();
        if (config.reconnect()) {
            connect();
        } else {
            giveUp(new ClusterUnavailableException("lost the connection to the cluster, and reconnecting is off", null));
        }
    }

    private void giveUp(Throwable cause) {
        if (state == State.CLOSED) {
            return;
        }
        LOG.error("giving up on the cluster: {}", cause.toString());
        firstConnection.completeExceptionally(cause);
        gaveUp.accept(cause);
    }

    private void refreshMembers() {
        if (members != null && state == State.CONNECTED) {
            members.refresh();
        }
    }

    private void refreshPartitions() {
        Connection current = owner;
        if (current != null && state == State.CONNECTED) {
            clusterListeners.refreshPartitions(current).exceptionally(failure -> {
                LOG.debug("periodic partition refresh failed: {}", failure.toString());
                return null;
            });
        }
    }

    /** The client's view of the cluster. */
    public ClusterView view() {
        return view;
    }

    /** Whether the client has its owner connection. */
    public boolean isConnected() {
        return state == State.CONNECTED;
    }

    /** Stops connecting and closes every connection. Any thread. */
    public void close() {
        state = State.CLOSED;
        periodicTasks.forEach(task -> task.cancel(false));
        if (members != null) {
            members.close();
        }
        for (Connection connection : connections.all()) {
            connection.close("client closed", null);
        }
    }
}
