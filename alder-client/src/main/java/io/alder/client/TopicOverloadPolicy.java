package io.alder.client;

/**
 * What publishing on a reliable topic does when its ringbuffer holds no room (which, as in 3.12, only
 * happens for a ringbuffer with a time to live: without one, the oldest message always makes room).
 */
public enum TopicOverloadPolicy {

    /** Overwrite the oldest message even if it has not expired. */
    DISCARD_OLDEST,

    /** Drop the new message; publish completes normally. */
    DISCARD_NEWEST,

    /** Try again, waiting from 100 ms doubling up to 2 s between tries, until there is room. */
    BLOCK,

    /** Fail the publish with a {@link TopicOverloadException}. */
    ERROR
}
