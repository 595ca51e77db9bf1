package io.alder.client.internal.proxy;

import io.alder.client.AlderAtomicLong;
import io.alder.client.AlderAtomicReference;
import io.alder.client.AlderCountDownLatch;
import io.alder.client.AlderList;
import io.alder.client.AlderLock;
import io.alder.client.AlderMap;
import io.alder.client.AlderMultiMap;
import io.alder.client.AlderQueue;
import io.alder.client.AlderReplicatedMap;
import io.alder.client.AlderRingbuffer;
import io.alder.client.AlderSemaphore;
import io.alder.client.AlderSet;
import io.alder.client.AlderTopic;
import io.alder.client.DistributedObject;
import io.alder.client.DistributedObjectListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.alder.protocol.codec.ResponseCodec;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The typed objects of one client: one proxy per name of each kind this client has an API for (its blocking
 * view over the asynchronous one), announced to the cluster on first use and forgotten when destroyed; the
 * cluster's list of distributed objects; distributed object listeners. Thread-safe.
 */
public final class ClientProxies implements ObjectRegistry {

    private final ClientContext context;
    private final ObjectRegistry cluster;
    private final Blocking blocking;
    private final MessagingSupport messaging;
    private final LockReferenceIds referenceIds = new LockReferenceIds();
    private final ConcurrentMap<DistributedObjectInfo, CompletableFuture<DistributedObject>> proxies =
            new ConcurrentHashMap<>();

    /**
     * @param cluster announces objects to the cluster and destroys them
     * @param blocking how the blocking views wait
     * @param messaging what topics and reliable topics need
     */
    public ClientProxies(ClientContext context, ObjectRegistry cluster, Blocking blocking,
            MessagingSupport messaging) {
        this.context = context;
        this.cluster = cluster;
        this.blocking = blocking;
        this.messaging = messaging;
    }

    /**
     * The map {@code name}, once the cluster acknowledged it. The first call for a name creates the proxy and
     * announces the map; later calls share the outcome. A failed announcement is forgotten, so that the
     * next call tries again.
     */
    public <K, V> CompletableFuture<AlderMap<K, V>> map(String name) {
        return typed(DistributedObject.MAP_SERVICE, name,
                () -> new BlockingMap<>(new MapProxy<K, V>(name, context, referenceIds, this), blocking));
    }

    /** The queue {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public <E> CompletableFuture<AlderQueue<E>> queue(String name) {
        return typed(DistributedObject.QUEUE_SERVICE, name,
                () -> new BlockingAlderQueue<>(new QueueProxy<E>(name, context, this), blocking));
    }

    /** The topic {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public <E> CompletableFuture<AlderTopic<E>> topic(String name) {
        return typed(DistributedObject.TOPIC_SERVICE, name,
                () -> new BlockingTopic<>(new TopicProxy<E>(name, context, this, messaging::memberByUuid),
                        DistributedObject.TOPIC_SERVICE, blocking));
    }

    /**
     * The reliable topic {@code name}, once the cluster acknowledged its ringbuffer {@code _hz_rb_<name>} and
     * then the topic, as 3.12 clients announce them; shared like a {@link #map}.
     */
    public <E> CompletableFuture<AlderTopic<E>> reliableTopic(String name) {
        String service = DistributedObject.RELIABLE_TOPIC_SERVICE;
        return typed(service, name,
                () -> create(DistributedObject.RINGBUFFER_SERVICE, ReliableTopicProxy.RINGBUFFER_PREFIX + name)
                        .thenCompose(ringbuffer -> create(service, name)),
                () -> new BlockingTopic<>(new ReliableTopicProxy<E>(name, context, this,
                        messaging.reliableTopicConfigs().apply(name), messaging::memberByAddress,
                        messaging.userExecutor()), service, blocking));
    }

    /** The ringbuffer {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public <E> CompletableFuture<AlderRingbuffer<E>> ringbuffer(String name) {
        return typed(DistributedObject.RINGBUFFER_SERVICE, name,
                () -> new BlockingRingbuffer<>(new RingbufferProxy<E>(name, context, this), blocking));
    }

    /** The counter {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public CompletableFuture<AlderAtomicLong> atomicLong(String name) {
        return typed(DistributedObject.ATOMIC_LONG_SERVICE, name,
                () -> new BlockingAtomicLong(new AtomicLongProxy(name, context, this), blocking));
    }

    /** The reference {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public <E> CompletableFuture<AlderAtomicReference<E>> atomicReference(String name) {
        return typed(DistributedObject.ATOMIC_REFERENCE_SERVICE, name,
                () -> new BlockingAtomicReference<>(new AtomicReferenceProxy<E>(name, context, this), blocking));
    }

    /** The latch {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public CompletableFuture<AlderCountDownLatch> countDownLatch(String name) {
        return typed(DistributedObject.COUNT_DOWN_LATCH_SERVICE, name,
                () -> new BlockingCountDownLatch(new CountDownLatchProxy(name, context, this), blocking));
    }

    /** The semaphore {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public CompletableFuture<AlderSemaphore> semaphore(String name) {
        return typed(DistributedObject.SEMAPHORE_SERVICE, name,
                () -> new BlockingSemaphore(new SemaphoreProxy(name, context, this), blocking));
    }

    /** The set {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public <E> CompletableFuture<AlderSet<E>> set(String name) {
        return typed(DistributedObject.SET_SERVICE, name,
                () -> new BlockingAlderSet<>(new SetProxy<E>(name, context, this), blocking));
    }

    /** The list {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public <E> CompletableFuture<AlderList<E>> list(String name) {
        return typed(DistributedObject.LIST_SERVICE, name,
                () -> new BlockingAlderList<>(new ListProxy<E>(name, context, this), blocking));
    }

    /** The lock {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public CompletableFuture<AlderLock> lock(String name) {
        return typed(DistributedObject.LOCK_SERVICE, name,
                () -> new BlockingLock(new LockProxy(name, context, referenceIds, this), blocking));
    }

    /** The multimap {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public <K, V> CompletableFuture<AlderMultiMap<K, V>> multiMap(String name) {
        return typed(DistributedObject.MULTI_MAP_SERVICE, name,
                () -> new BlockingMultiMap<>(new MultiMapProxy<K, V>(name, context, referenceIds, this), blocking));
    }

    /** The replicated map {@code name}, once the cluster acknowledged it; announced and shared like a {@link #map}. */
    public <K, V> CompletableFuture<AlderReplicatedMap<K, V>> replicatedMap(String name) {
        return typed(DistributedObject.REPLICATED_MAP_SERVICE, name,
                () -> new BlockingReplicatedMap<>(new ReplicatedMapProxy<K, V>(name, context, this), blocking));
    }

    /**
     * Every distributed object of the cluster ({@code Client.getDistributedObjects}): the kinds this client
     * has a typed API for as their proxies (announced like {@link #map} if this client had not used them yet,
     * as 3.12 does), other objects as handles that can be named and destroyed.
     */
    public CompletableFuture<List<DistributedObject>> distributedObjects() {
        return Calls.invoke(context.invocations(),
                ClientCodec.encodeEmptyRequest(context.allocator(), MessageType.CLIENT_GET_DISTRIBUTED_OBJECTS, 0),
                Calls.NO_WAIT, ResponseCodec::decodeDistributedObjects)
                .thenCompose(this::toObjects);
    }

    /** Registers a listener for objects created and destroyed anywhere in the cluster. */
    public CompletableFuture<String> addDistributedObjectListener(DistributedObjectListener listener) {
        Objects.requireNonNull(listener, "listener");
        return context.invocations().addListener(DistributedObjectListenerProtocol.INSTANCE,
                new DistributedObjectEventDispatcher(listener));
    }

    /** Ends a registration made by {@link #addDistributedObjectListener}; false if it is unknown. */
    public CompletableFuture<Boolean> removeDistributedObjectListener(String registrationId) {
        return context.invocations().removeListener(Objects.requireNonNull(registrationId, "registrationId"));
    }

    @Override
    public CompletableFuture<Void> create(String serviceName, String name) {
        return cluster.create(serviceName, name);
    }

    /** Forgets the object's proxy, so that the next use announces it anew, and destroys it in the cluster. */
    @Override
    public CompletableFuture<Void> destroy(String serviceName, String name) {
        proxies.remove(new DistributedObjectInfo(serviceName, name));
        return cluster.destroy(serviceName, name);
    }

    /**
     * The typed proxy of an object, once the cluster acknowledged the object: the first call for it creates
     * the proxy and announces the object, later calls share the outcome, and a failed announcement is
     * forgotten.
     */
    private <T extends DistributedObject> CompletableFuture<T> typed(String serviceName, String name,
            Supplier<T> newProxy) {
        return typed(serviceName, name, () -> create(serviceName, name), newProxy);
    }

    /** {@link #typed(String, String, Supplier)} with an announcement of its own. */
    @SuppressWarnings("unchecked")
    private <T extends DistributedObject> CompletableFuture<T> typed(String serviceName, String name,
            Supplier<CompletableFuture<Void>> announce, Supplier<T> newProxy) {
        DistributedObjectInfo object = new DistributedObjectInfo(serviceName, Objects.requireNonNull(name, "name"));
        CompletableFuture<DistributedObject> created = new CompletableFuture<>();
        CompletableFuture<DistributedObject> known = proxies.putIfAbsent(object, created);
        if (known != null) {
            return (CompletableFuture<T>) (CompletableFuture<?>) known;
        }
        T proxy = newProxy.get();
        announce.get().whenComplete((ignored, failure) -> {
            if (failure == null) {
                created.complete(proxy);
            } else {
                proxies.remove(object, created);
                created.completeExceptionally(failure);
            }
        });
        return (CompletableFuture<T>) (CompletableFuture<?>) created;
    }

    private CompletableFuture<List<DistributedObject>> toObjects(List<DistributedObjectInfo> infos) {
        List<CompletableFuture<? extends DistributedObject>> objects = infos.stream().map(this::toObject).toList();
        return CompletableFuture.allOf(objects.toArray(CompletableFuture[]::new))
                .thenApply(done -> objects.stream().<DistributedObject>map(CompletableFuture::join).toList());
    }

    /** The typed proxy of a listed object of a kind this client has an API for, otherwise a handle. */
    private CompletableFuture<? extends DistributedObject> toObject(DistributedObjectInfo info) {
        return switch (info.serviceName()) {
            case DistributedObject.MAP_SERVICE -> map(info.name());
            case DistributedObject.QUEUE_SERVICE -> queue(info.name());
            case DistributedObject.TOPIC_SERVICE -> topic(info.name());
            case DistributedObject.RELIABLE_TOPIC_SERVICE -> reliableTopic(info.name());
            case DistributedObject.RINGBUFFER_SERVICE -> ringbuffer(info.name());
            case DistributedObject.SET_SERVICE -> set(info.name());
            case DistributedObject.LIST_SERVICE -> list(info.name());
            case DistributedObject.LOCK_SERVICE -> lock(info.name());
            case DistributedObject.MULTI_MAP_SERVICE -> multiMap(info.name());
            case DistributedObject.REPLICATED_MAP_SERVICE -> replicatedMap(info.name());
            case DistributedObject.ATOMIC_LONG_SERVICE -> atomicLong(info.name());
            case DistributedObject.ATOMIC_REFERENCE_SERVICE -> atomicReference(info.name());
            case DistributedObject.COUNT_DOWN_LATCH_SERVICE -> countDownLatch(info.name());
            case DistributedObject.SEMAPHORE_SERVICE -> semaphore(info.name());
            default -> CompletableFuture.completedFuture(
                    new ObjectHandle(info.serviceName(), info.name(), this, blocking));
        };
    }
}
