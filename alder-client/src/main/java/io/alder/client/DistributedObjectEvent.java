package io.alder.client;

/**
 * A distributed object was created or destroyed, by this client or any other.
 *
 * @param serviceName the object's service, e.g. {@link DistributedObject#MAP_SERVICE}
 * @param objectName the object's name
 * @param type whether it was created or destroyed
 */
public record DistributedObjectEvent(String serviceName, String objectName, Type type) {

    /** What happened to the object. */
    public enum Type {
        /** The object was created. */
        CREATED,
        /** The object was destroyed. */
        DESTROYED
    }
}
