package io.alder.client;

/**
 * A snapshot of one map entry with its statistics, as {@link AlderMap#getEntryView} returns it. Times are
 * epoch milliseconds as the owning member's clock reads them; durations are milliseconds.
 *
 * @param key the entry's key
 * @param value the entry's value
 * @param cost the memory the entry takes on the member, in bytes
 * @param creationTime when the entry was created
 * @param expirationTime when the entry expires, or {@link Long#MAX_VALUE} if never
 * @param hits how many times the entry was read
 * @param lastAccessTime when the entry was last read or written
 * @param lastStoredTime when the entry was last written to a map store, 0 if never
 * @param lastUpdateTime when the entry's value was last written
 * @param version how many times the entry's value was written after its creation
 * @param ttl the entry's time to live
 * @param maxIdle the entry's maximum idle time
 * @param <K> the key type
 * @param <V> the value type
 */
public record EntryView<K, V>(K key, V value, long cost, long creationTime, long expirationTime, long hits,
        long lastAccessTime, long lastStoredTime, long lastUpdateTime, long version, long ttl, long maxIdle) {
}
