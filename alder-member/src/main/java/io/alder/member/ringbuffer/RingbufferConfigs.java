package io.alder.member.ringbuffer;

import java.util.Map;

/**
 * The ringbuffer settings of a member, by name or name pattern, looked up as a 3.12 member does:
 *
 * <ol>
 *   <li>a reliable topic's ringbuffer {@code _hz_rb_<topic>} is looked up as {@code <topic>}, and a name
 *       {@code base@partitionKey} as {@code base};</li>
 *   <li>an entry with exactly that name;</li>
 *   <li>else the pattern (one {@code *} standing for any text) that matches with the most literal
 *       characters; two that match equally well are a configuration error;</li>
 *   <li>else the entry named {@code default};</li>
 *   <li>else {@link RingbufferConfig#DEFAULT}.</li>
 * </ol>
 *
 * Immutable and thread-safe.
 */
public final class RingbufferConfigs {

    /** No configured ringbuffers: every one gets {@link RingbufferConfig#DEFAULT}. */
    public static final RingbufferConfigs NONE = new RingbufferConfigs(Map.of());

    /** The prefix 3.12 clients put before a reliable topic's name to name its ringbuffer. */
    public static final String RELIABLE_TOPIC_PREFIX = "_hz_rb_";

    private static final String DEFAULT_NAME = "default";
    private static final char WILDCARD = '*';

    private final Map<String, RingbufferConfig> byName;

    /**
     * @param byName settings by ringbuffer name, name pattern or {@code default}
     * @throws IllegalArgumentException for a pattern with more than one {@code *}
     */
    public RingbufferConfigs(Map<String, RingbufferConfig> byName) {
        for (String name : byName.keySet()) {
            if (name.indexOf(WILDCARD) != name.lastIndexOf(WILDCARD)) {
                throw new IllegalArgumentException("ringbuffer name pattern '" + name
                        + "' has more than one '*' (expected: at most one)");
            }
        }
        this.byName = Map.copyOf(byName);
    }

    /** The configured entries, by name or pattern. */
    public Map<String, RingbufferConfig> asMap() {
        return byName;
    }

    /**
     * The settings of the ringbuffer {@code name}.
     *
     * @throws IllegalStateException if two patterns match it equally well
     */
    public RingbufferConfig forRingbuffer(String name) {
        String configName = baseName(name.startsWith(RELIABLE_TOPIC_PREFIX)
                ? name.substring(RELIABLE_TOPIC_PREFIX.length()) : name);
        RingbufferConfig exact = byName.get(configName);
        if (exact != null) {
            return exact;
        }
        RingbufferConfig matched = bestPattern(name, configName);
        if (matched != null) {
            return matched;
        }
        return byName.getOrDefault(DEFAULT_NAME, RingbufferConfig.DEFAULT);
    }

    private RingbufferConfig bestPattern(String ringbufferName, String configName) {
        String best = null;
        int bestPoint = -1;
        boolean tied = false;
        for (String pattern : byName.keySet()) {
            int point = matchingPoint(pattern, configName);
            if (point > bestPoint) {
                best = pattern;
                bestPoint = point;
                tied = false;
            } else if (point == bestPoint && point >= 0) {
                tied = true;
            }
        }
        if (tied) {
            throw new IllegalStateException("ringbuffer " + ringbufferName + " matches several configured name "
                    + "patterns equally well, among them '" + best + "'");
        }
        return best == null ? null : byName.get(best);
    }

    /** How many literal characters of a pattern match the name, or -1 if it does not match. */
    private static int matchingPoint(String pattern, String name) {
        int wildcard = pattern.indexOf(WILDCARD);
        if (wildcard < 0) {
            return -1;
        }
        String prefix = pattern.substring(0, wildcard);
        String suffix = pattern.substring(wildcard + 1);
        // As in 3.12, prefix and suffix may overlap in the name.
        if (!name.startsWith(prefix) || !name.endsWith(suffix)) {
            return -1;
        }
        return prefix.length() + suffix.length();
    }

    /** A name without its partition key: {@code base@key} is configured as {@code base}. */
    private static String baseName(String name) {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }
}
