package io.alder.member.queue;

import io.alder.member.MaxSizes;
import java.util.Map;

/**
 * How many items each queue holds at most, by queue name, as 3.12's {@code queue} configuration with its
 * {@code max-size}: see {@link MaxSizes}; a max size of 0 (3.12's default) means unbounded, which 3.12 reports
 * as a capacity of {@link Integer#MAX_VALUE}. Immutable.
 */
public final class QueueSettings {

    /** Every queue unbounded, as in 3.12 without queue configuration. */
    public static final QueueSettings DEFAULTS = new QueueSettings(Map.of());

    private final MaxSizes maxSizes;

    /**
     * @param maxSizes the max size of the queues each name or pattern covers; 0 for unbounded
     * @throws IllegalArgumentException for a negative max size, or patterns that match a name equally well
     */
    public QueueSettings(Map<String, Integer> maxSizes) {
        this.maxSizes = new MaxSizes("queue", maxSizes);
    }

    /** The max sizes by queue name or pattern, as given. */
    public Map<String, Integer> maxSizes() {
        return maxSizes.entries();
    }

    /** How many items the queue {@code name} holds at most. */
    public int capacityOf(String name) {
        return maxSizes.capacityOf(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueueSettings settings && maxSizes.equals(settings.maxSizes);
    }

    @Override
    public int hashCode() {
        return maxSizes.hashCode();
    }

    @Override
    public String toString() {
        return "QueueSettings" + maxSizes();
    }
}
