package io.alder.member;

import io.alder.member.semaphore.SemaphoreSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * The engine's settings, validated once.
 *
 * @param partitionCount how many partitions the member has (3.12's default is 271)
 * @param clientCleanupDelay how long a client may be gone before its locks, permits and registrations are
 *     released (3.12's {@code hazelcast.client.endpoint.remove.delay.seconds}, 60 s)
 * @param semaphores the configuration of semaphores by name (3.12's {@code semaphore} configuration)
 */
public record EngineSettings(int partitionCount, Duration clientCleanupDelay,
        NamedSettings<SemaphoreSettings> semaphores) {

    public static final EngineSettings DEFAULTS = new EngineSettings(271, Duration.ofSeconds(60));

    public EngineSettings {
        if (partitionCount < 1 || partitionCount > 65_535) {
            throw new IllegalArgumentException("partition count: " + partitionCount + " (expected: 1..65535)");
        }
        Objects.requireNonNull(clientCleanupDelay, "clientCleanupDelay");
        if (clientCleanupDelay.isNegative()) {
            throw new IllegalArgumentException("client cleanup delay must not be negative: " + clientCleanupDelay);
        }
        Objects.requireNonNull(semaphores, "semaphores");
    }

    /** Settings with the default configuration of every kind of structure. */
    public EngineSettings(int partitionCount, Duration clientCleanupDelay) {
        this(partitionCount, clientCleanupDelay, NamedSettings.uniform(SemaphoreSettings.DEFAULTS));
    }
}
