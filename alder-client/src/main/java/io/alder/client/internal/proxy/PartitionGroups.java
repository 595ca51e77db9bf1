package io.alder.client.internal.proxy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Groups the keys (or entries) of a bulk call by partition, for one request per partition. */
final class PartitionGroups {

    private PartitionGroups() {
    }

    /** The items by partition, partitions in order of first appearance, items in their given order. */
    static <T> Map<Integer, List<T>> group(Collection<T> items, ToIntFunction<T> partitionOf) {
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(partitionOf.applyAsInt(item), partition -> new ArrayList<>()).add(item);
        }
        return groups;
    }
}
