package io.alder.member;

import io.alder.member.multimap.MultiMapSettings;
import io.alder.member.queue.QueueSettings;
import io.alder.member.ringbuffer.RingbufferConfigs;
import io.alder.member.semaphore.SemaphoreSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's settings, validated once.
 *
 * @param partitionCount how many partitions keys are spread over (3.12's default is 271)
 * @param clientCleanupDelay how long a client may be gone before its locks, permits and registrations are
 *     released (3.12's {@code hazelcast.client.endpoint.remove.delay.seconds}, 60 s)
 * @param queues the capacity of each queue (3.12's {@code queue} configuration; unbounded by default)
 * @param ringbuffers the settings of ringbuffers by name ({@link RingbufferConfigs#NONE}: 3.12's defaults)
 * @param sets the capacity of each set (3.12's {@code set} configuration; unbounded by default)
 * @param lists the capacity of each list (3.12's {@code list} configuration; unbounded by default)
 * @param multiMaps the value collection type of each multimap (3.12's {@code multimap} configuration; SET by
 *     default)
 * @param semaphores the settings of semaphores by name (3.12's {@code semaphore} configuration;
 *     {@link SemaphoreSettings#DEFAULTS} for a name no entry covers)
 */
public record EngineSettings(int partitionCount, Duration clientCleanupDelay, QueueSettings queues,
        RingbufferConfigs ringbuffers, MaxSizes sets, MaxSizes lists, MultiMapSettings multiMaps,
        NamePatterns<SemaphoreSettings> semaphores) {

    public static final EngineSettings DEFAULTS = new EngineSettings(271, Duration.ofSeconds(60));

    public EngineSettings {
        if (partitionCount < 1 || partitionCount > 65_535) {
            throw new IllegalArgumentException("partition count: " + partitionCount + " (expected: 1..65535)");
        }
        Objects.requireNonNull(clientCleanupDelay, "clientCleanupDelay");
        if (clientCleanupDelay.isNegative()) {
            throw new IllegalArgumentException("client cleanup delay must not be negative: " + clientCleanupDelay);
        }
        Objects.requireNonNull(queues, "queues");
        Objects.requireNonNull(ringbuffers, "ringbuffers");
        Objects.requireNonNull(sets, "sets");
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(multiMaps, "multiMaps");
        Objects.requireNonNull(semaphores, "semaphores");
    }

    /** Settings with unbounded sets and lists, SET multimaps and semaphores without permits, as in 3.12. */
    public EngineSettings(int partitionCount, Duration clientCleanupDelay, QueueSettings queues,
            RingbufferConfigs ringbuffers) {
        this(partitionCount, clientCleanupDelay, queues, ringbuffers, MaxSizes.unbounded("set"),
                MaxSizes.unbounded("list"), MultiMapSettings.DEFAULTS,
                new NamePatterns<>(Map.of(), SemaphoreSettings.DEFAULTS));
    }

    /** Settings with every structure configured as 3.12 configures it by default. */
    public EngineSettings(int partitionCount, Duration clientCleanupDelay) {
        this(partitionCount, clientCleanupDelay, QueueSettings.DEFAULTS, RingbufferConfigs.NONE);
    }

    /** These settings with the sets' capacities replaced. */
    public EngineSettings withSets(MaxSizes value) {
        return new EngineSettings(partitionCount, clientCleanupDelay, queues, ringbuffers, value, lists, multiMaps,
                semaphores);
    }

    /** These settings with the lists' capacities replaced. */
    public EngineSettings withLists(MaxSizes value) {
        return new EngineSettings(partitionCount, clientCleanupDelay, queues, ringbuffers, sets, value, multiMaps,
                semaphores);
    }

    /** These settings with the multimaps' value collection types replaced. */
    public EngineSettings withMultiMaps(MultiMapSettings value) {
        return new EngineSettings(partitionCount, clientCleanupDelay, queues, ringbuffers, sets, lists, value,
                semaphores);
    }

    /** These settings with the semaphores' settings replaced. */
    public EngineSettings withSemaphores(NamePatterns<SemaphoreSettings> value) {
        return new EngineSettings(partitionCount, clientCleanupDelay, queues, ringbuffers, sets, lists, multiMaps,
                value);
    }
}
