package io.alder.member.map;

import io.alder.serialization.Data;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry listener registrations of all maps of one service, and the publishing of events to them: IMaps,
 * and the multimaps and replicated maps, whose events 3.12 sends as the same ENTRY events. Registrations of a
 * map are kept in a copy-on-write array, so publishing (on every write) reads without locking and
 * allocates nothing when a map has no listeners. Thread-safe.
 */
public final class EntryListeners {

    private static final Logger LOG = LoggerFactory.getLogger(EntryListeners.class);

    private final String memberUuid;
    private final ConcurrentHashMap<String, Registration[]> byMap = new ConcurrentHashMap<>();

    /** @param memberUuid the member's uuid, put into events */
    public EntryListeners(String memberUuid) {
        this.memberUuid = memberUuid;
    }

    /**
     * Registers a listener.
     *
     * @param key only events of this key, or null for all keys (map-wide events reach every listener)
     * @param listenerFlags the {@link EntryEventType#flag()}s of the wanted events
     * @param includeValue whether events carry values
     * @return the registration id
     */
    public String add(String mapName, Data key, int listenerFlags, boolean includeValue,
            EntryEventListener listener) {
        Registration registration = new Registration(UUID.randomUUID().toString(), listenerFlags, includeValue, key,
                listener);
        byMap.merge(mapName, new Registration[] {registration}, (existing, added) -> {
            Registration[] grown = Arrays.copyOf(existing, existing.length + 1);
            grown[existing.length] = registration;
            return grown;
        });
        return registration.id;
    }

    /** Ends a registration; false if the id is unknown. */
    public boolean remove(String mapName, String registrationId) {
        boolean[] removed = new boolean[1];
        byMap.computeIfPresent(mapName, (name, existing) -> {
            Registration[] kept = Arrays.stream(existing)
                    .filter(registration -> !registration.id.equals(registrationId))
                    .toArray(Registration[]::new);
            removed[0] = kept.length < existing.length;
            return kept.length == 0 ? null : kept;
        });
        return removed[0];
    }

    /** Ends every registration of a map, which is destroyed. */
    public void removeAll(String mapName) {
        byMap.remove(mapName);
    }

    /** Publishes an event about one entry to the listeners that want it. */
    public void publish(String mapName, int partitionId, EntryEventType type, Data key, Data value, Data oldValue) {
        Registration[] registrations = byMap.get(mapName);
        if (registrations == null) {
            return;
        }
        MapEntryEvent withValues = null;
        MapEntryEvent withoutValues = null;
        for (Registration registration : registrations) {
            if (!type.isIn(registration.flags) || registration.key != null && !registration.key.equals(key)) {
                continue;
            }
            MapEntryEvent event;
            if (registration.includeValue) {
                if (withValues == null) {
                    withValues = entryEvent(mapName, partitionId, type, key, value, oldValue);
                }
                event = withValues;
            } else {
                if (withoutValues == null) {
                    withoutValues = entryEvent(mapName, partitionId, type, key, null, null);
                }
                event = withoutValues;
            }
            deliver(registration, event);
        }
    }

    /**
     * Publishes a map-wide event (EVICT_ALL, CLEAR_ALL). As in 3.12 it goes to every listener whose flags
     * want it, whatever key the listener is registered for.
     */
    public void publishMapWide(String mapName, EntryEventType type, int affectedEntries) {
        Registration[] registrations = byMap.get(mapName);
        if (registrations == null) {
            return;
        }
        MapEntryEvent event = new MapEntryEvent(mapName, null, null, null, null, type, memberUuid, affectedEntries, -1);
        for (Registration registration : registrations) {
            if (type.isIn(registration.flags)) {
                deliver(registration, event);
            }
        }
    }

    private MapEntryEvent entryEvent(String mapName, int partitionId, EntryEventType type, Data key, Data value,
            Data oldValue) {
        return new MapEntryEvent(mapName, key, value, oldValue, null, type, memberUuid, 1, partitionId);
    }

    private static void deliver(Registration registration, MapEntryEvent event) {
        try {
            registration.listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("Entry listener {} failed on {}", registration.id, event.type(), e);
        }
    }

    private record Registration(String id, int flags, boolean includeValue, Data key, EntryEventListener listener) {
    }
}
