package io.alder.client.internal.proxy;

import io.alder.client.AsyncDistributedObject;
import io.alder.client.DistributedObject;

/**
 * What the blocking views of counters, references, latches and semaphores share: the asynchronous view each
 * method waits for ({@link Blocking}), the object's name and service, and destroying it. Thread-safe.
 *
 * @param <A> the asynchronous view
 */
abstract class BlockingObject<A extends AsyncDistributedObject> implements DistributedObject {

    final A async;
    final Blocking blocking;
    private final String serviceName;

    /** @param serviceName the service of the object, as 3.12 members know it */
    BlockingObject(A async, Blocking blocking, String serviceName) {
        this.async = async;
        this.blocking = blocking;
        this.serviceName = serviceName;
    }

    /** The same object, with operations that return futures. */
    public final A async() {
        return async;
    }

    @Override
    public final String getName() {
        return async.getName();
    }

    @Override
    public final String getServiceName() {
        return serviceName;
    }

    @Override
    public final void destroy() {
        blocking.join(async.destroy());
    }

    @Override
    public String toString() {
        return "Alder" + getClass().getSimpleName().replace("Blocking", "") + "{name=" + getName() + "}";
    }
}
