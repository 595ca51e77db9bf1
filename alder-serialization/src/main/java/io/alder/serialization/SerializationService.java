package io.alder.serialization;

import io.alder.serialization.internal.DataCodec;
import java.util.Objects;

/**
 * Serializes objects into {@link Data} blobs exactly as a 3.12 Java client does, and reads back what 3.12
 * clients write, so both kinds of client can share a cluster's values.
 *
 * <p>Serializers are chosen as in 3.12: {@link IdentifiedDataSerializable} and {@link DataSerializable}
 * (type id -2), {@link Portable} (-1), the built-in types (null, boxed primitives, String, primitive arrays,
 * String[], Date, BigInteger, BigDecimal, Class, ArrayList, LinkedList, {@link JsonValue}), user
 * {@link StreamSerializer}s by class, superclass, then interface, Java serialization ({@code Externalizable}
 * -101, {@code Serializable} -100; user enums land here, as in 3.12), and the global serializer, before Java
 * serialization when configured so.
 *
 * <p>A {@link PartitionAware} key with a partition key other than itself gets that key's partition hash in
 * its header, so it shares the key's partition.
 *
 * <p>Immutable once created and thread-safe. Portable class definitions learnt from data are cached.
 */
public final class SerializationService {

    private final SerializationConfig config;
    private final DataCodec codec;

    private SerializationService(SerializationConfig config) {
        this.config = config;
        this.codec = new DataCodec(config);
    }

    /**
     * A service configured by {@code config}.
     *
     * @throws IllegalArgumentException if a user serializer is registered for a built-in type
     * @throws SerializationException if registered class definitions conflict or miss nested classes
     */
    public static SerializationService create(SerializationConfig config) {
        return new SerializationService(Objects.requireNonNull(config, "config"));
    }

    /** A service with the default configuration: built-in types and Java serialization only. */
    public static SerializationService createDefault() {
        return create(SerializationConfig.defaults());
    }

    /**
     * Serializes {@code value}.
     *
     * @return the data, {@code null} for {@code null}, or {@code value} itself if it is already a {@link Data}
     * @throws SerializationException if no serializer takes the value or a serializer fails
     */
    public Data toData(Object value) {
        return codec.toData(value);
    }

    /**
     * Deserializes {@code data}.
     *
     * @return the object, {@code null} for {@code null} or the null blob
     * @throws SerializationException if no serializer has the data's type id, a factory or class is missing, or
     *         the bytes are malformed
     */
    public <T> T toObject(Data data) {
        return codec.toObject(data);
    }

    /** The configuration this service was created with. */
    public SerializationConfig config() {
        return config;
    }
}
