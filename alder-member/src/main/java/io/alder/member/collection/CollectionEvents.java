package io.alder.member.collection;

import io.alder.member.item.ItemEventType;
import io.alder.member.item.ItemListeners;
import io.alder.serialization.Data;
import java.util.List;

/** Publishes the item events of one change of one collection, on the changing thread. */
final class CollectionEvents {

    private final ItemListeners listeners;
    private final String name;
    private final int partitionId;

    CollectionEvents(ItemListeners listeners, String name, int partitionId) {
        this.listeners = listeners;
        this.name = name;
        this.partitionId = partitionId;
    }

    /** Publishes an ADDED event per item, in their order; returns whether there was any. */
    boolean added(List<Data> items) {
        return publish(ItemEventType.ADDED, items);
    }

    /** Publishes a REMOVED event per item, in their order; returns whether there was any. */
    boolean removed(List<Data> items) {
        return publish(ItemEventType.REMOVED, items);
    }

    /** Publishes one REMOVED event that carries no item, even to the listeners that want items. */
    void removedWithoutItem() {
        listeners.publish(name, partitionId, ItemEventType.REMOVED, null);
    }

    private boolean publish(ItemEventType type, List<Data> items) {
        for (Data item : items) {
            listeners.publish(name, partitionId, type, item);
        }
        return !items.isEmpty();
    }
}
