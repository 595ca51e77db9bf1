package io.alder.client.internal.proxy;

import io.alder.client.AsyncDistributedObject;
import io.alder.client.DistributedObject;

/**
 * The part every blocking view of a distributed object shares: the asynchronous proxy it waits on, its name
 * and service, and destroying it.
 *
 * @param <A> the asynchronous view's type
 */
public abstract class BlockingProxy<A extends AsyncDistributedObject> implements DistributedObject {

    final A async;
    final Blocking blocking;
    private final String serviceName;

    protected BlockingProxy(A async, Blocking blocking, String serviceName) {
        this.async = async;
        this.blocking = blocking;
        this.serviceName = serviceName;
    }

    /** The asynchronous view this one waits on. */
    public A async() {
        return async;
    }

    @Override
    public String getName() {
        return async.getName();
    }

    @Override
    public String getServiceName() {
        return serviceName;
    }

    @Override
    public void destroy() {
        blocking.join(async.destroy());
    }
}
