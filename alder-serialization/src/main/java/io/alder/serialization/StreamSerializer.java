package io.alder.serialization;

import java.io.IOException;

/**
 * A user serializer for one type (registered per class with
 * {@link SerializationConfig.Builder#addSerializer}) or for everything else (the global serializer).
 *
 * <p>The same contract as 3.12's {@code StreamSerializer}: {@link #getTypeId()} is written in front of the
 * output and selects the serializer when reading, so both sides must register a serializer with the same
 * positive id. Implementations must be thread-safe.
 *
 * @param <T> the serialized type
 */
public interface StreamSerializer<T> {

    /** The type id written into the data; positive and unique among the registered serializers. */
    int getTypeId();

    /** Writes {@code object}'s state. */
    void write(ObjectDataOutput out, T object) throws IOException;

    /** Reads back an object written by {@link #write}. */
    T read(ObjectDataInput in) throws IOException;
}
