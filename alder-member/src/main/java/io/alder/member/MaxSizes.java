package io.alder.member;

import java.util.Map;

/**
 * How many items each structure of one kind holds at most, by name, as 3.12's {@code max-size} of queues,
 * sets and lists: an entry per name or wildcard pattern, and the entry {@code default} for the others, looked
 * up by {@link NamePatterns}' rules. A max size of 0 (3.12's default) means unbounded, which 3.12 reports as
 * a capacity of {@link Integer#MAX_VALUE}. Immutable.
 */
public final class MaxSizes {

    private static final int UNBOUNDED = 0;

    private final NamePatterns<Integer> maxSizes;

    /**
     * @param structure what the entries configure, for errors, e.g. {@code set}
     * @param maxSizes the max size of the structures each name or pattern covers; 0 for unbounded
     * @throws IllegalArgumentException for a negative max size, or patterns that match a name equally well
     */
    public MaxSizes(String structure, Map<String, Integer> maxSizes) {
        maxSizes.forEach((name, maxSize) -> {
            if (maxSize < 0) {
                throw new IllegalArgumentException("max size of " + structure + " '" + name + "': " + maxSize
                        + " (expected: >= 0, 0 = unbounded)");
            }
        });
        this.maxSizes = new NamePatterns<>(maxSizes, UNBOUNDED);
    }

    /** Every structure unbounded, as in 3.12 without configuration. */
    public static MaxSizes unbounded(String structure) {
        return new MaxSizes(structure, Map.of());
    }

    /** The max sizes by name or pattern, as given. */
    public Map<String, Integer> entries() {
        return maxSizes.entries();
    }

    /** How many items the structure {@code name} holds at most. */
    public int capacityOf(String name) {
        int maxSize = maxSizes.lookup(name);
        return maxSize == UNBOUNDED ? Integer.MAX_VALUE : maxSize;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MaxSizes sizes && entries().equals(sizes.entries());
    }

    @Override
    public int hashCode() {
        return entries().hashCode();
    }

    @Override
    public String toString() {
        return "MaxSizes" + entries();
    }
}
