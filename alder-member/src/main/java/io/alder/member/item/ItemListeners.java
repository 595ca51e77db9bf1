package io.alder.member.item;

import io.alder.serialization.Data;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The item listener registrations of the structures of one service (its queues, sets or lists), and the
 * publishing of events to them. Registrations of a structure are kept in a copy-on-write list, so publishing
 * (on every change) reads without locking, and a structure without listeners costs one map lookup.
 * Thread-safe.
 */
public final class ItemListeners implements ItemEventSource {

    private static final Logger LOG = LoggerFactory.getLogger(ItemListeners.class);

    private final String memberUuid;
    private final ConcurrentHashMap<String, List<Registration>> byName = new ConcurrentHashMap<>();

    /** @param memberUuid the member's uuid, put into events */
    public ItemListeners(String memberUuid) {
        this.memberUuid = memberUuid;
    }

    @Override
    public String addItemListener(String name, boolean includeValue, ItemEventListener listener) {
        Registration registration = new Registration(UUID.randomUUID().toString(), includeValue, listener);
        byName.compute(name, (key, registrations) -> {
            List<Registration> grown = registrations == null ? new CopyOnWriteArrayList<>() : registrations;
            grown.add(registration);
            return grown;
        });
        return registration.id;
    }

    @Override
    public boolean removeItemListener(String name, String registrationId) {
        boolean[] removed = new boolean[1];
        byName.computeIfPresent(name, (key, registrations) -> {
            removed[0] = registrations.removeIf(registration -> registration.id.equals(registrationId));
            return registrations.isEmpty() ? null : registrations;
        });
        return removed[0];
    }

    /** Ends every registration on the structure {@code name}, which was destroyed. */
    public void removeAll(String name) {
        byName.remove(name);
    }

    /**
     * Publishes that {@code item} was added to or removed from the structure {@code name}.
     *
     * @param item the item, or null to tell even the listeners that want items none (as 3.12 does for a
     *     list's {@code remove(index)})
     */
    public void publish(String name, int partitionId, ItemEventType type, Data item) {
        List<Registration> registrations = byName.get(name);
        if (registrations == null) {
            return;
        }
        ItemEvent withItem = null;
        ItemEvent withoutItem = null;
        for (Registration registration : registrations) {
            ItemEvent event;
            if (registration.includeValue) {
                if (withItem == null) {
                    withItem = new ItemEvent(name, type, item, memberUuid, partitionId);
                }
                event = withItem;
            } else {
                if (withoutItem == null) {
                    withoutItem = new ItemEvent(name, type, null, memberUuid, partitionId);
                }
                event = withoutItem;
            }
            deliver(registration, event);
        }
    }

    private static void deliver(Registration registration, ItemEvent event) {
        try {
            registration.listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("Item listener {} failed on {}", registration.id, event.type(), e);
        }
    }

    private record Registration(String id, boolean includeValue, ItemEventListener listener) {
    }
}
