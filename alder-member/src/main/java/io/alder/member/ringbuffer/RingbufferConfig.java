package io.alder.member.ringbuffer;

import java.util.Objects;

/**
 * The settings of one ringbuffer, as 3.12's {@code RingbufferConfig} has them.
 *
 * @param capacity how many items it holds; an add to a full ringbuffer drops the oldest (or fails, see
 *     {@link OverflowPolicy})
 * @param timeToLiveSeconds how long an item stays, 0 for as long as there is room
 * @param inMemoryFormat accepted for 3.12 compatibility; Alder keeps items serialized either way
 */
public record RingbufferConfig(int capacity, int timeToLiveSeconds, InMemoryFormat inMemoryFormat) {

    /** 3.12's defaults: 10000 items, no time to live, BINARY. */
    public static final RingbufferConfig DEFAULT = new RingbufferConfig(10_000, 0, InMemoryFormat.BINARY);

    public RingbufferConfig {
        if (capacity < 1) {
            throw new IllegalArgumentException("ringbuffer capacity: " + capacity + " (expected: >= 1)");
        }
        if (timeToLiveSeconds < 0) {
            throw new IllegalArgumentException("ringbuffer time to live: " + timeToLiveSeconds
                    + " seconds (expected: >= 0, 0 for none)");
        }
        Objects.requireNonNull(inMemoryFormat, "inMemoryFormat");
    }

    public RingbufferConfig withCapacity(int value) {
        return new RingbufferConfig(value, timeToLiveSeconds, inMemoryFormat);
    }

    public RingbufferConfig withTimeToLiveSeconds(int value) {
        return new RingbufferConfig(capacity, value, inMemoryFormat);
    }

    public RingbufferConfig withInMemoryFormat(InMemoryFormat value) {
        return new RingbufferConfig(capacity, timeToLiveSeconds, value);
    }
}
