package io.alder.client;

/** What adding to a full ringbuffer does (3.12's {@code OverflowPolicy}, with its wire ids). */
public enum OverflowPolicy {

    /** The oldest item makes room, even if it has not expired. */
    OVERWRITE(0),

    /**
     * Nothing is added and the add answers -1 while the ringbuffer is full of items that have not expired;
     * as in 3.12, a ringbuffer without a time to live is never full in this sense.
     */
    FAIL(1);

    private final int id;

    OverflowPolicy(int id) {
        this.id = id;
    }

    /** The id sent on the wire. */
    public int id() {
        return id;
    }
}
