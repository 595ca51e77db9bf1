package io.alder.client.internal.proxy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * One proxy per name, handed out once the cluster acknowledged the object: the first call for a name
 * creates the proxy and announces the object, later calls share the outcome. A failed announcement is
 * forgotten, so that the next call tries again. Thread-safe.
 *
 * @param <P> the proxy type
 */
final class ProxyCache<P> {

    private final ConcurrentMap<String, CompletableFuture<P>> proxies = new ConcurrentHashMap<>();

    /**
     * The proxy for {@code name}.
     *
     * @param announce announces the object to the cluster, on the first call for the name
     * @param create creates the proxy, on the first call for the name
     */
    CompletableFuture<P> get(String name, Supplier<CompletableFuture<Void>> announce, Supplier<P> create) {
        CompletableFuture<P> created = new CompletableFuture<>();
        CompletableFuture<P> known = proxies.putIfAbsent(name, created);
        if (known != null) {
            return known;
        }
        P proxy = create.get();
        announce.get().whenComplete((ignored, failure) -> {
            if (failure == null) {
                created.complete(proxy);
            } else {
                proxies.remove(name, created);
                created.completeExceptionally(failure);
            }
        });
        return created;
    }

    /** Forgets the proxy for {@code name}, so that the next use creates and announces it anew. */
    void forget(String name) {
        proxies.remove(name);
    }
}
