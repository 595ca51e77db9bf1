package io.alder.client;

/**
 * An item added to or removed from a queue, set or list, as a listener receives it.
 *
 * @param name the queue, set or list
 * @param eventType whether the item was added or removed
 * @param item the item; null whenever the listener was added with {@code includeValue=false}
 * @param memberUuid the uuid of the member where the change happened
 * @param <E> the item type
 */
public record ItemEvent<E>(String name, ItemEventType eventType, E item, String memberUuid) {
}
