package io.alder.compat;

import com.hazelcast.core.EntryEventType;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Listeners of either client made at run time: an object that implements a client's listener interfaces
 * and hands the one argument of every callback (the event) to a consumer. Both clients decide which
 * events a map listener gets from the interfaces its object implements.
 */
final class Listeners {

    /** The map listener interface of each event type; both clients use these names, each in its own package. */
    private static final Map<EntryEventType, String> MAP_LISTENER_INTERFACES = Map.of(
            EntryEventType.ADDED, "EntryAddedListener",
            EntryEventType.UPDATED, "EntryUpdatedListener",
            EntryEventType.REMOVED, "EntryRemovedListener",
            EntryEventType.EVICTED, "EntryEvictedListener",
            EntryEventType.EXPIRED, "EntryExpiredListener",
            EntryEventType.CLEAR_ALL, "MapClearedListener",
            EntryEventType.EVICT_ALL, "MapEvictedListener");

    private Listeners() {
    }

    /** A map listener of the interfaces in {@code listenerPackage} for {@code types}. */
    static Object mapListener(String listenerPackage, Set<EntryEventType> types, Consumer<Object> onEvent) {
        List<Class<?>> interfaces = types.stream()
                .<Class<?>>map(type -> load(listenerPackage + "." + MAP_LISTENER_INTERFACES.get(type)))
                .toList();
        return implementing(interfaces, onEvent);
    }

    /** An object of {@code interfaces} whose every callback hands its argument to {@code onEvent}. */
    static Object implementing(Collection<Class<?>> interfaces, Consumer<Object> onEvent) {
        return Proxy.newProxyInstance(Listeners.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "listener of " + interfaces;
                    default -> {
                        onEvent.accept(args[0]);
                        yield null;
                    }
                });
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
