package io.alder.member.collection;

import io.alder.member.item.Items;
import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * The items of one set or list, with 3.12's capacity rule: an operation that adds {@code n} items is let
 * through only while the size plus {@code n} stays within the capacity. Items are equal when their bytes
 * are. Only touched under the partition lock.
 */
abstract sealed class ItemCollection permits ItemSet, ItemList {

    private final Collection<Data> items;
    private final int capacity;

    /**
     * @param items the empty collection that holds the items: it decides whether equal items may repeat
     * @param capacity how many items fit
     */
    ItemCollection(Collection<Data> items, int capacity) {
        this.items = items;
        this.capacity = capacity;
    }

    final int size() {
        return items.size();
    }

    final boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether {@code count} more items fit, which every adding operation checks first, as 3.12 does. */
    final boolean hasRoomFor(int count) {
        return (long) items.size() + count <= capacity;
    }

    /** Adds an item at the end; false if the collection refuses it (a set that has it). */
    final boolean add(Data item) {
        return items.add(item);
    }

    /**
     * Adds {@code added} at the end and returns the items 3.12 announces as added, in their order: the ones
     * the collection did not hold before (each occurrence of them).
     */
    abstract List<Data> addAll(List<Data> added);

    /** Removes the first item equal to {@code item}. */
    final boolean remove(Data item) {
        return items.remove(item);
    }

    final boolean contains(Data item) {
        return items.contains(item);
    }

    final boolean containsAll(Collection<Data> wanted) {
        return new HashSet<>(items).containsAll(wanted);
    }

    /**
     * Removes every item that is among {@code given} (or, with {@code retain}, every item that is not) and
     * returns them, in the collection's order.
     */
    final List<Data> removeAll(Collection<Data> given, boolean retain) {
        return Items.removeMatching(items, given, retain);
    }

    /** Removes every item and returns them, in the collection's order. */
    final List<Data> clear() {
        List<Data> removed = snapshot();
        items.clear();
        return removed;
    }

    /** Every item, in the collection's order. */
    final List<Data> snapshot() {
        return new ArrayList<>(items);
    }
}
