package io.alder.client.internal.proxy;

import io.alder.client.DistributedObject;

/**
 * A distributed object of a kind this client has no typed API for (a list, a set, ...), as
 * {@code getDistributedObjects} lists it: it can be named and destroyed.
 */
final class ObjectHandle implements DistributedObject {

    private final String serviceName;
    private final String name;
    private final ObjectRegistry objects;
    private final Blocking blocking;

    ObjectHandle(String serviceName, String name, ObjectRegistry objects, Blocking blocking) {
        this.serviceName = serviceName;
        this.name = name;
        this.objects = objects;
        this.blocking = blocking;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getServiceName() {
        return serviceName;
    }

    @Override
    public void destroy() {
        blocking.join(objects.destroy(serviceName, name));
    }

    @Override
    public String toString() {
        return "DistributedObject{service=" + serviceName + ", name=" + name + "}";
    }
}
