package io.alder.member.ringbuffer;

import io.alder.member.NamePatterns;
import java.util.Map;

/**
 * The ringbuffer settings of a member, by name or name pattern, looked up as a 3.12 member does: a reliable
 * topic's ringbuffer {@code _hz_rb_<topic>} is configured as {@code <topic>}; every name then follows
 * {@link NamePatterns}' rules (exact name, best pattern, {@code default}, else {@link RingbufferConfig#DEFAULT};
 * a partition suffix {@code @key} ignored). Immutable and thread-safe.
 */
public final class RingbufferConfigs {

    /** No configured ringbuffers: every one gets {@link RingbufferConfig#DEFAULT}. */
    public static final RingbufferConfigs NONE = new RingbufferConfigs(Map.of());

    /** The prefix 3.12 clients put before a reliable topic's name to name its ringbuffer. */
    public static final String RELIABLE_TOPIC_PREFIX = "_hz_rb_";

    private final NamePatterns<RingbufferConfig> byName;

    /**
     * @param byName settings by ringbuffer name, name pattern or {@code default}
     * @throws IllegalArgumentException if two patterns match some name equally well and nothing better does
     */
    public RingbufferConfigs(Map<String, RingbufferConfig> byName) {
        this.byName = new NamePatterns<>(byName, RingbufferConfig.DEFAULT);
    }

    /** The configured entries, by name or pattern. */
    public Map<String, RingbufferConfig> asMap() {
        return byName.entries();
    }

    /** The settings of the ringbuffer {@code name}. */
    public RingbufferConfig forRingbuffer(String name) {
        return byName.lookup(name.startsWith(RELIABLE_TOPIC_PREFIX)
                ? name.substring(RELIABLE_TOPIC_PREFIX.length()) : name);
    }
}
