package io.alder.member.collection;

import io.alder.serialization.Data;
import java.util.LinkedHashSet;
import java.util.List;

/** The items of one set: no two equal, kept in the order they were added. */
final class ItemSet extends ItemCollection {

    ItemSet(int capacity) {
        super(new LinkedHashSet<>(), capacity);
    }

    /**
     * Adds the items it does not hold yet. As 3.12, every occurrence of such an item counts as added, so an
     * item given twice is announced twice and stored once.
     */
    @Override
    List<Data> addAll(List<Data> added) {
        List<Data> fresh = added.stream().filter(item -> !contains(item)).toList();
        fresh.forEach(this::add);
        return fresh;
    }
}
