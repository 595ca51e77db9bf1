package io.alder.serialization.internal;

import io.alder.serialization.DataSerializable;
import io.alder.serialization.Portable;
import io.alder.serialization.SerializationConfig;
import io.alder.serialization.SerializationException;
import io.alder.serialization.StreamSerializer;
import io.alder.serialization.internal.portable.PortableSerializer;
import java.io.Externalizable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the serializer of an object or of a type id, in 3.12's order:
 * <ol>
 *   <li>{@link DataSerializable}, then {@link Portable};</li>
 *   <li>a built-in serializer of the exact class;</li>
 *   <li>a user serializer of the class, else of its nearest superclass, else of its interfaces (own ones
 *       first, breadth first, then the superclasses');</li>
 *   <li>Java serialization for {@link Externalizable} and {@link Serializable}, unless the global serializer
 *       overrides it;</li>
 *   <li>the global serializer.</li>
 * </ol>
 * Results are cached per class. Unlike 3.12, whose cache lets the first class seen decide for its
 * subclasses, the answer does not depend on what was serialized before.
 *
 * <p>Thread-safe.
 */
final class SerializerTable {

    private final StreamSerializer<?>[] builtInById = new StreamSerializer<?>[-TypeIds.LOWEST + 1];
    private final Map<Class<?>, StreamSerializer<?>> builtInByClass = new HashMap<>();
    private final Map<Integer, StreamSerializer<?>> customById = new HashMap<>();
    private final Map<Class<?>, StreamSerializer<?>> customByClass;
    private final StreamSerializer<?> dataSerializable;
    private final StreamSerializer<?> portable;
    private final StreamSerializer<?> serializable;
    private final StreamSerializer<?> externalizable;
    private final StreamSerializer<?> global;
    private final boolean globalFirst;
    /** The serializer of each class met so far, by {@link ClassIndex}; copied on write, under the table's lock. */
    private volatile StreamSerializer<?>[] byClassIndex = new StreamSerializer<?>[0];

    SerializerTable(SerializationConfig config, ClassLoading classes) {
        JavaStreams javaStreams = new JavaStreams(config, classes);
        this.dataSerializable = builtIn(new DataSerializableSerializer(config.dataSerializableFactories(), classes));
        this.portable = builtIn(new PortableSerializer(config));
        this.serializable = builtIn(new JavaSerializer(javaStreams, config.javaSharedObjects()));
        this.externalizable = builtIn(new ExternalizableSerializer(javaStreams, classes));
        for (List<BuiltIn> family : List.of(ScalarSerializers.all(), ArraySerializers.all(),
                JavaTypeSerializers.all(classes), ListSerializers.all())) {
            for (BuiltIn entry : family) {
                builtIn(entry.serializer());
                if (entry.type() != null) {
                    builtInByClass.put(entry.type(), entry.serializer());
                }
            }
        }
        this.customByClass = Map.copyOf(config.serializers());
        customByClass.forEach(this::checkCustom);
        this.global = config.globalSerializer();
        this.globalFirst = config.overrideJavaSerialization();
        if (global != null) {
            customById.putIfAbsent(global.getTypeId(), global);
        }
    }

    /**
     * The serializer of {@code value}, which is not null: found by the value's class in an array, once the
     * class has been resolved. Testing each value with {@code instanceof} against the interfaces that
     * choose a serializer, or hashing its class, would cost several times the whole serialization of a
     * small value.
     */
    @SuppressWarnings("unchecked")
    StreamSerializer<Object> serializerFor(Object value) {
        Class<?> type = value.getClass();
        int index = ClassIndex.of(type);
        StreamSerializer<?>[] known = byClassIndex;
        StreamSerializer<?> serializer = index < known.length ? known[index] : null;
        return (StreamSerializer<Object>) (serializer != null ? serializer : remember(type, index));
    }

    private synchronized StreamSerializer<?> remember(Class<?> type, int index) {
        StreamSerializer<?>[] known = byClassIndex;
        if (index < known.length && known[index] != null) {
            return known[index];
        }
        StreamSerializer<?> builtIn = builtInByClass.get(type);
        StreamSerializer<?> serializer = builtIn != null ? builtIn : resolve(type);
        StreamSerializer<?>[] grown = index < known.length ? known.clone()
                : Arrays.copyOf(known, Math.max(index + 1, known.length * 2));
        grown[index] = serializer;
        byClassIndex = grown;
        return serializer;
    }

    /** The serializer with {@code typeId}, or {@code null}. */
    @SuppressWarnings("unchecked")
    StreamSerializer<Object> serializerFor(int typeId) {
        if (typeId <= 0) {
            return typeId >= TypeIds.LOWEST ? (StreamSerializer<Object>) builtInById[-typeId] : null;
        }
        return (StreamSerializer<Object>) customById.get(typeId);
    }

    /** The serializer of a class that is not built in, in 3.12's order. */
    private StreamSerializer<?> resolve(Class<?> type) {
        if (DataSerializable.class.isAssignableFrom(type)) {
            return dataSerializable;
        }
        if (Portable.class.isAssignableFrom(type)) {
            return portable;
        }
        StreamSerializer<?> serializer = findCustom(type);
        if (serializer == null && !globalFirst) {
            serializer = Externalizable.class.isAssignableFrom(type) ? externalizable
                    : Serializable.class.isAssignableFrom(type) ? serializable : null;
        }
        if (serializer == null) {
            serializer = global;
        }
        if (serializer == null) {
            throw new SerializationException("There is no suitable serializer for " + type);
        }
        return serializer;
    }

    private StreamSerializer<?> findCustom(Class<?> type) {
        if (customByClass.isEmpty()) {
            return null;
        }
        StreamSerializer<?> serializer = customByClass.get(type);
        if (serializer != null) {
            return serializer;
        }
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        collectInterfaces(type, interfaces);
        for (Class<?> superclass = type.getSuperclass(); superclass != null; superclass = superclass.getSuperclass()) {
            serializer = customByClass.get(superclass);
            if (serializer != null) {
                return serializer;
            }
            collectInterfaces(superclass, interfaces);
        }
        for (Class<?> candidate : interfaces) {
            serializer = customByClass.get(candidate);
            if (serializer != null) {
                return serializer;
            }
        }
        return null;
    }

    private static void collectInterfaces(Class<?> type, Set<Class<?>> into) {
        Class<?>[] direct = type.getInterfaces();
        Collections.addAll(into, direct);
        for (Class<?> candidate : direct) {
            collectInterfaces(candidate, into);
        }
    }

    private StreamSerializer<?> builtIn(StreamSerializer<?> serializer) {
        builtInById[-serializer.getTypeId()] = serializer;
        return serializer;
    }

    private void checkCustom(Class<?> type, StreamSerializer<?> serializer) {
        if (builtInByClass.containsKey(type) || type == Serializable.class || type == Externalizable.class) {
            throw new IllegalArgumentException("[" + type + "] serializer cannot be overridden!");
        }
        customById.putIfAbsent(serializer.getTypeId(), serializer);
    }
}
