package io.alder.member;

import io.alder.member.ringbuffer.RingbufferConfigs;
import java.time.Duration;
import java.util.Objects;

/**
 * The engine's settings, validated once.
 *
 * @param partitionCount how many partitions keys are spread over (3.12's default is 271)
 * @param clientCleanupDelay how long a client may be gone before its locks and registrations are released
 *     (3.12's {@code hazelcast.client.endpoint.remove.delay.seconds}, 60 s)
 * @param ringbuffers the settings of ringbuffers by name ({@link RingbufferConfigs#NONE}: 3.12's defaults)
 */
public record EngineSettings(int partitionCount, Duration clientCleanupDelay, RingbufferConfigs ringbuffers) {

    public static final EngineSettings DEFAULTS = new EngineSettings(271, Duration.ofSeconds(60));

    /** Settings with every ringbuffer at 3.12's defaults. */
    public EngineSettings(int partitionCount, Duration clientCleanupDelay) {
        this(partitionCount, clientCleanupDelay, RingbufferConfigs.NONE);
    }

    public EngineSettings {
        if (partitionCount < 1 || partitionCount > 65_535) {
            throw new IllegalArgumentException("partition count: " + partitionCount + " (expected: 1..65535)");
        }
        Objects.requireNonNull(clientCleanupDelay, "clientCleanupDelay");
        if (clientCleanupDelay.isNegative()) {
            throw new IllegalArgumentException("client cleanup delay must not be negative: " + clientCleanupDelay);
        }
        Objects.requireNonNull(ringbuffers, "ringbuffers");
    }
}
