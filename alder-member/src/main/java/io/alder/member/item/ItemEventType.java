package io.alder.member.item;

/** What happened to an item of a queue, set or list, with the codes 3.12 puts into ITEM events. */
public enum ItemEventType {

    /** An item was added. */
    ADDED(1),

    /** An item was removed. */
    REMOVED(2);

    private final int code;

    ItemEventType(int code) {
        this.code = code;
    }

    /** The event type's code on the wire. */
    public int code() {
        return code;
    }
}
