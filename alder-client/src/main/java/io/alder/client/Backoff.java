package io.alder.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, for {@link ClientConfig#reconnectBackoff()}: the pause before attempt
 * {@code n} (1-based) is {@code initial * multiplier^(n-1)}, capped at {@code max}, then moved by up to
 * {@code jitter} of itself in either direction, so that many clients that lost the same member do not come
 * back in lockstep.
 *
 * @param initial the pause before the first attempt
 * @param max the longest pause
 * @param multiplier how much each pause grows over the one before, at least 1
 * @param jitter the fraction, 0..1, by which a pause may be shortened or lengthened at random
 */
public record Backoff(Duration initial, Duration max, double multiplier, double jitter) {

    private static final Backoff DEFAULTS = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 2, 0.2);

    /**
     * @throws IllegalArgumentException unless {@code 0 <= initial <= max}, {@code multiplier >= 1} and
     *     {@code 0 <= jitter <= 1}
     */
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

    /** 100 ms, doubling up to 5 s, with 20 % jitter. */
    public static Backoff defaults() {
        return DEFAULTS;
    }

    /** The pause before the given attempt, jitter included; attempts count from 1. */
    public Duration pause(int attempt) {
        double base = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(base, max.toNanos());
        double spread = jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Duration.ofNanos(Math.max(0, Math.round(capped * (1 + spread))));
    }
}
