package io.alder.client;

/**
 * A change to a whole map: it was cleared or all its entries were evicted.
 *
 * @param mapName the map
 * @param eventType {@link EntryEventType#CLEAR_ALL} or {@link EntryEventType#EVICT_ALL}
 * @param affectedEntries how many entries the member where the change happened dropped; with several
 *     members, each member sends its own event with its own count
 * @param memberUuid the uuid of the member that sent the event
 */
public record MapEvent(String mapName, EntryEventType eventType, int affectedEntries, String memberUuid) {
}
