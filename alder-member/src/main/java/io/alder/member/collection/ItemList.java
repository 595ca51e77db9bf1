package io.alder.member.collection;

import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of one list, in their order, equal items repeating. Index operations are those of
 * {@link ArrayList}, so an index out of range fails exactly as on a 3.12 member, which keeps its lists in
 * one: with the same {@link IndexOutOfBoundsException} or {@link IllegalArgumentException} and message.
 */
final class ItemList extends ItemCollection {

    private final ArrayList<Data> list;

    ItemList(int capacity) {
        this(new ArrayList<>(), capacity);
    }

    private ItemList(ArrayList<Data> list, int capacity) {
        super(list, capacity);
        this.list = list;
    }

    @Override
    List<Data> addAll(List<Data> added) {
        list.addAll(added);
        return added;
    }

    Data get(int index) {
        return list.get(index);
    }

    /** Replaces the item at {@code index} and returns the one it held. */
    Data set(int index, Data item) {
        return list.set(index, item);
    }

    /** Inserts an item at {@code index}; a negative index adds it at the end, as 3.12 does. */
    void add(int index, Data item) {
        if (index < 0) {
            list.add(item);
        } else {
            list.add(index, item);
        }
    }

    /** Inserts the items at {@code index}; the index is checked even when there are none. */
    void addAll(int index, List<Data> added) {
        list.addAll(index, added);
    }

    Data remove(int index) {
        return list.remove(index);
    }

    int indexOf(Data item) {
        return list.indexOf(item);
    }

    int lastIndexOf(Data item) {
        return list.lastIndexOf(item);
    }

    /**
     * The items from {@code from} to {@code to} (exclusive), as 3.12's {@code sub}: -1 for both is every
     * item, and {@code to} -1 alone every item from {@code from} on.
     */
    List<Data> sub(int from, int to) {
        if (from == -1 && to == -1) {
            return snapshot();
        }
        return new ArrayList<>(list.subList(from, to == -1 ? list.size() : to));
    }
}
