package io.alder.member;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
    private final ListenerRegistry<Change> listeners = new ListenerRegistry<>();

    /** A snapshot of every attribute. */
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
        listeners.publish(new Change(key, value));
    }

    /** Removes an attribute and tells the listeners if it existed. */
    public void remove(String key) {
        synchronized (this) {
            if (attributes.remove(key) == null) {
                return;
            }
        }
        listeners.publish(new Change(key, null));
    }

    /** Adds a listener and returns its registration id. */
    public String addListener(Consumer<Change> listener) {
        return listeners.add(listener);
    }

    public boolean removeListener(String registrationId) {
        return listeners.remove(registrationId);
    }
}
