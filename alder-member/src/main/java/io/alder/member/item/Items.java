package io.alder.member.item;

import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** What queues, sets and lists do alike with their items, which are equal when their bytes are. */
public final class Items {

    private Items() {
    }

    /**
     * Removes from {@code items} every item that is among {@code given} (or, with {@code retain}, every item
     * that is not), as 3.12's {@code compareAndRemoveAll} and {@code compareAndRetainAll} do, and returns the
     * removed ones in the order of {@code items}.
     */
    public static List<Data> removeMatching(Collection<Data> items, Collection<Data> given, boolean retain) {
        Set<Data> lookup = new HashSet<>(given);
        List<Data> removed = new ArrayList<>();
        for (Iterator<Data> it = items.iterator(); it.hasNext(); ) {
            Data item = it.next();
            if (lookup.contains(item) != retain) {
                it.remove();
                removed.add(item);
            }
        }
        return removed;
    }
}
