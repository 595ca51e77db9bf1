package io.alder.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The distributed objects (proxies) that exist on this member, by service name and object name, with
 * CREATED/DESTROYED listeners. Destroying an object runs the destroy hook of its service, which drops
 * the object's data. Thread-safe.
 */
public final class DistributedObjects {

    /** One distributed object. */
    public record ObjectId(String serviceName, String name) {
    }

    /** A CREATED or DESTROYED event, as 3.12 names them. */
    public record Event(ObjectId object, String eventType) {
        public static final String CREATED = "CREATED";
        public static final String DESTROYED = "DESTROYED";
    }

    private final Set<ObjectId> objects = ConcurrentHashMap.newKeySet();
    private final ListenerRegistry<Event> listeners = new ListenerRegistry<>();
    private final Map<String, Consumer<String>> destroyHooks = new ConcurrentHashMap<>();

    /** Creates the object if it does not exist yet; listeners hear of it only the first time. */
    public void create(String serviceName, String name) {
        ObjectId id = new ObjectId(serviceName, name);
        if (objects.add(id)) {
            listeners.publish(new Event(id, Event.CREATED));
        }
    }

    /** Destroys the object and its data; a no-op if it does not exist. */
    public void destroy(String serviceName, String name) {
        ObjectId id = new ObjectId(serviceName, name);
        Consumer<String> hook = destroyHooks.get(serviceName);
        if (hook != null) {
            hook.accept(name);
        }
        if (objects.remove(id)) {
            listeners.publish(new Event(id, Event.DESTROYED));
        }
    }

    /** Every object that exists now. */
    public List<ObjectId> list() {
        return new ArrayList<>(objects);
    }

    /** Lets a service drop an object's data when the object is destroyed. */
    public void onDestroy(String serviceName, Consumer<String> hook) {
        destroyHooks.put(serviceName, hook);
    }

    /** Adds a listener and returns its registration id. */
    public String addListener(Consumer<Event> listener) {
        return listeners.add(listener);
    }

    /** Removes a listener; false if the id is unknown. */
    public boolean removeListener(String registrationId) {
        return listeners.remove(registrationId);
    }
}
