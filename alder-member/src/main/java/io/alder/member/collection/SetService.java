package io.alder.member.collection;

import io.alder.member.DistributedObjects;
import io.alder.member.MaxSizes;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The member's sets (ISet), with 3.12 semantics (see {@link CollectionService}): no two items of a set are
 * equal, and a set keeps its items in the order they were added.
 *
 * <p><b>3.12's {@code addAll} rule.</b> The capacity check counts every item given, those the set holds
 * already and repeated ones included. Every given item the set did not hold before counts as added and is
 * announced with an ADDED event, so an item given twice is announced twice, and stored once.
 */
public final class SetService extends CollectionService<ItemSet> {

    /** The service name of sets in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:setService";

    /**
     * @param maxSizes the capacity of each set (3.12's set {@code max-size})
     * @param scheduler the engine's scheduler
     * @param memberUuid the member's uuid, put into events
     */
    public SetService(int partitionCount, MaxSizes maxSizes, ScheduledExecutorService scheduler, String memberUuid,
            DistributedObjects distributedObjects) {
        super(SERVICE_NAME, partitionCount, maxSizes, scheduler, memberUuid, distributedObjects);
    }

    @Override
    ItemSet newCollection(int capacity) {
        return new ItemSet(capacity);
    }
}
