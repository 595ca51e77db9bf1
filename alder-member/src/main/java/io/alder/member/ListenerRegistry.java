package io.alder.member;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Listeners of one kind of event, by registration id (a random uuid, as 3.12 hands out). Thread-safe;
 * events reach listeners on the publishing thread.
 */
public final class ListenerRegistry<E> {

    private final Map<String, Consumer<E>> listeners = new ConcurrentHashMap<>();

    /** Adds a listener and returns its registration id. */
    public String add(Consumer<E> listener) {
        String id = UUID.randomUUID().toString();
        listeners.put(id, listener);
        return id;
    }

    /** Removes a listener; false if the id is unknown. */
    public boolean remove(String registrationId) {
        return listeners.remove(registrationId) != null;
    }

    /** Whether no listener is registered. */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    /** Hands an event to every listener. */
    public void publish(E event) {
        listeners.values().forEach(listener -> listener.accept(event));
    }
}
