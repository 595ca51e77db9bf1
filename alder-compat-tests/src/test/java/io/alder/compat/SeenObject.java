package io.alder.compat;

/**
 * A distributed object as {@code getDistributedObjects} lists it.
 *
 * @param isMapProxy whether the listed object is the client's own map type (an {@code IMap}, an
 *     {@code AlderMap}), ready to use
 */
record SeenObject(String name, String serviceName, boolean isMapProxy) {

    /** The service name of maps, the same in 3.12 and Alder. */
    static final String MAP_SERVICE = "hz:impl:mapService";
}
