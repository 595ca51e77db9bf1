package io.alder.member;

import java.time.Duration;
import java.util.Objects;

/**
 * The engine's settings, validated once.
 *
 * @param partitionCount how many partitions keys are spread over (3.12's default is 271)
 * @param clientCleanupDelay how long a client may be gone before its locks and registrations are released
 *     (3.12's {@code hazelcast.client.endpoint.remove.delay.seconds}, 60 s)
 */
public record EngineSettings(int partitionCount, Duration clientCleanupDelay) {

    public static final EngineSettings DEFAULTS = new EngineSettings(271, Duration.ofSeconds(60));

    public EngineSettings {
        if (partitionCount < 1 || partitionCount > 65_535) {
            throw new IllegalArgumentException("partition count: " + partitionCount + " (expected: 1..65535)");
        }
        Objects.requireNonNull(clientCleanupDelay, "clientCleanupDelay");
        if (clientCleanupDelay.isNegative()) {
            throw new IllegalArgumentException("client cleanup delay must not be negative: " + clientCleanupDelay);
        }
    }
}
