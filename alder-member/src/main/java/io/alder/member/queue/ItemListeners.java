package io.alder.member.queue;

import io.alder.serialization.Data;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The item listener registrations of all queues, and the publishing of events to them. Registrations of a
 * queue are kept in a copy-on-write list, so publishing (on every change) reads without locking, and a
 * queue without listeners costs one map lookup. Thread-safe.
 */
final class ItemListeners {

    private static final Logger LOG = LoggerFactory.getLogger(ItemListeners.class);

    private final String memberUuid;
    private final ConcurrentHashMap<String, List<Registration>> byQueue = new ConcurrentHashMap<>();

    ItemListeners(String memberUuid) {
        this.memberUuid = memberUuid;
    }

    String add(String queueName, boolean includeValue, ItemEventListener listener) {
        Registration registration = new Registration(UUID.randomUUID().toString(), includeValue, listener);
        byQueue.compute(queueName, (name, registrations) -> {
            List<Registration> grown = registrations == null ? new CopyOnWriteArrayList<>() : registrations;
            grown.add(registration);
            return grown;
        });
        return registration.id;
    }

    boolean remove(String queueName, String registrationId) {
        boolean[] removed = new boolean[1];
        byQueue.computeIfPresent(queueName, (name, registrations) -> {
            removed[0] = registrations.removeIf(registration -> registration.id.equals(registrationId));
            return registrations.isEmpty() ? null : registrations;
        });
        return removed[0];
    }

    void removeAll(String queueName) {
        byQueue.remove(queueName);
    }

    /** Publishes that {@code item} was added to or removed from the queue. */
    void publish(String queueName, int partitionId, ItemEventType type, Data item) {
        List<Registration> registrations = byQueue.get(queueName);
        if (registrations == null) {
            return;
        }
        QueueItemEvent withItem = null;
        QueueItemEvent withoutItem = null;
        for (Registration registration : registrations) {
            QueueItemEvent event;
            if (registration.includeValue) {
                if (withItem == null) {
                    withItem = new QueueItemEvent(queueName, type, item, memberUuid, partitionId);
                }
                event = withItem;
            } else {
                if (withoutItem == null) {
                    withoutItem = new QueueItemEvent(queueName, type, null, memberUuid, partitionId);
                }
                event = withoutItem;
            }
            deliver(registration, event);
        }
    }

    private static void deliver(Registration registration, QueueItemEvent event) {
        try {
            registration.listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("Item listener {} failed on {}", registration.id, event.type(), e);
        }
    }

    private record Registration(String id, boolean includeValue, ItemEventListener listener) {
    }
}
