package io.alder.member.map;

import io.alder.serialization.Data;

/**
 * A snapshot of one entry and its statistics, as 3.12's {@code SimpleEntryView} reports them. Times are
 * epoch milliseconds; {@link Long#MAX_VALUE} means "never" for the expiration time and "infinite" for
 * ttl and max idle.
 *
 * @param key the key
 * @param value the value
 * @param cost the entry's size: the byte sizes of key and value
 * @param creationTime when the entry was created
 * @param expirationTime when the entry expires, from ttl and max idle
 * @param hits how often the entry was accessed: reads that found it and updates (3.12 counts both)
 * @param lastAccessTime the last access, 0 before the first one
 * @param lastStoredTime always 0: Alder has no map store
 * @param lastUpdateTime the last write, the creation time at first
 * @param version 0 at creation, +1 per update
 * @param evictionCriteriaNumber always 0, as in 3.12
 * @param ttl time to live in milliseconds
 * @param maxIdle max idle time in milliseconds
 */
public record EntryView(Data key, Data value, long cost, long creationTime, long expirationTime, long hits,
        long lastAccessTime, long lastStoredTime, long lastUpdateTime, long version, long evictionCriteriaNumber,
        long ttl, long maxIdle) {
}
