package io.alder.client.internal.proxy;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Converts the API's time arguments into the milliseconds that requests carry and the waits they imply. */
final class Durations {

    /** What requests carry for "the configured default" (ttl, maxIdle) or "until unlocked" (lease). */
    static final long UNSET = -1;

    private Durations() {
    }

    /**
     * Milliseconds as a request carries a time to live, maximum idle time, lease or timeout: a positive time
     * shorter than a millisecond becomes 1, so that it is not mistaken for 0 ("forever" or "do not wait"),
     * and every negative time becomes {@link #UNSET}.
     */
    static long toMillis(long time, TimeUnit unit) {
        long millis = Objects.requireNonNull(unit, "unit").toMillis(time);
        if (time < 0) {
            return UNSET;
        }
        return time > 0 && millis == 0 ? 1 : millis;
    }

    /**
     * How long the member may hold an operation with this timeout ({@code tryPut}, {@code tryLock}, ...):
     * null, "as long as it takes", for a negative timeout, which members treat as no timeout.
     */
    static Duration waitTime(long timeout, TimeUnit unit) {
        long millis = toMillis(timeout, unit);
        return millis == UNSET ? null : Duration.ofMillis(millis);
    }
}
