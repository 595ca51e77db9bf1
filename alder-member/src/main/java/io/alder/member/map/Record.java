package io.alder.member.map;

import io.alder.serialization.Data;

/**
 * One map entry and its statistics, kept like 3.12's record: the creation sets the creation and update
 * times; an access (a read that finds the entry, or an update) counts a hit and moves the last access
 * time; an update moves the update time and the version. The expiration time follows from ttl (counted
 * from the last update) and max idle (counted from the last access, or the creation before any access).
 *
 * <p>Mutable, owned by its {@link RecordTable}; only touched under the partition lock.
 */
final class Record {

    /** Ttl and max idle of an entry that never expires, and the expiration time of such an entry. */
    static final long NEVER = Long.MAX_VALUE;

    final Data key;
    private Data value;
    private final long creationTime;
    private long lastAccessTime;
    private long lastUpdateTime;
    private long hits;
    private long version;
    private long ttl;
    private long maxIdle;
    private long expirationTime = NEVER;

    /** Index in the record table's slot array, the iteration order. */
    int slot = -1;
    /** Index in the expiry queue's heap, or -1 when not queued. */
    int heapIndex = -1;
    /** The time the expiry queue files this record under; never later than its expiration time. */
    long queuedAt;

    Record(Data key, Data value, long now, long requestedTtl, long requestedMaxIdle) {
        this.key = key;
        this.value = value;
        this.creationTime = now;
        this.lastUpdateTime = now;
        setExpiry(requestedTtl, requestedMaxIdle);
    }

    Data value() {
        return value;
    }

    long expirationTime() {
        return expirationTime;
    }

    boolean isExpiredAt(long now) {
        return now >= expirationTime;
    }

    /** A read found the entry, or an update touched it. */
    void onAccess(long now) {
        hits++;
        lastAccessTime = now;
        expirationTime = computeExpirationTime();
    }

    /** Replaces the value, counting an update and an access as 3.12 does for every write to an entry. */
    void update(Data newValue, long now) {
        value = newValue;
        version++;
        lastUpdateTime = now;
        onAccess(now);
    }

    /**
     * Applies the ttl and max idle an operation asked for, 3.12's way: a positive value is taken, 0 means
     * infinite, and a negative one ("the map's default") keeps what the entry had, which is infinite for
     * a new entry since Alder has no per-map expiry configuration yet.
     */
    void setExpiry(long requestedTtl, long requestedMaxIdle) {
        ttl = pick(requestedTtl, ttl);
        maxIdle = pick(requestedMaxIdle, maxIdle);
        expirationTime = computeExpirationTime();
    }

    EntryView view() {
        return new EntryView(key, value, (long) key.size() + value.size(), creationTime, expirationTime, hits,
                lastAccessTime, 0L, lastUpdateTime, version, 0L, ttl, maxIdle);
    }

    private static long pick(long requested, long existing) {
        if (requested > 0) {
            return requested;
        }
        if (requested < 0 && existing > 0) {
            return existing;
        }
        return NEVER;
    }

    private long computeExpirationTime() {
        long idleSince = lastAccessTime > 0 ? lastAccessTime : creationTime;
        return Math.min(deadline(lastUpdateTime, ttl), deadline(idleSince, maxIdle));
    }

    private static long deadline(long start, long duration) {
        if (duration == NEVER) {
            return NEVER;
        }
        long deadline = start + duration;
        return deadline < 0 ? NEVER : deadline;
    }
}
