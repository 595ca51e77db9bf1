package io.alder.client.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the pause before attempt {@code n} (1-based) is
 * {@code initial * multiplier^(n-1)}, capped at {@code max}, then moved by up to {@code jitter} of itself
 * in either direction so that many clients that lost the same member do not come back in lockstep.
 *
 * @param jitter the fraction, 0..1, by which a pause may be shortened or lengthened at random
 */
public record Backoff(Duration initial, Duration max, double multiplier, double jitter) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff: initial " + initial + ", max " + max
                    + " (expected: 0 <= initial <= max)");
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("backoff multiplier: " + multiplier + " (expected: >= 1)");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("backoff jitter: " + jitter + " (expected: 0..1)");
        }
    }

    /** The pause before the given attempt, in nanoseconds; attempts count from 1. */
    public long delayNanos(int attempt) {
        double base = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(base, max.toNanos());
        double spread = jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Math.max(0, Math.round(capped * (1 + spread)));
    }
}
