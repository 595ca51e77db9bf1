package io.alder.serialization;

import java.io.ObjectInputFilter;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link SerializationService} serializes: byte order, factories, class definitions, user serializers
 * and Java serialization options. Immutable and validated when built; the defaults are those of a 3.12
 * client (big-endian, portable version 0, Java serialization uncompressed with shared references).
 *
 * <pre>{@code
 * SerializationConfig config = SerializationConfig.builder()
 *         .addDataSerializableFactory(1, new MyFactory())
 *         .addSerializer(Money.class, new MoneySerializer())
 *         .build();
 * }</pre>
 */
public final class SerializationConfig {

    private static final SerializationConfig DEFAULTS = builder().build();

    private final ByteOrder byteOrder;
    private final int portableVersion;
    private final Map<Integer, DataSerializableFactory> dataSerializableFactories;
    private final Map<Integer, PortableFactory> portableFactories;
    private final List<ClassDefinition> classDefinitions;
    private final boolean checkClassDefinitionErrors;
    private final Map<Class<?>, StreamSerializer<?>> serializers;
    private final StreamSerializer<Object> globalSerializer;
    private final boolean overrideJavaSerialization;
    private final boolean javaCompression;
    private final boolean javaSharedObjects;
    private final ObjectInputFilter javaSerializationFilter;
    private final ClassLoader classLoader;

    private SerializationConfig(Builder b) {
        this.byteOrder = b.byteOrder;
        this.portableVersion = b.portableVersion;
        this.dataSerializableFactories = Map.copyOf(b.dataSerializableFactories);
        this.portableFactories = Map.copyOf(b.portableFactories);
        this.classDefinitions = List.copyOf(b.classDefinitions);
        this.checkClassDefinitionErrors = b.checkClassDefinitionErrors;
        this.serializers = Collections.unmodifiableMap(new LinkedHashMap<>(b.serializers));
        this.globalSerializer = b.globalSerializer;
        this.overrideJavaSerialization = b.overrideJavaSerialization;
        this.javaCompression = b.javaCompression;
        this.javaSharedObjects = b.javaSharedObjects;
        this.javaSerializationFilter = b.javaSerializationFilter;
        this.classLoader = b.classLoader;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The default configuration. */
    public static SerializationConfig defaults() {
        return DEFAULTS;
    }

    /** The byte order of serializer output (the data header is always big-endian). */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /** The class version of portables that do not implement {@link VersionedPortable}. */
    public int portableVersion() {
        return portableVersion;
    }

    /** Factories of {@link IdentifiedDataSerializable} classes by factory id. */
    public Map<Integer, DataSerializableFactory> dataSerializableFactories() {
        return dataSerializableFactories;
    }

    /** Factories of {@link Portable} classes by factory id. */
    public Map<Integer, PortableFactory> portableFactories() {
        return portableFactories;
    }

    /** Class definitions known up front. */
    public List<ClassDefinition> classDefinitions() {
        return classDefinitions;
    }

    /** Whether every nested class of a registered class definition must be registered too. */
    public boolean checkClassDefinitionErrors() {
        return checkClassDefinitionErrors;
    }

    /** User serializers by the class they serialize, in registration order. */
    public Map<Class<?>, StreamSerializer<?>> serializers() {
        return serializers;
    }

    /** The serializer of last resort, or {@code null}. */
    public StreamSerializer<Object> globalSerializer() {
        return globalSerializer;
    }

    /** Whether the global serializer is tried before Java serialization. */
    public boolean overrideJavaSerialization() {
        return overrideJavaSerialization;
    }

    /** Whether Java serialization output is gzip-compressed. */
    public boolean javaCompression() {
        return javaCompression;
    }

    /** Whether Java serialization writes the top-level object shared ({@code writeObject}) or unshared. */
    public boolean javaSharedObjects() {
        return javaSharedObjects;
    }

    /** The filter applied when reading Java-serialized objects, or {@code null}. */
    public ObjectInputFilter javaSerializationFilter() {
        return javaSerializationFilter;
    }

    /** The class loader for class names found in data, or {@code null} for the thread's context loader. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** Builds a {@link SerializationConfig}; not thread-safe. */
    public static final class Builder {

        private ByteOrder byteOrder = ByteOrder.BIG_ENDIAN;
        private int portableVersion;
        private final Map<Integer, DataSerializableFactory> dataSerializableFactories = new HashMap<>();
        private final Map<Integer, PortableFactory> portableFactories = new HashMap<>();
        private final List<ClassDefinition> classDefinitions = new ArrayList<>();
        private boolean checkClassDefinitionErrors = true;
        private final Map<Class<?>, StreamSerializer<?>> serializers = new LinkedHashMap<>();
        private StreamSerializer<Object> globalSerializer;
        private boolean overrideJavaSerialization;
        private boolean javaCompression;
        private boolean javaSharedObjects = true;
        private ObjectInputFilter javaSerializationFilter;
        private ClassLoader classLoader;

        private Builder() {
        }

        /** The byte order of serializer output; both sides must agree (3.12's {@code setByteOrder}). */
        public Builder byteOrder(ByteOrder order) {
            this.byteOrder = Objects.requireNonNull(order, "order");
            return this;
        }

        /** The class version of portables that do not implement {@link VersionedPortable}; default 0. */
        public Builder portableVersion(int version) {
            if (version < 0) {
                throw new IllegalArgumentException("portable version: " + version + " (expected: >= 0)");
            }
            this.portableVersion = version;
            return this;
        }

        /** Registers the factory of {@link IdentifiedDataSerializable} classes with {@code factoryId}. */
        public Builder addDataSerializableFactory(int factoryId, DataSerializableFactory factory) {
            putUnique(dataSerializableFactories, factoryId, factory, "DataSerializableFactory");
            return this;
        }

        /** Registers the factory of {@link Portable} classes with {@code factoryId}. */
        public Builder addPortableFactory(int factoryId, PortableFactory factory) {
            putUnique(portableFactories, factoryId, factory, "PortableFactory");
            return this;
        }

        /** Registers a class definition, needed for null nested portables and null or empty portable arrays. */
        public Builder addClassDefinition(ClassDefinition definition) {
            classDefinitions.add(Objects.requireNonNull(definition, "definition"));
            return this;
        }

        /** Whether registered class definitions must have all their nested classes registered; default true. */
        public Builder checkClassDefinitionErrors(boolean check) {
            this.checkClassDefinitionErrors = check;
            return this;
        }

        /**
         * Registers {@code serializer} for {@code type}, its subclasses and, for an interface, its implementations.
         *
         * @throws IllegalArgumentException if the type id is not positive or the type already has a serializer
         */
        public <T> Builder addSerializer(Class<T> type, StreamSerializer<? super T> serializer) {
            Objects.requireNonNull(type, "type");
            checkTypeId(serializer);
            if (serializers.containsKey(type)) {
                throw new IllegalArgumentException("a serializer is already registered for " + type.getName());
            }
            serializers.put(type, serializer);
            return this;
        }

        /**
         * The serializer for objects no other serializer takes. With {@code overrideJavaSerialization} it is
         * tried before Java serialization, otherwise after it (3.12's {@code GlobalSerializerConfig}).
         */
        public Builder globalSerializer(StreamSerializer<Object> serializer, boolean overrideJavaSerialization) {
            checkTypeId(serializer);
            this.globalSerializer = serializer;
            this.overrideJavaSerialization = overrideJavaSerialization;
            return this;
        }

        /** Whether Java serialization output is gzip-compressed (3.12's {@code enableCompression}); default false. */
        public Builder javaCompression(boolean compress) {
            this.javaCompression = compress;
            return this;
        }

        /** Whether Java serialization shares the top-level object (3.12's {@code enableSharedObject}); default true. */
        public Builder javaSharedObjects(boolean shared) {
            this.javaSharedObjects = shared;
            return this;
        }

        /** A filter for classes read by Java deserialization; default none. */
        public Builder javaSerializationFilter(ObjectInputFilter filter) {
            this.javaSerializationFilter = filter;
            return this;
        }

        /** The class loader for class names found in data; default the thread's context loader. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException if two different serializers share a type id
         */
        public SerializationConfig build() {
            Map<Integer, StreamSerializer<?>> byId = new HashMap<>();
            List<StreamSerializer<?>> all = new ArrayList<>(serializers.values());
            if (globalSerializer != null) {
                all.add(globalSerializer);
            }
            for (StreamSerializer<?> serializer : all) {
                StreamSerializer<?> other = byId.putIfAbsent(serializer.getTypeId(), serializer);
                if (other != null && other != serializer) {
                    throw new IllegalArgumentException("type id " + serializer.getTypeId() + " is used by both "
                            + other.getClass().getName() + " and " + serializer.getClass().getName());
                }
            }
            return new SerializationConfig(this);
        }

        private static void checkTypeId(StreamSerializer<?> serializer) {
            Objects.requireNonNull(serializer, "serializer");
            if (serializer.getTypeId() <= 0) {
                throw new IllegalArgumentException("Type ID must be positive. Current: " + serializer.getTypeId()
                        + ", Serializer: " + serializer.getClass().getName());
            }
        }

        private static <V> void putUnique(Map<Integer, V> map, int id, V value, String what) {
            Objects.requireNonNull(value, what);
            if (map.putIfAbsent(id, value) != null) {
                throw new IllegalArgumentException(what + "[" + id + "] is already registered");
            }
        }
    }
}
