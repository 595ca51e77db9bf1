package io.alder.member.map;

import io.alder.serialization.Data;

/**
 * An entry event, with the fields of 3.12's ENTRY event. Per 3.12: ADDED carries the value; UPDATED the
 * value and the old value; REMOVED, EVICTED and EXPIRED the old value (a delete's REMOVED carries only
 * the key); EVICT_ALL and CLEAR_ALL carry no key or value, only the number of affected entries. Values
 * are null for listeners registered without values.
 *
 * @param mapName the map the event happened in
 * @param key the entry's key; null for map-wide events
 * @param value the new value, or null
 * @param oldValue the previous value, or null
 * @param mergingValue the value of a merge; always null, Alder does not merge
 * @param type what happened
 * @param memberUuid the uuid of the member where it happened
 * @param numberOfAffectedEntries 1, or the entry count of a map-wide event
 * @param partitionId the key's partition, or -1 for map-wide events
 */
public record MapEntryEvent(String mapName, Data key, Data value, Data oldValue, Data mergingValue,
        EntryEventType type, String memberUuid, int numberOfAffectedEntries, int partitionId) {
}
