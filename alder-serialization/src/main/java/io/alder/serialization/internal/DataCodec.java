package io.alder.serialization.internal;

import io.alder.serialization.Data;
import io.alder.serialization.PartitionAware;
import io.alder.serialization.SerializationConfig;
import io.alder.serialization.SerializationException;
import io.alder.serialization.StreamSerializer;
import java.nio.ByteOrder;

/**
 * Turns objects into {@link Data} blobs and back: header (partition hash, type id, both big-endian), then
 * the serializer's output in the configured byte order. Also writes and reads the nested objects of
 * collections and user serializers (type id in stream order, then the body, no hash).
 *
 * <p>Immutable apart from thread-safe caches; any thread may use it.
 */
public final class DataCodec {

    private final ByteOrder order;
    private final ClassLoading classes;
    private final SerializerTable serializers;

    /** A codec with the serializers, factories and options of {@code config}. */
    public DataCodec(SerializationConfig config) {
        this.order = config.byteOrder();
        this.classes = new ClassLoading(config.classLoader());
        this.serializers = new SerializerTable(config, classes);
    }

    /** Serializes {@code value}; {@code null} gives {@code null} and a {@link Data} is returned as is. */
    public Data toData(Object value) {
        return toData(value, true);
    }

    /** Deserializes {@code data}; {@code null} and the null blob give {@code null}. */
    @SuppressWarnings("unchecked")
    public <T> T toObject(Data data) {
        if (data == null || data.payloadSize() == 0 && data.type() == TypeIds.NULL) {
            return null;
        }
        int typeId = data.type();
        try {
            return (T) serializerFor(typeId).read(new BufferInput(this, order, data.bytes(), Data.PAYLOAD_OFFSET));
        } catch (Exception e) {
            throw failure("Failed to deserialize type " + typeId, e);
        }
    }

    /** Writes a nested object: its type id in stream order, then its body. */
    void writeObject(BufferOutput out, Object value) {
        if (value instanceof Data) {
            throw new SerializationException("Cannot write a Data instance, use writeData() instead");
        }
        if (value == null) {
            out.writeInt(TypeIds.NULL);
            return;
        }
        StreamSerializer<Object> serializer = serializers.serializerFor(value);
        try {
            out.writeInt(serializer.getTypeId());
            serializer.write(out, value);
        } catch (Exception e) {
            throw failure("Failed to serialize '" + value.getClass().getName() + "'", e);
        }
    }

    /** Reads a nested object written by {@link #writeObject}. */
    @SuppressWarnings("unchecked")
    <T> T readObject(BufferInput in) {
        try {
            return (T) serializerFor(in.readInt()).read(in);
        } catch (Exception e) {
            throw failure("Failed to deserialize a nested object", e);
        }
    }

    ClassLoading classLoading() {
        return classes;
    }

    private StreamSerializer<Object> serializerFor(int typeId) {
        StreamSerializer<Object> serializer = serializers.serializerFor(typeId);
        if (serializer == null) {
            throw new SerializationException("There is no suitable de-serializer for type " + typeId + ". "
                    + "This exception is likely caused by differences in the serialization configuration "
                    + "between members or between clients and members.");
        }
        return serializer;
    }

    private Data toData(Object value, boolean withPartitionKey) {
        if (value == null) {
            return null;
        }
        if (value instanceof Data data) {
            return data;
        }
        StreamSerializer<Object> serializer = serializers.serializerFor(value);
        int partitionHash = withPartitionKey ? partitionHash(value) : 0;
        BufferOutput out = OutputPool.take(this, order);
        try {
            out.writeIntBigEndian(partitionHash);
            out.writeIntBigEndian(serializer.getTypeId());
            serializer.write(out, value);
            return Data.wrap(out.toByteArray());
        } catch (Exception e) {
            throw failure("Failed to serialize '" + value.getClass().getName() + "'", e);
        } finally {
            OutputPool.release(out);
        }
    }

    /**
     * The header hash of {@code value}: for a {@link PartitionAware} key with a partition key other than
     * itself, the partition hash of the partition key's data, which ignores the partition key's own partition
     * key as 3.12 does; otherwise 0, which means "hash the payload".
     */
    private int partitionHash(Object value) {
        if (!(value instanceof PartitionAware<?> aware)) {
            return 0;
        }
        Object key = aware.getPartitionKey();
        if (key == null || key == value) {
            return 0;
        }
        return toData(key, false).partitionHash();
    }

    private static SerializationException failure(String message, Exception cause) {
        return cause instanceof SerializationException known ? known : new SerializationException(message, cause);
    }
}
