package io.alder.client;

/** What happened to an item of a queue, set or list. */
public enum ItemEventType {

    /** An item was added. */
    ADDED(1),
    /** An item was removed. */
    REMOVED(2);

    private final int code;

    ItemEventType(int code) {
        this.code = code;
    }

    /** The code that stands for this type in event messages. */
    public int code() {
        return code;
    }

    /**
     * The type an event message carries.
     *
     * @throws IllegalArgumentException if {@code code} is neither 1 nor 2
     */
    public static ItemEventType ofCode(int code) {
        for (ItemEventType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("item event type: " + code + " (expected: 1 or 2)");
    }
}
