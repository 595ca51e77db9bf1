package io.alder.compat;

import com.hazelcast.core.ItemEventType;

/**
 * What an item listener was told.
 *
 * @param item null where the listener was added without values
 */
record SeenItemEvent(String queueName, ItemEventType type, Object item, String memberUuid) {
}
