package io.alder.member.multimap;

import static io.alder.member.map.EntryEventType.ADDED;
import static io.alder.member.map.EntryEventType.REMOVED;

import io.alder.member.lock.KeyLocks;
import io.alder.member.map.EntryListeners;
import io.alder.member.partition.Partition;
import io.alder.serialization.Data;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One multimap's data in one partition: the values of each key, in a collection of the multimap's
 * {@link ValueCollectionType}, and the key locks, with the 3.12 semantics of every operation and the events it
 * publishes. A key without values is not kept. Lock waiting is not its concern: the service only calls a
 * write after checking {@link KeyLocks#isLockedByOther}. Only touched under the partition lock.
 */
final class MultiMapStore {

    private final String name;
    private final int partitionId;
    private final ValueCollectionType collectionType;
    private final EntryListeners listeners;
    private final Map<Data, Collection<Data>> values = new LinkedHashMap<>();
    private final KeyLocks locks;

    MultiMapStore(String name, Partition partition, ValueCollectionType collectionType, EntryListeners listeners,
            KeyLocks locks) {
        this.name = name;
        this.partitionId = partition.id();
        this.collectionType = collectionType;
        this.listeners = listeners;
        this.locks = locks;
    }

    KeyLocks locks() {
        return locks;
    }

    /** Whether the store holds nothing, neither values nor locks, so that it can be forgotten. */
    boolean isEmpty() {
        return values.isEmpty() && locks.isEmpty();
    }

    // ---- writes

    /** Adds a value to the key's values; false when a SET multimap has it already. */
    boolean put(Data key, Data value) {
        boolean added = values.computeIfAbsent(key, k -> collectionType.newCollection()).add(value);
        if (added) {
            listeners.publish(name, partitionId, ADDED, key, value, null);
        }
        return added;
    }

    /** Removes the key with all its values, one REMOVED event each as in 3.12; returns them. */
    List<Data> remove(Data key) {
        Collection<Data> removed = values.remove(key);
        if (removed == null) {
            return List.of();
        }
        for (Data value : removed) {
            listeners.publish(name, partitionId, REMOVED, key, null, value);
        }
        return List.copyOf(removed);
    }

    /** Removes one occurrence of the value from the key's values; false if the key does not have it. */
    boolean removeEntry(Data key, Data value) {
        Collection<Data> current = values.get(key);
        if (current == null || !current.remove(value)) {
            return false;
        }
        if (current.isEmpty()) {
            values.remove(key);
        }
        listeners.publish(name, partitionId, REMOVED, key, null, value);
        return true;
    }

    /** Removes the key with all its values and, as in 3.12, without events. */
    void delete(Data key) {
        values.remove(key);
    }

    /**
     * Removes every key that is not locked, with its values and without per-entry events (what 3.12's clear
     * does to a partition); returns how many keys went.
     */
    int removeUnlocked(long now) {
        int removed = 0;
        for (Iterator<Data> keys = values.keySet().iterator(); keys.hasNext(); ) {
            if (!locks.isLocked(keys.next(), now)) {
                keys.remove();
                removed++;
            }
        }
        return removed;
    }

    // ---- reads of one key

    /** The key's values, in the collection's order; empty if it has none. */
    List<Data> get(Data key) {
        Collection<Data> current = values.get(key);
        return current == null ? List.of() : List.copyOf(current);
    }

    boolean containsKey(Data key) {
        return values.containsKey(key);
    }

    boolean containsEntry(Data key, Data value) {
        Collection<Data> current = values.get(key);
        return current != null && current.contains(value);
    }

    int valueCount(Data key) {
        Collection<Data> current = values.get(key);
        return current == null ? 0 : current.size();
    }

    // ---- the whole partition

    /** How many values all keys have together. */
    int size() {
        int size = 0;
        for (Collection<Data> current : values.values()) {
            size += current.size();
        }
        return size;
    }

    boolean containsValue(Data value) {
        for (Collection<Data> current : values.values()) {
            if (current.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the keys to {@code out}, and returns it. */
    List<Data> keys(List<Data> out) {
        out.addAll(values.keySet());
        return out;
    }

    /** Adds the values of every key to {@code out}, and returns it. */
    List<Data> values(List<Data> out) {
        values.values().forEach(out::addAll);
        return out;
    }

    /** Adds one entry per value to {@code out}, keys repeated, and returns it. */
    List<Map.Entry<Data, Data>> entries(List<Map.Entry<Data, Data>> out) {
        values.forEach((key, current) -> current.forEach(value -> out.add(Map.entry(key, value))));
        return out;
    }
}
