package io.alder.client;

import io.alder.client.internal.ClientContext;
import io.alder.client.internal.ClientRuntime;
import io.alder.client.internal.proxy.Blocking;
import io.alder.client.internal.proxy.ClientProxies;
import io.alder.client.internal.proxy.ClusterMembership;
import io.alder.client.internal.proxy.MessagingSupport;
import io.alder.client.internal.proxy.ProxyRegistry;
import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.MemberInfo;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A connection to an Alder cluster (or a 3.12 cluster), and the entry point to its distributed objects.
 * {@link #connect} returns once the client is connected; it then keeps itself connected, reconnecting when
 * it loses the cluster (unless configured not to), until {@link #close()}.
 *
 * <pre>{@code
 * try (AlderClient client = AlderClient.connect(ClientConfig.builder().address("127.0.0.1:5701").build())) {
 *     AlderMap<String, String> capitals = client.getMap("capitals");
 *     capitals.put("France", "Paris");
 * }
 * }</pre>
 *
 * <p>Thread-safe: share one client per cluster across the application.
 */
public final class AlderClient implements AutoCloseable {

    private final ClientConfig config;
    private final ClientRuntime runtime;
    private final Blocking blocking;
    private final ClientProxies proxies;
    private final ClusterMembership cluster;

    private AlderClient(ClientConfig config, ClientRuntime runtime) {
        this.config = config;
        this.runtime = runtime;
        ClientContext context = runtime.context();
        this.blocking = new Blocking(config.invocationTimeout());
        ProxyRegistry registry = new ProxyRegistry(context.invocations(), context.allocator(),
                this::createProxyTarget);
        runtime.announceOnReconnect(registry::announced);
        this.cluster = new ClusterMembership(runtime.cluster());
        this.proxies = new ClientProxies(context, registry, blocking,
                new MessagingSupport(cluster, runtime.userExecutor(), config::reliableTopic));
    }

    /**
     * Connects to the cluster that {@code config} describes and waits until the client is connected and
     * knows the cluster's members and partitions.
     *
     * @throws IllegalArgumentException if the serialization configuration is invalid
     * @throws io.alder.serialization.SerializationException if the credentials object cannot be serialized
     * @throws AuthenticationException if a member refused the group name or the credentials
     * @throws ClusterUnavailableException if no member could be reached within the cluster connect timeout
     */
    public static AlderClient connect(ClientConfig config) {
        Objects.requireNonNull(config, "config");
        ClientRuntime runtime = ClientRuntime.start(config);
        try {
            return new AlderClient(config, runtime);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /**
     * The distributed map {@code name}. The first call for a name announces the map to the cluster and waits
     * for its acknowledgement; later calls return the same map at once. The map is created in the cluster on
     * first use and shared with every client that uses the name.
     *
     * @param <K> the key type, which the caller chooses: the cluster does not check it
     * @param <V> the value type, which the caller chooses: the cluster does not check it
     */
    public <K, V> AlderMap<K, V> getMap(String name) {
        return blocking.join(proxies.<K, V>map(name));
    }

    /**
     * The asynchronous view of the distributed map {@code name}: {@code getMap(name).async()}.
     *
     * @param <K> the key type
     * @param <V> the value type
     */
    public <K, V> AsyncAlderMap<K, V> getAsyncMap(String name) {
        return this.<K, V>getMap(name).async();
    }

    /**
     * The distributed queue {@code name}. The first call for a name announces the queue to the cluster and
     * waits for its acknowledgement; later calls return the same queue at once. The queue is created in the
     * cluster on first use and shared with every client that uses the name; its capacity comes from the
     * cluster's configuration.
     *
     * @param <E> the item type, which the caller chooses: the cluster does not check it
     */
    public <E> AlderQueue<E> getQueue(String name) {
        return blocking.join(proxies.<E>queue(name));
    }

    /**
     * The topic {@code name}: each message published reaches the listeners registered at that moment, in
     * any client, pushed by the member. The first call for a name announces the topic to the cluster and
     * waits for its acknowledgement; later calls return the same topic at once.
     *
     * @param <E> the message type, which the caller chooses: the cluster does not check it
     */
    public <E> AlderTopic<E> getTopic(String name) {
        return blocking.join(proxies.<E>topic(name));
    }

    /**
     * The reliable topic {@code name}, which keeps its messages in the ringbuffer {@code _hz_rb_<name>}
     * (configured on the members by the topic's name) and which every listener reads at its own pace, as
     * 3.12 clients do; it is shared with 3.12 Java and Node.js clients that use the name. Its behaviour in
     * this client is {@link ClientConfig#reliableTopic(String)}. Announced like {@link #getTopic}.
     *
     * @param <E> the message type, which the caller chooses: the cluster does not check it
     */
    public <E> AlderTopic<E> getReliableTopic(String name) {
        return blocking.join(proxies.<E>reliableTopic(name));
    }

    /**
     * The ringbuffer {@code name}. Announced like {@link #getTopic}.
     *
     * @param <E> the item type, which the caller chooses: the cluster does not check it
     */
    public <E> AlderRingbuffer<E> getRingbuffer(String name) {
        return blocking.join(proxies.<E>ringbuffer(name));
    }

    /**
     * The distributed counter {@code name} (3.12's {@code IAtomicLong}). The first call for a name announces
     * it to the cluster and waits for its acknowledgement; later calls return the same counter at once.
     */
    public AlderAtomicLong getAtomicLong(String name) {
        return blocking.join(proxies.atomicLong(name));
    }

    /**
     * The distributed reference {@code name} (3.12's {@code IAtomicReference}), announced like
     * {@link #getAtomicLong}.
     *
     * @param <E> the value type, which the caller chooses: the cluster does not check it
     */
    public <E> AlderAtomicReference<E> getAtomicReference(String name) {
        return blocking.join(proxies.atomicReference(name));
    }

    /**
     * The distributed count-down latch {@code name} (3.12's {@code ICountDownLatch}), announced like
     * {@link #getAtomicLong}.
     */
    public AlderCountDownLatch getCountDownLatch(String name) {
        return blocking.join(proxies.countDownLatch(name));
    }

    /**
     * The distributed semaphore {@code name} (3.12's {@code ISemaphore}), announced like
     * {@link #getAtomicLong}. Permits this client acquires are given back by the members when it is closed
     * or lost for their cleanup delay.
     */
    public AlderSemaphore getSemaphore(String name) {
        return blocking.join(proxies.semaphore(name));
    }

    /**
     * The distributed set {@code name}. Announced like {@link #getTopic}; its bound comes from the cluster's
     * configuration.
     *
     * @param <E> the item type, which the caller chooses: the cluster does not check it
     */
    public <E> AlderSet<E> getSet(String name) {
        return blocking.join(proxies.<E>set(name));
    }

    /**
     * The distributed list {@code name}. Announced like {@link #getTopic}; its bound comes from the cluster's
     * configuration.
     *
     * @param <E> the item type, which the caller chooses: the cluster does not check it
     */
    public <E> AlderList<E> getList(String name) {
        return blocking.join(proxies.<E>list(name));
    }

    /**
     * The distributed lock {@code name} (3.12's {@code ILock}), with its named conditions. Announced like
     * {@link #getTopic}.
     */
    public AlderLock getLock(String name) {
        return blocking.join(proxies.lock(name));
    }

    /**
     * The multimap {@code name}: each key with a SET or a LIST of values, as the cluster's configuration says.
     * Announced like {@link #getMap}.
     *
     * @param <K> the key type, which the caller chooses: the cluster does not check it
     * @param <V> the value type, which the caller chooses: the cluster does not check it
     */
    public <K, V> AlderMultiMap<K, V> getMultiMap(String name) {
        return blocking.join(proxies.<K, V>multiMap(name));
    }

    /**
     * The replicated map {@code name}, whose entries every member holds. Announced like {@link #getMap}.
     *
     * @param <K> the key type, which the caller chooses: the cluster does not check it
     * @param <V> the value type, which the caller chooses: the cluster does not check it
     */
    public <K, V> AlderReplicatedMap<K, V> getReplicatedMap(String name) {
        return blocking.join(proxies.<K, V>replicatedMap(name));
    }

    /**
     * Every distributed object of the cluster, whichever client created it: maps as {@link AlderMap}s, queues
     * as {@link AlderQueue}s, topics and reliable topics as {@link AlderTopic}s, ringbuffers as
     * {@link AlderRingbuffer}s, sets as {@link AlderSet}s, lists as {@link AlderList}s, locks as
     * {@link AlderLock}s, multimaps as {@link AlderMultiMap}s, replicated maps as {@link AlderReplicatedMap}s,
     * counters, references, latches and semaphores as {@link AlderAtomicLong}s, {@link AlderAtomicReference}s,
     * {@link AlderCountDownLatch}es and {@link AlderSemaphore}s, other kinds of objects as plain
     * {@link DistributedObject}s that can be named and destroyed.
     */
    public Collection<DistributedObject> getDistributedObjects() {
        return blocking.join(proxies.distributedObjects());
    }

    /**
     * Registers a listener for distributed objects created and destroyed in the cluster, by any client. The
     * registration follows the client across reconnections.
     *
     * @return the registration id, for {@link #removeDistributedObjectListener}
     */
    public String addDistributedObjectListener(DistributedObjectListener listener) {
        return blocking.join(proxies.addDistributedObjectListener(listener));
    }

    /**
     * Ends a registration made by {@link #addDistributedObjectListener}.
     *
     * @return true if the registration existed
     */
    public boolean removeDistributedObjectListener(String registrationId) {
        return blocking.join(proxies.removeDistributedObjectListener(registrationId));
    }

    /** The cluster: its members and membership listeners. */
    public Cluster cluster() {
        return cluster;
    }

    /** The configuration the client was connected with. */
    public ClientConfig config() {
        return config;
    }

    /** The client's uuid, as the cluster knows it; null while the client has never been connected. */
    public String uuid() {
        return runtime.clientUuid();
    }

    /** Whether the client is connected to its cluster now (false while it reconnects, and once closed). */
    public boolean isConnected() {
        return runtime.isConnected();
    }

    /**
     * Disconnects from the cluster and stops the client's threads. Calls waiting for an answer, and later
     * calls, fail with a {@link ClientNotActiveException}. Locks and semaphore permits the client held are
     * released by the members after their client cleanup delay. Idempotent.
     */
    @Override
    public void close() {
        runtime.close();
    }

    /**
     * The member a new object is created on: a connected one, or while reconnecting the last one known, so
     * that the announcement waits for the reconnection like any other call.
     */
    private Address createProxyTarget() {
        Address connected = runtime.anyMemberAddress();
        if (connected != null) {
            return connected;
        }
        List<MemberInfo> members = runtime.cluster().members();
        return members.isEmpty() ? null : members.get(0).address();
    }

    @Override
    public String toString() {
        return "AlderClient{uuid=" + uuid() + ", connected=" + isConnected() + "}";
    }
}
