package io.alder.client;

/**
 * What happened to a map entry or to a whole map. Each type is one bit of the listener flags that a
 * registration sends, so that a member only sends the events a listener handles.
 */
public enum EntryEventType {

    /** An entry was added. */
    ADDED(1),
    /** An entry was removed. */
    REMOVED(1 << 1),
    /** An entry's value was replaced. */
    UPDATED(1 << 2),
    /** An entry was evicted. */
    EVICTED(1 << 3),
    /** Every entry of the map was evicted ({@code evictAll}). */
    EVICT_ALL(1 << 4),
    /** The map was cleared. */
    CLEAR_ALL(1 << 5),
    /** An entry was merged after a split brain healed. */
    MERGED(1 << 6),
    /** An entry expired (its time to live or maximum idle time ran out). */
    EXPIRED(1 << 7),
    /** A near cache entry was invalidated. */
    INVALIDATION(1 << 8),
    /** An entry was loaded from a map store. */
    LOADED(1 << 9);

    private static final EntryEventType[] VALUES = values();

    private final int flag;

    EntryEventType(int flag) {
        this.flag = flag;
    }

    /** The bit that stands for this type in listener flags and in event messages. */
    public int flag() {
        return flag;
    }

    /**
     * The type an event message carries.
     *
     * @throws IllegalArgumentException if {@code flag} is not exactly one known bit
     */
    public static EntryEventType ofFlag(int flag) {
        for (EntryEventType type : VALUES) {
            if (type.flag == flag) {
                return type;
            }
        }
        throw new IllegalArgumentException("entry event type: " + flag + " (expected: one of the bits 1..512)");
    }
}
