package io.alder.member.ringbuffer;

/**
 * A read asked for a sequence older than the ringbuffer's head: the item was overwritten or expired.
 * Endpoints report it as 3.12's {@code StaleSequenceException} (error 54), which 3.12 reliable topic
 * listeners use to notice lost messages.
 */
public final class StaleSequenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long headSequence;

    public StaleSequenceException(String message, long headSequence) {
        super(message);
        this.headSequence = headSequence;
    }

    /** The oldest sequence the ringbuffer still holds. */
    public long headSequence() {
        return headSequence;
    }
}
