package io.alder.client.internal.proxy;

import io.alder.client.AlderAtomicLong;
import io.alder.client.AlderAtomicReference;
import io.alder.client.AlderCountDownLatch;
import io.alder.client.AlderMap;
import io.alder.client.AlderSemaphore;
import io.alder.client.DistributedObject;
import io.alder.client.DistributedObjectListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.alder.protocol.codec.ResponseCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The typed objects of one client: one proxy per kind and name (its blocking view over the asynchronous
 * one), announced to the cluster on first use and forgotten when destroyed; the cluster's list of
 * distributed objects; distributed object listeners. Thread-safe.
 */
public final class ClientProxies implements ObjectRegistry {

    private final ClientContext context;
    private final ObjectRegistry cluster;
    private final Blocking blocking;
    private final LockReferenceIds referenceIds = new LockReferenceIds();
    private final ProxyCache<AlderMap<?, ?>> maps;
    private final ProxyCache<AlderAtomicLong> atomicLongs;
    private final ProxyCache<AlderAtomicReference<?>> atomicReferences;
    private final ProxyCache<AlderCountDownLatch> countDownLatches;
    private final ProxyCache<AlderSemaphore> semaphores;
    /** Every kind this client has a typed API for, by service name. */
    private final Map<String, ProxyCache<?>> kinds;

    /**
     * @param cluster announces objects to the cluster and destroys them
     * @param blocking how the blocking views wait
     */
    public ClientProxies(ClientContext context, ObjectRegistry cluster, Blocking blocking) {
        this.context = context;
        this.cluster = cluster;
        this.blocking = blocking;
        this.maps = new ProxyCache<>(DistributedObject.MAP_SERVICE,
                name -> new BlockingMap<>(new MapProxy<>(name, context, referenceIds, this), blocking));
        this.atomicLongs = new ProxyCache<>(DistributedObject.ATOMIC_LONG_SERVICE,
                name -> new BlockingAtomicLong(new AtomicLongProxy(name, context, this), blocking));
        this.atomicReferences = new ProxyCache<>(DistributedObject.ATOMIC_REFERENCE_SERVICE,
                name -> new BlockingAtomicReference<>(new AtomicReferenceProxy<>(name, context, this), blocking));
        this.countDownLatches = new ProxyCache<>(DistributedObject.COUNT_DOWN_LATCH_SERVICE,
                name -> new BlockingCountDownLatch(new CountDownLatchProxy(name, context, this), blocking));
        this.semaphores = new ProxyCache<>(DistributedObject.SEMAPHORE_SERVICE,
                name -> new BlockingSemaphore(new SemaphoreProxy(name, context, this), blocking));
        this.kinds = Map.of(DistributedObject.MAP_SERVICE, maps, DistributedObject.ATOMIC_LONG_SERVICE, atomicLongs,
                DistributedObject.ATOMIC_REFERENCE_SERVICE, atomicReferences,
                DistributedObject.COUNT_DOWN_LATCH_SERVICE, countDownLatches,
                DistributedObject.SEMAPHORE_SERVICE, semaphores);
    }

    /**
     * The map {@code name}, once the cluster acknowledged it. The first call for a name creates the proxy and
     * announces the map; later calls share the outcome. A failed announcement is forgotten, so that the
     * next call tries again.
     */
    @SuppressWarnings("unchecked")
    public <K, V> CompletableFuture<AlderMap<K, V>> map(String name) {
        return (CompletableFuture<AlderMap<K, V>>) (CompletableFuture<?>) maps.get(name, cluster);
    }

    /** The counter {@code name}, once the cluster acknowledged it; announced like {@link #map}. */
    public CompletableFuture<AlderAtomicLong> atomicLong(String name) {
        return atomicLongs.get(name, cluster);
    }

    /** The reference {@code name}, once the cluster acknowledged it; announced like {@link #map}. */
    @SuppressWarnings("unchecked")
    public <E> CompletableFuture<AlderAtomicReference<E>> atomicReference(String name) {
        return (CompletableFuture<AlderAtomicReference<E>>) (CompletableFuture<?>) atomicReferences.get(name, cluster);
    }

    /** The latch {@code name}, once the cluster acknowledged it; announced like {@link #map}. */
    public CompletableFuture<AlderCountDownLatch> countDownLatch(String name) {
        return countDownLatches.get(name, cluster);
    }

    /** The semaphore {@code name}, once the cluster acknowledged it; announced like {@link #map}. */
    public CompletableFuture<AlderSemaphore> semaphore(String name) {
        return semaphores.get(name, cluster);
    }

    /**
     * Every distributed object of the cluster ({@code Client.getDistributedObjects}): the kinds this client has
     * a typed API for as their proxies (announced like {@link #map} if this client had not used them yet, as
     * 3.12 does), other objects as handles that can be named and destroyed.
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
        ProxyCache<?> kind = kinds.get(serviceName);
        if (kind != null) {
            kind.forget(name);
        }
        return cluster.destroy(serviceName, name);
    }

    private CompletableFuture<List<DistributedObject>> toObjects(List<DistributedObjectInfo> infos) {
        List<CompletableFuture<? extends DistributedObject>> objects = new ArrayList<>(infos.size());
        for (DistributedObjectInfo info : infos) {
            ProxyCache<?> kind = kinds.get(info.serviceName());
            objects.add(kind != null ? kind.get(info.name(), cluster)
                    : CompletableFuture.completedFuture(new ObjectHandle(info.serviceName(), info.name(), this,
                            blocking)));
        }
        return CompletableFuture.allOf(objects.toArray(CompletableFuture[]::new))
                .thenApply(done -> objects.stream().<DistributedObject>map(CompletableFuture::join).toList());
    }
}
