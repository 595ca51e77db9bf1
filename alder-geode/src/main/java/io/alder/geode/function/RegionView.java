package io.alder.geode.function;

import java.util.Set;

/**
 * A region (the member's map of the same name) as a function sees it. Keys and values are the Java objects a
 * Geode client exchanges: String, Integer, Long, Short, Byte, Boolean, Double, Float, byte[] and
 * {@link io.alder.serialization.JsonValue}; a stored value of any other type comes as its
 * {@link io.alder.serialization.Data} blob, never deserialized on the member.
 */
public interface RegionView {

    /** The region's name, without a leading {@code /}. */
    String name();

    /** The value of a key, or null. */
    Object get(Object key);

    /** Stores a value, waiting while a Hazelcast client holds the key's lock. */
    void put(Object key, Object value);

    /** Every key. */
    Set<Object> keys();

    /** How many entries the region holds. */
    int size();
}
