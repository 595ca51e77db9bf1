package io.alder.compat;

/** What a distributed-object listener was told; {@code type} is CREATED or DESTROYED. */
record SeenObjectEvent(String type, String name, String serviceName) {

    static SeenObjectEvent mapCreated(String name) {
        return new SeenObjectEvent("CREATED", name, SeenObject.MAP_SERVICE);
    }

    static SeenObjectEvent mapDestroyed(String name) {
        return new SeenObjectEvent("DESTROYED", name, SeenObject.MAP_SERVICE);
    }
}
