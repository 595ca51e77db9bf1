package io.alder.client;

/**
 * A named structure that lives in the cluster, such as a map or a queue. Its name and service name identify it
 * cluster-wide: every client that asks for the map {@code "orders"} works on the same data.
 */
public interface DistributedObject {

    /** The service name of maps, as 3.12 members know it. */
    String MAP_SERVICE = "hz:impl:mapService";

    /** The service name of queues, as 3.12 members know it. */
    String QUEUE_SERVICE = "hz:impl:queueService";

    /** The service name of topics. */
    String TOPIC_SERVICE = "hz:impl:topicService";

    /** The service name of reliable topics, which live on ringbuffers named {@code _hz_rb_<topic>}. */
    String RELIABLE_TOPIC_SERVICE = "hz:impl:reliableTopicService";

    /** The service name of ringbuffers. */
    String RINGBUFFER_SERVICE = "hz:impl:ringbufferService";
    /** The service name of atomic longs, as 3.12 members know it. */
    String ATOMIC_LONG_SERVICE = "hz:impl:atomicLongService";

    /** The service name of atomic references, as 3.12 members know it. */
    String ATOMIC_REFERENCE_SERVICE = "hz:impl:atomicReferenceService";

    /** The service name of count-down latches, as 3.12 members know it. */
    String COUNT_DOWN_LATCH_SERVICE = "hz:impl:countDownLatchService";

    /** The service name of semaphores, as 3.12 members know it. */
    String SEMAPHORE_SERVICE = "hz:impl:semaphoreService";

    /** The service name of sets. */
    String SET_SERVICE = "hz:impl:setService";

    /** The service name of lists. */
    String LIST_SERVICE = "hz:impl:listService";

    /** The service name of locks (ILock). */
    String LOCK_SERVICE = "hz:impl:lockService";

    /** The service name of multimaps. */
    String MULTI_MAP_SERVICE = "hz:impl:multiMapService";

    /** The service name of replicated maps. */
    String REPLICATED_MAP_SERVICE = "hz:impl:replicatedMapService";

    /** The object's name, unique within its service. */
    String getName();

    /** The name of the service the object belongs to, e.g. {@link #MAP_SERVICE}. */
    String getServiceName();

    /**
     * Destroys the object on the cluster: its data is dropped for every client, and listeners of every
     * client stop receiving its events. Using the name again creates a new, empty object.
     */
    void destroy();
}
