package io.alder.member.item;

import io.alder.serialization.Data;

/**
 * One item added to or removed from a queue, set or list, as a listener receives it.
 *
 * @param objectName the queue, set or list
 * @param type whether the item was added or removed
 * @param item the item; null for a listener registered without {@code includeValue}, and where 3.12 sends
 *     none
 * @param memberUuid the member where it happened
 * @param partitionId the partition of the structure's name
 */
public record ItemEvent(String objectName, ItemEventType type, Data item, String memberUuid, int partitionId) {
}
