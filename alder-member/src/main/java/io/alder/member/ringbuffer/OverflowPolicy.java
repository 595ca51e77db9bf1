package io.alder.member.ringbuffer;

/** What an add does when the ringbuffer has no room, with 3.12's wire ids. */
public enum OverflowPolicy {

    /** The oldest item makes room, even if it has not expired yet. */
    OVERWRITE(0),

    /** Nothing is added and the add answers -1 (see {@link RingbufferService#add}). */
    FAIL(1);

    private final int id;

    OverflowPolicy(int id) {
        this.id = id;
    }

    /** The id 3.12 sends for this policy. */
    public int id() {
        return id;
    }

    /**
     * The policy with this id.
     *
     * @throws IllegalArgumentException for an id 3.12 does not define
     */
    public static OverflowPolicy of(int id) {
        for (OverflowPolicy policy : values()) {
            if (policy.id == id) {
                return policy;
            }
        }
        throw new IllegalArgumentException("overflow policy: " + id + " (expected: 0 OVERWRITE or 1 FAIL)");
    }
}
