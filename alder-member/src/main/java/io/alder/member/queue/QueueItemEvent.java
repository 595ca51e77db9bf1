package io.alder.member.queue;

import io.alder.serialization.Data;

/**
 * One item added to or removed from a queue, as a listener receives it.
 *
 * @param queueName the queue
 * @param type whether the item was added or removed
 * @param item the item; null for a listener registered without {@code includeValue}
 * @param memberUuid the member where it happened
 * @param partitionId the queue's partition
 */
public record QueueItemEvent(String queueName, ItemEventType type, Data item, String memberUuid, int partitionId) {
}
