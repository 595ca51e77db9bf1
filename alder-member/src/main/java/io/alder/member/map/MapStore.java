package io.alder.member.map;

import static io.alder.member.map.EntryEventType.ADDED;
import static io.alder.member.map.EntryEventType.EVICTED;
import static io.alder.member.map.EntryEventType.EXPIRED;
import static io.alder.member.map.EntryEventType.REMOVED;
import static io.alder.member.map.EntryEventType.UPDATED;

import io.alder.member.CallerId;
import io.alder.member.lock.KeyLocks;
import io.alder.member.partition.Partition;
import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One map's data in one partition: its records and key locks, and the 3.12 semantics of every
 * operation on them, including the events each one publishes. Lock waiting is not its concern: callers
 * only call a write after checking {@link #isLockedByOther}.
 *
 * <p>An entry whose expiration time has come disappears (with EVICTED and EXPIRED events, as in 3.12)
 * the first time it is looked at, or when the expiry sweep finds it; a locked entry does not expire
 * while it is locked. Only touched under the partition lock; {@code now} is the engine clock's time.
 */
final class MapStore {

    /** Ttl or max idle argument that keeps what the entry has. */
    private static final long KEEP = -1;

    private final String name;
    private final int partitionId;
    private final EntryListeners listeners;
    private final RecordTable records = new RecordTable();
    private final KeyLocks locks;

    MapStore(String name, Partition partition, EntryListeners listeners, ScheduledExecutorService scheduler) {
        this.name = name;
        this.partitionId = partition.id();
        this.listeners = listeners;
        this.locks = new KeyLocks(MapService.SERVICE_NAME, name, partition, scheduler);
    }

    // ---- reads

    Data get(Data key, long now) {
        Record record = live(key, now);
        if (record == null) {
            return null;
        }
        access(record, now);
        return record.value();
    }

    boolean containsKey(Data key, long now) {
        Record record = live(key, now);
        if (record != null) {
            access(record, now);
        }
        return record != null;
    }

    EntryView entryView(Data key, long now) {
        Record record = live(key, now);
        return record == null ? null : record.view();
    }

    void getAll(List<Data> keys, long now, List<Map.Entry<Data, Data>> found) {
        for (Data key : keys) {
            Record record = live(key, now);
            if (record != null) {
                access(record, now);
                found.add(Map.entry(key, record.value()));
            }
        }
    }

    // ---- writes

    /** Puts the value; returns the previous one or null. */
    Data put(Data key, Data value, long ttl, long maxIdle, long now) {
        Record record = live(key, now);
        if (record == null) {
            insert(key, value, ttl, maxIdle, now);
            return null;
        }
        Data previous = record.value();
        update(record, value, previous, ttl, maxIdle, now);
        return previous;
    }

    /** Puts the value if the key is absent; returns the present value (counting an access) or null. */
    Data putIfAbsent(Data key, Data value, long ttl, long maxIdle, long now) {
        Record record = live(key, now);
        if (record == null) {
            insert(key, value, ttl, maxIdle, now);
            return null;
        }
        access(record, now);
        return record.value();
    }

    void putAll(List<Map.Entry<Data, Data>> entries, long now) {
        for (Map.Entry<Data, Data> entry : entries) {
            put(entry.getKey(), entry.getValue(), KEEP, KEEP, now);
        }
    }

    /** Replaces the value of a present entry, keeping its ttl and max idle; returns the previous value. */
    Data replace(Data key, Data value, long now) {
        Record record = live(key, now);
        if (record == null) {
            return null;
        }
        Data previous = record.value();
        update(record, value, previous, KEEP, KEEP, now);
        return previous;
    }

    boolean replaceIfSame(Data key, Data expected, Data value, long now) {
        Record record = live(key, now);
        if (record == null || !record.value().equals(expected)) {
            return false;
        }
        update(record, value, expected, KEEP, KEEP, now);
        return true;
    }

    /** Removes the entry; returns its value or null. */
    Data remove(Data key, long now) {
        Record record = live(key, now);
        if (record == null) {
            return null;
        }
        records.remove(record);
        publish(REMOVED, key, null, record.value());
        return record.value();
    }

    /** Removes the entry without returning its value; its REMOVED event carries no value, as in 3.12. */
    boolean delete(Data key, long now) {
        Record record = live(key, now);
        if (record == null) {
            return false;
        }
        records.remove(record);
        publish(REMOVED, key, null, null);
        return true;
    }

    boolean removeIfSame(Data key, Data expected, long now) {
        Record record = live(key, now);
        if (record == null || !record.value().equals(expected)) {
            return false;
        }
        records.remove(record);
        publish(REMOVED, key, null, expected);
        return true;
    }

    boolean evict(Data key, long now) {
        Record record = live(key, now);
        if (record == null) {
            return false;
        }
        records.remove(record);
        publish(EVICTED, key, null, record.value());
        return true;
    }

    /**
     * Gives a present entry a new ttl (max idle unchanged). As in 3.12 the ttl counts from the last
     * update, and the change is neither an access nor an update.
     */
    boolean setTtl(Data key, long ttl, long now) {
        Record record = live(key, now);
        if (record == null) {
            return false;
        }
        record.setExpiry(ttl, KEEP);
        records.expiryChanged(record);
        return true;
    }

    // ---- map-wide, per partition

    int size(long now) {
        expireDue(now, Integer.MAX_VALUE);
        return records.size();
    }

    boolean containsValue(Data value, long now) {
        expireDue(now, Integer.MAX_VALUE);
        return records.anyMatch(record -> record.value().equals(value));
    }

    void keys(long now, List<Data> out) {
        expireDue(now, Integer.MAX_VALUE);
        records.forEach(record -> out.add(record.key));
    }

    void values(long now, List<Data> out) {
        expireDue(now, Integer.MAX_VALUE);
        records.forEach(record -> out.add(record.value()));
    }

    void entries(long now, List<Map.Entry<Data, Data>> out) {
        expireDue(now, Integer.MAX_VALUE);
        records.forEach(record -> out.add(Map.entry(record.key, record.value())));
    }

    /**
     * Removes every entry whose key is not locked, without per-entry events (what 3.12's clear and
     * evictAll do to a partition); returns how many went.
     */
    int removeUnlocked(long now) {
        int[] removed = new int[1];
        records.forEach(record -> {
            if (!locks.isLocked(record.key, now)) {
                records.remove(record);
                removed[0]++;
            }
        });
        return removed[0];
    }

    IterationBatch<Data> fetchKeys(int cursor, int batch, long now) {
        List<Data> keys = new ArrayList<>(Math.min(batch, records.size()));
        int next = records.fetch(cursor, batch, now, record -> keys.add(record.key));
        return new IterationBatch<>(next, keys);
    }

    IterationBatch<Map.Entry<Data, Data>> fetchEntries(int cursor, int batch, long now) {
        List<Map.Entry<Data, Data>> entries = new ArrayList<>(Math.min(batch, records.size()));
        int next = records.fetch(cursor, batch, now, record -> entries.add(Map.entry(record.key, record.value())));
        return new IterationBatch<>(next, entries);
    }

    /**
     * Expires up to {@code limit} entries whose time has come. Locked ones stay and are looked at again
     * a moment later.
     */
    void expireDue(long now, int limit) {
        Record record;
        for (int expired = 0; expired < limit && (record = records.pollExpired(now)) != null; expired++) {
            if (locks.isLocked(record.key, now)) {
                records.postponeExpiry(record, now + 1);
            } else {
                expire(record);
            }
        }
    }

    // ---- locks

    boolean isLocked(Data key, long now) {
        return locks.isLocked(key, now);
    }

    boolean isLockedByOther(Data key, CallerId caller, long now) {
        return locks.isLockedByOther(key, caller, now);
    }

    boolean lock(Data key, CallerId caller, long leaseMillis, long referenceId, long now) {
        return locks.lock(key, caller, leaseMillis, referenceId, now);
    }

    void unlock(Data key, CallerId caller, long referenceId, long now) {
        locks.unlock(key, caller, referenceId, now);
    }

    boolean forceUnlock(Data key, long now) {
        return locks.forceUnlock(key, now);
    }

    void releaseLocksOf(String clientUuid) {
        locks.releaseAllOf(clientUuid);
    }

    /** Stops the store's timers; for a store whose map is destroyed. */
    void dispose() {
        locks.cancelLeases();
    }

    // ---- internals

    /** The entry, unless it is absent or expires now (it is then removed, with its events). */
    private Record live(Data key, long now) {
        Record record = records.get(key);
        if (record == null || !record.isExpiredAt(now) || locks.isLocked(key, now)) {
            return record;
        }
        expire(record);
        return null;
    }

    private void insert(Data key, Data value, long ttl, long maxIdle, long now) {
        records.add(new Record(key, value, now, ttl, maxIdle));
        publish(ADDED, key, value, null);
    }

    private void update(Record record, Data value, Data eventOldValue, long ttl, long maxIdle, long now) {
        record.update(value, now);
        record.setExpiry(ttl, maxIdle);
        records.expiryChanged(record);
        publish(UPDATED, record.key, value, eventOldValue);
    }

    private void access(Record record, long now) {
        record.onAccess(now);
        records.expiryChanged(record);
    }

    private void expire(Record record) {
        records.remove(record);
        publish(EVICTED, record.key, null, record.value());
        publish(EXPIRED, record.key, null, record.value());
    }

    private void publish(EntryEventType type, Data key, Data value, Data oldValue) {
        listeners.publish(name, partitionId, type, key, value, oldValue);
    }
}
