package io.alder.member.replicatedmap;

import static io.alder.member.map.EntryEventType.ADDED;
import static io.alder.member.map.EntryEventType.EVICTED;
import static io.alder.member.map.EntryEventType.REMOVED;
import static io.alder.member.map.EntryEventType.UPDATED;

import io.alder.member.map.EntryListeners;
import io.alder.member.partition.Partition;
import io.alder.serialization.Data;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One replicated map's entries in one partition, with the events 3.12 publishes for each change. An entry
 * put with a time to live is evicted (an EVICTED event with its value as the old value) when it runs out, by
 * a task on the scheduler, or earlier if it is looked at after that. Only touched under the partition lock,
 * except for the eviction task, which takes it.
 */
final class ReplicatedStore {

    private final String name;
    private final Partition partition;
    private final EntryListeners listeners;
    private final ScheduledExecutorService scheduler;
    private final Map<Data, Entry> entries = new LinkedHashMap<>();

    ReplicatedStore(String name, Partition partition, EntryListeners listeners, ScheduledExecutorService scheduler) {
        this.name = name;
        this.partition = partition;
        this.listeners = listeners;
        this.scheduler = scheduler;
    }

    boolean isEmpty(long now) {
        evictDue(now);
        return entries.isEmpty();
    }

    /**
     * Stores the value, with an ADDED or UPDATED event; returns the previous value or null.
     *
     * @param ttlMillis how long the entry lives; 0 (or a time past the end of time) forever
     */
    Data put(Data key, Data value, long ttlMillis, long now) {
        Entry previous = live(key, now);
        boolean expires = ttlMillis > 0 && now + ttlMillis > 0;
        Entry entry = new Entry(value, expires ? now + ttlMillis : Long.MAX_VALUE);
        entries.put(key, entry);
        if (previous != null) {
            previous.cancelEviction();
        }
        if (expires) {
            entry.eviction = scheduler.schedule(() -> evictWhenDue(key, entry), ttlMillis, TimeUnit.MILLISECONDS);
        }
        Data old = previous == null ? null : previous.value;
        listeners.publish(name, partition.id(), old == null ? ADDED : UPDATED, key, value, old);
        return old;
    }

    Data get(Data key, long now) {
        Entry entry = live(key, now);
        return entry == null ? null : entry.value;
    }

    /**
     * Removes the entry; returns its value or null. As in 3.12 a REMOVED event goes out either way, with the
     * removed value as its old value (null when there was none).
     */
    Data remove(Data key, long now) {
        Entry entry = live(key, now);
        if (entry != null) {
            entries.remove(key);
            entry.cancelEviction();
        }
        Data old = entry == null ? null : entry.value;
        listeners.publish(name, partition.id(), REMOVED, key, null, old);
        return old;
    }

    /** Removes every entry without events of their own; returns how many there were. */
    int clear(long now) {
        evictDue(now);
        int removed = entries.size();
        entries.values().forEach(Entry::cancelEviction);
        entries.clear();
        return removed;
    }

    int size(long now) {
        evictDue(now);
        return entries.size();
    }

    boolean containsValue(Data value, long now) {
        evictDue(now);
        return entries.values().stream().anyMatch(entry -> entry.value.equals(value));
    }

    /** Adds the keys to {@code out}, and returns it. */
    List<Data> keys(long now, List<Data> out) {
        evictDue(now);
        out.addAll(entries.keySet());
        return out;
    }

    /** Adds the values to {@code out}, and returns it. */
    List<Data> values(long now, List<Data> out) {
        evictDue(now);
        entries.values().forEach(entry -> out.add(entry.value));
        return out;
    }

    /** Adds the entries to {@code out}, and returns it. */
    List<Map.Entry<Data, Data>> entries(long now, List<Map.Entry<Data, Data>> out) {
        evictDue(now);
        entries.forEach((key, entry) -> out.add(Map.entry(key, entry.value)));
        return out;
    }

    /** Stops the eviction tasks; for a store whose map is destroyed. */
    void dispose() {
        entries.values().forEach(Entry::cancelEviction);
    }

    /** The entry, unless it is absent or its time to live has run out (it is then evicted). */
    private Entry live(Data key, long now) {
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt <= now) {
            evict(key, entry);
            return null;
        }
        return entry;
    }

    /** Evicts every entry whose time to live has run out, so that whole-map reads never see one. */
    private void evictDue(long now) {
        for (Iterator<Map.Entry<Data, Entry>> all = entries.entrySet().iterator(); all.hasNext(); ) {
            Map.Entry<Data, Entry> next = all.next();
            if (next.getValue().expiresAt <= now) {
                all.remove();
                evicted(next.getKey(), next.getValue());
            }
        }
    }

    private void evictWhenDue(Data key, Entry entry) {
        partition.lock();
        try {
            if (entries.get(key) == entry) {
                evict(key, entry);
            }
        } finally {
            partition.unlock();
        }
    }

    private void evict(Data key, Entry entry) {
        entries.remove(key);
        evicted(key, entry);
    }

    private void evicted(Data key, Entry entry) {
        entry.cancelEviction();
        listeners.publish(name, partition.id(), EVICTED, key, null, entry.value);
    }

    /** One entry's value and when its time to live runs out ({@link Long#MAX_VALUE}: never). */
    private static final class Entry {
        final Data value;
        final long expiresAt;
        ScheduledFuture<?> eviction;

        Entry(Data value, long expiresAt) {
            this.value = value;
            this.expiresAt = expiresAt;
        }

        void cancelEviction() {
            if (eviction != null) {
                eviction.cancel(false);
                eviction = null;
            }
        }
    }
}
