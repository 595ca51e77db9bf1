package io.alder.client.internal.proxy;

import io.alder.client.ClusterUnavailableException;
import io.alder.client.internal.InvocationService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ClientCodec.CreateProxyRequest;
import io.alder.protocol.codec.ClientCodec.DestroyProxyRequest;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.netty.buffer.ByteBufAllocator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The distributed objects the client announced to the cluster: {@code Client.createProxy} the first time
 * an object is used, as a 3.12 client does on its first {@code getMap}, and {@code Client.destroyProxy}
 * when it is destroyed. After a reconnection the client announces {@link #announced()} again with one
 * {@code Client.createProxies}. Thread-safe.
 */
public final class ProxyRegistry implements ObjectRegistry {

    private final InvocationService invocations;
    private final ByteBufAllocator allocator;
    private final Supplier<Address> anyMember;
    private final ConcurrentMap<DistributedObjectInfo, CompletableFuture<Void>> objects = new ConcurrentHashMap<>();

    /**
     * @param anyMember the address of some current member, which {@code createProxy} names (a 3.12 member
     *     creates the object on the member named); null while the client has no connection
     */
    public ProxyRegistry(InvocationService invocations, ByteBufAllocator allocator, Supplier<Address> anyMember) {
        this.invocations = invocations;
        this.allocator = allocator;
        this.anyMember = anyMember;
    }

    /** A failed announcement is forgotten, so that the next call tries again. */
    @Override
    public CompletableFuture<Void> create(String serviceName, String name) {
        DistributedObjectInfo object = new DistributedObjectInfo(serviceName, name);
        CompletableFuture<Void> announced = new CompletableFuture<>();
        CompletableFuture<Void> known = objects.putIfAbsent(object, announced);
        if (known != null) {
            return known;
        }
        Address target = anyMember.get();
        if (target == null) {
            objects.remove(object, announced);
            announced.completeExceptionally(new ClusterUnavailableException(
                    "no member to create " + serviceName + " " + name + " on: the client is not connected", null));
            return announced;
        }
        ClientMessage request = ClientCodec.encodeCreateProxy(allocator, 0,
                new CreateProxyRequest(name, serviceName, target));
        Calls.invoke(invocations, request, Calls.NO_WAIT, Calls::ignore).whenComplete((ignored, failure) -> {
            if (failure == null) {
                announced.complete(null);
            } else {
                objects.remove(object, announced);
                announced.completeExceptionally(failure);
            }
        });
        return announced;
    }

    @Override
    public CompletableFuture<Void> destroy(String serviceName, String name) {
        objects.remove(new DistributedObjectInfo(serviceName, name));
        ClientMessage request = ClientCodec.encodeDestroyProxy(allocator, 0, new DestroyProxyRequest(name, serviceName));
        return Calls.invoke(invocations, request, Calls.NO_WAIT, Calls::ignore);
    }

    /** The objects whose creation the cluster acknowledged: what a reconnected client announces again. */
    public List<DistributedObjectInfo> announced() {
        return objects.entrySet().stream()
                .filter(entry -> entry.getValue().isDone() && !entry.getValue().isCompletedExceptionally())
                .map(entry -> entry.getKey())
                .toList();
    }
}
