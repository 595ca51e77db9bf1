package io.alder.client.internal.proxy;

import io.alder.client.EntryAddedListener;
import io.alder.client.EntryEvent;
import io.alder.client.EntryEventType;
import io.alder.client.EntryEvictedListener;
import io.alder.client.EntryExpiredListener;
import io.alder.client.EntryRemovedListener;
import io.alder.client.EntryUpdatedListener;
import io.alder.client.MapClearedListener;
import io.alder.client.MapEvent;
import io.alder.client.MapEvictedListener;
import io.alder.client.MapListener;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.EventCodec;
import io.alder.serialization.Data;
import io.alder.serialization.SerializationService;
import java.util.function.Consumer;

/**
 * Turns the ENTRY event messages of one registration into calls on the user's listener: deserializes
 * key and values and calls the method of the event's type. Runs on a client event thread. Event types
 * the listener has no method for (MERGED, LOADED, INVALIDATION, which it never registers for) are dropped.
 */
final class EntryEventDispatcher<K, V> implements Consumer<ClientMessage> {

    private final String mapName;
    private final MapListener<K, V> listener;
    private final SerializationService serialization;

    EntryEventDispatcher(String mapName, MapListener<K, V> listener, SerializationService serialization) {
        this.mapName = mapName;
        this.listener = listener;
        this.serialization = serialization;
    }

    @Override
    public void accept(ClientMessage message) {
        EventCodec.EntryEvent event = EventCodec.decodeEntry(message);
        EntryEventType type = EntryEventType.ofFlag(event.eventType());
        switch (type) {
            case ADDED -> {
                if (listener instanceof EntryAddedListener<K, V> added) {
                    added.entryAdded(entryEvent(type, event));
                }
            }
            case UPDATED -> {
                if (listener instanceof EntryUpdatedListener<K, V> updated) {
                    updated.entryUpdated(entryEvent(type, event));
                }
            }
            case REMOVED -> {
                if (listener instanceof EntryRemovedListener<K, V> removed) {
                    removed.entryRemoved(entryEvent(type, event));
                }
            }
            case EVICTED -> {
                if (listener instanceof EntryEvictedListener<K, V> evicted) {
                    evicted.entryEvicted(entryEvent(type, event));
                }
            }
            case EXPIRED -> {
                if (listener instanceof EntryExpiredListener<K, V> expired) {
                    expired.entryExpired(entryEvent(type, event));
                }
            }
            case CLEAR_ALL -> {
                if (listener instanceof MapClearedListener<K, V> cleared) {
                    cleared.mapCleared(mapEvent(type, event));
                }
            }
            case EVICT_ALL -> {
                if (listener instanceof MapEvictedListener<K, V> evicted) {
                    evicted.mapEvicted(mapEvent(type, event));
                }
            }
            default -> {
                // Not a type any listener interface registers for.
            }
        }
    }

    private EntryEvent<K, V> entryEvent(EntryEventType type, EventCodec.EntryEvent event) {
        return new EntryEvent<>(mapName, type, toObject(event.key()), toObject(event.value()),
                toObject(event.oldValue()), toObject(event.mergingValue()), event.memberUuid());
    }

    private MapEvent mapEvent(EntryEventType type, EventCodec.EntryEvent event) {
        return new MapEvent(mapName, type, event.affectedEntries(), event.memberUuid());
    }

    private <T> T toObject(Data data) {
        return data == null ? null : serialization.toObject(data);
    }
}
