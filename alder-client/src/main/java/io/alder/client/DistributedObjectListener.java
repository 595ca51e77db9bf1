package io.alder.client;

/**
 * Hears of distributed objects being created and destroyed in the cluster, by any client. Callbacks run on
 * a client event thread.
 */
public interface DistributedObjectListener {

    /** Called when an object was created. */
    void distributedObjectCreated(DistributedObjectEvent event);

    /** Called when an object was destroyed. */
    void distributedObjectDestroyed(DistributedObjectEvent event);
}
