package io.alder.client.internal.proxy;

import io.alder.client.DistributedObject;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The proxies of one kind of distributed object, one per name: the first request for a name creates the
 * proxy and announces the object to the cluster; later requests share the outcome. A failed announcement is
 * forgotten, so that the next request tries again. Thread-safe.
 *
 * @param <P> the blocking view the client hands out
 */
final class ProxyCache<P extends DistributedObject> {

    private final String serviceName;
    private final Function<String, P> factory;
    private final ConcurrentMap<String, CompletableFuture<P>> proxies = new ConcurrentHashMap<>();

    /**
     * @param serviceName the service the objects belong to, as 3.12 members know it
     * @param factory creates the proxy of a name
     */
    ProxyCache(String serviceName, Function<String, P> factory) {
        this.serviceName = serviceName;
        this.factory = factory;
    }

    /** The proxy of {@code name}, once {@code cluster} acknowledged the object. */
    CompletableFuture<P> get(String name, ObjectRegistry cluster) {
        Objects.requireNonNull(name, "name");
        CompletableFuture<P> created = new CompletableFuture<>();
        CompletableFuture<P> known = proxies.putIfAbsent(name, created);
        if (known != null) {
            return known;
        }
        P proxy = factory.apply(name);
        cluster.create(serviceName, name).whenComplete((ignored, failure) -> {
            if (failure == null) {
                created.complete(proxy);
            } else {
                proxies.remove(name, created);
                created.completeExceptionally(failure);
            }
        });
        return created;
    }

    /** Forgets the proxy of {@code name}, so that the next request announces the object anew. */
    void forget(String name) {
        proxies.remove(name);
    }
}
