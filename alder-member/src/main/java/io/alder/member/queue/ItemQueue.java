package io.alder.member.queue;

import io.alder.member.item.Items;
import io.alder.serialization.Data;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * The items of one queue, oldest first, with 3.12's capacity rules. {@code addAll} is let through while
 * the queue has room for one item and then adds every item, so a queue can hold more than its capacity;
 * as in 3.12, its size never reports more than the capacity then, while every item can still be taken.
 * Items are equal when their bytes are. Only touched under the partition lock.
 */
final class ItemQueue {

    private final ArrayDeque<Data> items = new ArrayDeque<>();
    private final int capacity;

    ItemQueue(int capacity) {
        this.capacity = capacity;
    }

    /** The size 3.12 reports: the number of items, but at most the capacity. */
    int size() {
        return Math.min(capacity, items.size());
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    int remainingCapacity() {
        return capacity - size();
    }

    /** Whether one more item fits, which an offer and an addAll need. */
    boolean hasRoom() {
        return items.size() < capacity;
    }

    void add(Data item) {
        items.addLast(item);
    }

    void addAll(Collection<Data> added) {
        items.addAll(added);
    }

    /** The oldest item, removed; null if there is none. */
    Data poll() {
        return items.pollFirst();
    }

    Data peek() {
        return items.peekFirst();
    }

    /** Removes the oldest item equal to {@code item}. */
    boolean remove(Data item) {
        return items.removeFirstOccurrence(item);
    }

    boolean contains(Data item) {
        return items.contains(item);
    }

    boolean containsAll(Collection<Data> wanted) {
        return new HashSet<>(items).containsAll(wanted);
    }

    /** Every item, oldest first. */
    List<Data> snapshot() {
        return new ArrayList<>(items);
    }

    /** Removes and returns the oldest {@code maxSize} items, or all of them when {@code maxSize} is negative. */
    List<Data> drain(int maxSize) {
        int count = maxSize < 0 ? items.size() : Math.min(maxSize, items.size());
        List<Data> drained = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drained.add(items.pollFirst());
        }
        return drained;
    }

    /**
     * Removes every item that is among {@code given} (or, with {@code retain}, every item that is not) and
     * returns them, oldest first.
     */
    List<Data> removeAll(Collection<Data> given, boolean retain) {
        return Items.removeMatching(items, given, retain);
    }
}
