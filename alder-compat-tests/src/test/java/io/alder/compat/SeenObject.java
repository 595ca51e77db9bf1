package io.alder.compat;

/**
 * A distributed object as {@code getDistributedObjects} lists it.
 *
 * @param proxyType which of the client's own structure types the listed object is, ready to use
 */
record SeenObject(String name, String serviceName, ProxyType proxyType) {

    /** The service name of maps, the same in 3.12 and Alder. */
    static final String MAP_SERVICE = "hz:impl:mapService";

    /** The service name of queues, the same in 3.12 and Alder. */
    static final String QUEUE_SERVICE = "hz:impl:queueService";

    /** The client's own structure types that the suites check listed objects for. */
    enum ProxyType {
        /** An {@code IMap}, an {@code AlderMap}. */
        MAP,
        /** An {@code IQueue}, an {@code AlderQueue}. */
        QUEUE,
        /** Neither. */
        OTHER;

        /** The type of {@code object}, given the client's map and queue types. */
        static ProxyType of(Object object, Class<?> mapType, Class<?> queueType) {
            return mapType.isInstance(object) ? MAP : queueType.isInstance(object) ? QUEUE : OTHER;
        }
    }

    /** A map listed as a map proxy. */
    static SeenObject map(String name) {
        return new SeenObject(name, MAP_SERVICE, ProxyType.MAP);
    }

    /** A queue listed as a queue proxy. */
    static SeenObject queue(String name) {
        return new SeenObject(name, QUEUE_SERVICE, ProxyType.QUEUE);
    }
}
