package io.alder.compat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * An entry view as either client reports it: Alder's {@code EntryView} record and 3.12's {@code EntryView}
 * interface carry the same statistics, as {@code creationTime()} and {@code getCreationTime()} alike.
 */
public record SeenEntryView<K, V>(K key, V value, long cost, long creationTime, long expirationTime, long hits,
        long lastAccessTime, long lastStoredTime, long lastUpdateTime, long version, long ttl, long maxIdle) {

    /** Copies each statistic of {@code view}, a client's entry view, by its name. */
    @SuppressWarnings("unchecked")
    static <K, V> SeenEntryView<K, V> of(Object view) {
        RecordComponent[] components = SeenEntryView.class.getRecordComponents();
        Object[] values = Arrays.stream(components).map(component -> read(view, component.getName())).toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return SeenEntryView.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(Object view, String statistic) {
        String getter = "get" + Character.toUpperCase(statistic.charAt(0)) + statistic.substring(1);
        for (String name : new String[] {statistic, getter}) {
            try {
                return view.getClass().getMethod(name).invoke(view);
            } catch (NoSuchMethodException e) {
                // the other client's naming
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(view.getClass() + " has no " + statistic);
    }
}
