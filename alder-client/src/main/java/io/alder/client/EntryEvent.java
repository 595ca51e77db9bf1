package io.alder.client;

/**
 * A change to one map entry, as a listener receives it.
 *
 * @param mapName the map the entry belongs to
 * @param eventType what happened: {@link EntryEventType#ADDED}, {@link EntryEventType#UPDATED},
 *     {@link EntryEventType#REMOVED}, {@link EntryEventType#EVICTED} or {@link EntryEventType#EXPIRED}
 * @param key the entry's key
 * @param value the value after the change; null for removals, evictions and expiries, and whenever the
 *     listener was added with {@code includeValue=false}
 * @param oldValue the value before the change; null for additions, and whenever the listener was added with
 *     {@code includeValue=false}
 * @param mergingValue the value that came from the other side of a healed split brain, null otherwise
 * @param memberUuid the uuid of the member where the change happened
 * @param <K> the key type
 * @param <V> the value type
 */
public record EntryEvent<K, V>(String mapName, EntryEventType eventType, K key, V value, V oldValue,
        V mergingValue, String memberUuid) {
}
