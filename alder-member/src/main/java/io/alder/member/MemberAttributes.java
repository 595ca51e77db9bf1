package io.alder.member;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * This member's attributes: string key-value pairs that clients see in member lists, with listeners
 * told of every change (3.12's member attributes). Thread-safe.
 */
public final class MemberAttributes {

    /** A change: {@code value} is null when the attribute was removed. */
    public record Change(String key, String value) {
        public boolean isRemoval() {
            return value == null;
        }
    }

    private final Map<String, String> attributes = new TreeMap<>();
    private final Map<String, Consumer<Change>> listeners = new ConcurrentHashMap<>();

    /** A snapshot of every attribute, in key order. */
    public synchronized Map<String, String> snapshot() {
        return Map.copyOf(attributes);
    }

    /** Sets an attribute and tells the listeners if its value changed. */
    public void put(String key, String value) {
        Objects.requireNonNull(value, "value");
        synchronized (this) {
            if (value.equals(attributes.put(key, value))) {
                return;
            }
        }
        publish(new Change(key, value));
    }

    /** Removes an attribute and tells the listeners if it existed. */
    public void remove(String key) {
        synchronized (this) {
            if (attributes.remove(key) == null) {
                return;
            }
        }
        publish(new Change(key, null));
    }

    /** Adds a listener and returns its registration id. */
    public String addListener(Consumer<Change> listener) {
        String id = UUID.randomUUID().toString();
        listeners.put(id, listener);
        return id;
    }

    public boolean removeListener(String registrationId) {
        return listeners.remove(registrationId) != null;
    }

    private void publish(Change change) {
        listeners.values().forEach(listener -> listener.accept(change));
    }
}
