package io.alder.client.internal.proxy;

import java.util.concurrent.CompletableFuture;

/**
 * Announces distributed objects to the cluster ({@code Client.createProxy}) and destroys them
 * ({@code Client.destroyProxy}): what the proxies need from the client's proxy registry.
 */
public interface ObjectRegistry {

    /** Announces an object unless it was already; completes once the cluster created it. */
    CompletableFuture<Void> create(String serviceName, String name);

    /** Destroys an object in the cluster and forgets it. */
    CompletableFuture<Void> destroy(String serviceName, String name);
}
