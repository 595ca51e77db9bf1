package io.alder.client;

import java.util.Objects;

/**
 * How a reliable topic behaves in this client (3.12's {@code ClientReliableTopicConfig}).
 *
 * @param readBatchSize how many messages a listener reads at most per request
 * @param overloadPolicy what publishing does when the topic's ringbuffer holds no room
 */
public record ReliableTopicConfig(int readBatchSize, TopicOverloadPolicy overloadPolicy) {

    /** 3.12's defaults: batches of 10, {@link TopicOverloadPolicy#BLOCK}. */
    public static final ReliableTopicConfig DEFAULT = new ReliableTopicConfig(10, TopicOverloadPolicy.BLOCK);

    /** The most items one ringbuffer read returns. */
    public static final int MAX_READ_BATCH_SIZE = 1000;

    public ReliableTopicConfig {
        if (readBatchSize < 1 || readBatchSize > MAX_READ_BATCH_SIZE) {
            throw new IllegalArgumentException("read batch size: " + readBatchSize + " (expected: 1.."
                    + MAX_READ_BATCH_SIZE + ")");
        }
        Objects.requireNonNull(overloadPolicy, "overloadPolicy");
    }
}
