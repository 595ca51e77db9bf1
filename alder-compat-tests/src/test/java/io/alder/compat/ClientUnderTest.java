package io.alder.compat;

import java.util.List;
import java.util.function.Consumer;

/**
 * A connected Java client of either kind, seen through what the client-neutral suites need of it: maps,
 * queues, topics, ringbuffers, sets, lists, locks, multimaps, replicated maps, counters, references, latches
 * and semaphores, the cluster's members, the registry of distributed objects, and the errors members report.
 * {@link #close()} disconnects it.
 */
public interface ClientUnderTest extends AutoCloseable {

    /** Which client this is. */
    ClientKind kind();

    /** The map called {@code name}, through a client-neutral view. */
    <K, V> MapView<K, V> getMap(String name);

    /** The queue called {@code name}, through a client-neutral view. */
    <E> QueueView<E> getQueue(String name);

    /** The topic called {@code name}, through a client-neutral view. */
    <E> TopicView<E> getTopic(String name);

    /** The reliable topic called {@code name}, which lives on the ringbuffer {@code _hz_rb_<name>}, through a view. */
    <E> TopicView<E> getReliableTopic(String name);

    /** The ringbuffer called {@code name}, through a client-neutral view. */
    <E> RingbufferView<E> getRingbuffer(String name);

    /** The set called {@code name}, through a client-neutral view. */
    <E> SetView<E> getSet(String name);

    /** The list called {@code name}, through a client-neutral view. */
    <E> ListView<E> getList(String name);

    /** The distributed lock object called {@code name} (3.12's {@code ILock}), through a client-neutral view. */
    LockView getLock(String name);

    /** The condition {@code name} of the lock object {@code lockName}, through a client-neutral view. */
    ConditionView getCondition(String lockName, String name);

    /** The multimap called {@code name}, through a client-neutral view. */
    <K, V> MultiMapView<K, V> getMultiMap(String name);

    /** The replicated map called {@code name}, through a client-neutral view. */
    <K, V> ReplicatedMapView<K, V> getReplicatedMap(String name);

    /** The counter called {@code name}, through a client-neutral view. */
    AtomicLongView getAtomicLong(String name);

    /** The reference called {@code name}, through a client-neutral view. */
    <E> AtomicReferenceView<E> getAtomicReference(String name);

    /** The count-down latch called {@code name}, through a client-neutral view. */
    CountDownLatchView getCountDownLatch(String name);

    /** The semaphore called {@code name}, through a client-neutral view. */
    SemaphoreView getSemaphore(String name);


    /** The uuid of the cluster member at {@code address} ({@code host:port}), as this client knows it; null if none. */
    String memberUuid(String address);

    /** The distributed objects the cluster has, as {@code getDistributedObjects} lists them. */
    List<SeenObject> distributedObjects();

    /** Registers a distributed-object listener that hands every event to {@code heard}; returns its registration id. */
    String addDistributedObjectListener(Consumer<SeenObjectEvent> heard);

    /** Removes a distributed-object listener; false if {@code registration} was unknown. */
    boolean removeDistributedObjectListener(String registration);

    /**
     * The class name of the member's exception that {@code failure}, thrown by this client, reports, e.g.
     * {@code com.hazelcast.spi.exception.DistributedObjectDestroyedException}; the official client throws the
     * exception itself, Alder's client a {@code MemberErrorException} for exceptions it has no type of its own
     * for.
     */
    String memberErrorClass(Throwable failure);

    /** Disconnects; idempotent. */
    @Override
    void close();
}
