package io.alder.member.queue;

/** What happened to a queue item, with the codes 3.12 puts into ITEM events. */
public enum ItemEventType {

    /** An item was added (offer, put, addAll). */
    ADDED(1),

    /** An item was removed (poll, take, remove, drain, removeAll, retainAll, clear). */
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
