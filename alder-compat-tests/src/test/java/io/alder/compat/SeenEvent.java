package io.alder.compat;

import com.hazelcast.core.EntryEventType;

/**
 * What a map listener was told, reduced to comparable fields. Map-wide events (EVICT_ALL, CLEAR_ALL)
 * have no key or values but a count; entry events have a count of 1, as on the wire.
 */
record SeenEvent(EntryEventType type, Object key, Object value, Object oldValue, int affectedEntries) {

    static SeenEvent entry(EntryEventType type, Object key, Object value, Object oldValue) {
        return new SeenEvent(type, key, value, oldValue, 1);
    }

    static SeenEvent mapWide(EntryEventType type, int affectedEntries) {
        return new SeenEvent(type, null, null, null, affectedEntries);
    }
}
