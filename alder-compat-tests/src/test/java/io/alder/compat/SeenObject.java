package io.alder.compat;

import java.util.List;

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

    /** The service name of topics, the same in 3.12 and Alder. */
    static final String TOPIC_SERVICE = "hz:impl:topicService";

    /** The service name of reliable topics, the same in 3.12 and Alder. */
    static final String RELIABLE_TOPIC_SERVICE = "hz:impl:reliableTopicService";

    /** The service name of ringbuffers, the same in 3.12 and Alder. */
    static final String RINGBUFFER_SERVICE = "hz:impl:ringbufferService";

    /** The service name of sets, the same in 3.12 and Alder. */
    static final String SET_SERVICE = "hz:impl:setService";

    /** The service name of lists, the same in 3.12 and Alder. */
    static final String LIST_SERVICE = "hz:impl:listService";

    /** The client's own structure types that the suites check listed objects for. */
    enum ProxyType {
        /** An {@code IMap}, an {@code AlderMap}. */
        MAP,
        /** An {@code IQueue}, an {@code AlderQueue}. */
        QUEUE,
        /** An {@code ITopic}, an {@code AlderTopic}: a topic or a reliable topic. */
        TOPIC,
        /** A {@code Ringbuffer}, an {@code AlderRingbuffer}. */
        RINGBUFFER,
        /** An {@code ISet}, an {@code AlderSet}. */
        SET,
        /** An {@code IList}, an {@code AlderList}. */
        LIST,
        /** None of these. */
        OTHER;

        /** The type of {@code object}, given the client's types of each kind but {@link #OTHER}, in order. */
        static ProxyType of(Object object, Class<?>... clientTypes) {
            List<Class<?>> types = List.of(clientTypes);
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i).isInstance(object)) {
                    return values()[i];
                }
            }
            return OTHER;
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

    /** A topic listed as a topic proxy. */
    static SeenObject topic(String name) {
        return new SeenObject(name, TOPIC_SERVICE, ProxyType.TOPIC);
    }

    /** A reliable topic listed as a topic proxy. */
    static SeenObject reliableTopic(String name) {
        return new SeenObject(name, RELIABLE_TOPIC_SERVICE, ProxyType.TOPIC);
    }

    /** A ringbuffer listed as a ringbuffer proxy. */
    static SeenObject ringbuffer(String name) {
        return new SeenObject(name, RINGBUFFER_SERVICE, ProxyType.RINGBUFFER);
    }

    /** A set listed as a set proxy. */
    static SeenObject set(String name) {
        return new SeenObject(name, SET_SERVICE, ProxyType.SET);
    }

    /** A list listed as a list proxy. */
    static SeenObject list(String name) {
        return new SeenObject(name, LIST_SERVICE, ProxyType.LIST);
    }
}
