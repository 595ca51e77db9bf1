package io.alder.member.map;

/** The kinds of entry events, with the bit values 3.12 uses both in events and in listener flags. */
public enum EntryEventType {
    ADDED(1),
    REMOVED(2),
    UPDATED(4),
    EVICTED(8),
    EVICT_ALL(16),
    CLEAR_ALL(32),
    MERGED(64),
    EXPIRED(128),
    INVALIDATION(256),
    LOADED(512);

    private final int flag;

    EntryEventType(int flag) {
        this.flag = flag;
    }

    /** The event's id on the wire and its bit in a listener's flags. */
    public int flag() {
        return flag;
    }

    /** Whether a listener registered with {@code listenerFlags} wants this kind of event. */
    public boolean isIn(int listenerFlags) {
        return (listenerFlags & flag) != 0;
    }
}
