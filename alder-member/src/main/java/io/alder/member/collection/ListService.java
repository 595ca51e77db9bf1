package io.alder.member.collection;

import io.alder.member.DistributedObjects;
import io.alder.member.MaxSizes;
import io.alder.serialization.Data;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The member's lists (IList), with 3.12 semantics (see {@link CollectionService}) and its index operations.
 *
 * <p><b>Indexes.</b> An index out of range fails with the {@link IndexOutOfBoundsException} (or, for a
 * range whose start lies past its end, {@link IllegalArgumentException}) and message of the
 * {@link java.util.ArrayList} method a 3.12 member calls, nothing changed. A negative index to
 * {@link #add(int, String, int, Data)} adds at the end, as in 3.12; {@link #sub} takes -1 as "every item"
 * or "to the end".
 *
 * <p><b>3.12's quirks kept.</b> Clients see them, so Alder keeps them: {@code add} at an index into a full
 * list does nothing and reports nothing (its message has no answer but VOID); {@code set} replaces even in
 * a full list and publishes REMOVED for the old item and ADDED for the new one; {@code remove} at an index
 * publishes a REMOVED event before it looks at the list, without the item, even when the index turns out to
 * be out of range.
 */
public final class ListService extends CollectionService<ItemList> {

    /** The service name of lists in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:listService";

    /**
     * @param maxSizes the capacity of each list (3.12's list {@code max-size})
     * @param scheduler the engine's scheduler
     * @param memberUuid the member's uuid, put into events
     */
    public ListService(int partitionCount, MaxSizes maxSizes, ScheduledExecutorService scheduler, String memberUuid,
            DistributedObjects distributedObjects) {
        super(SERVICE_NAME, partitionCount, maxSizes, scheduler, memberUuid, distributedObjects);
    }

    @Override
    ItemList newCollection(int capacity) {
        return new ItemList(capacity);
    }

    /** The item at {@code index}. */
    public Data get(int partitionId, String name, int index) {
        return reading(partitionId, name, list -> list.get(index));
    }

    /** Replaces the item at {@code index}, whatever the capacity, and returns the one it held. */
    public Data set(int partitionId, String name, int index, Data item) {
        return changing(partitionId, name, (list, events) -> {
            Data old = list.set(index, item);
            events.removed(List.of(old));
            events.added(List.of(item));
            return old;
        });
    }

    /**
     * Inserts an item at {@code index} (a negative one: at the end) if there is room for it; does nothing
     * if there is none.
     */
    public void add(int partitionId, String name, int index, Data item) {
        changing(partitionId, name, (list, events) -> {
            if (list.hasRoomFor(1)) {
                list.add(index, item);
                events.added(List.of(item));
            }
            return null;
        });
    }

    /**
     * Inserts the items at {@code index} if there is room for all of them.
     *
     * @return whether any item was added: false for none at all, as in 3.12
     */
    public boolean addAll(int partitionId, String name, int index, List<Data> items) {
        return changing(partitionId, name, (list, events) -> {
            if (!list.hasRoomFor(items.size())) {
                return false;
            }
            list.addAll(index, items);
            return events.added(items);
        });
    }

    /** Removes and returns the item at {@code index}, announcing a removal without the item first, as 3.12. */
    public Data remove(int partitionId, String name, int index) {
        return changing(partitionId, name, (list, events) -> {
            events.removedWithoutItem();
            return list.remove(index);
        });
    }

    /** The index of the first item equal to {@code item}, or -1. */
    public int indexOf(int partitionId, String name, Data item) {
        return reading(partitionId, name, list -> list.indexOf(item));
    }

    /** The index of the last item equal to {@code item}, or -1. */
    public int lastIndexOf(int partitionId, String name, Data item) {
        return reading(partitionId, name, list -> list.lastIndexOf(item));
    }

    /**
     * The items from {@code from} (inclusive) to {@code to} (exclusive): -1 for both is every item, {@code to}
     * -1 alone every item from {@code from} on (what 3.12's listIterator(from) walks).
     */
    public List<Data> sub(int partitionId, String name, int from, int to) {
        return reading(partitionId, name, list -> list.sub(from, to));
    }
}
