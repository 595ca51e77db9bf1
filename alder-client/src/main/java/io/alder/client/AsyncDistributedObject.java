package io.alder.client;

import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous view of a named structure that lives in the cluster (a counter, a latch, ...): its name,
 * and a way to destroy it that does not block.
 */
public interface AsyncDistributedObject {

    /** The object's name, unique within its service. */
    String getName();

    /**
     * Destroys the object on the cluster: its data is dropped for every client, and using the name again
     * creates a new object.
     */
    CompletableFuture<Void> destroy();
}
