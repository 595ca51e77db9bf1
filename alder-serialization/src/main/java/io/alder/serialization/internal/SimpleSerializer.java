package io.alder.serialization.internal;

import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.StreamSerializer;
import java.io.IOException;

/**
 * A stateless serializer made of a write and a read function, for built-in types whose layout is a line
 * or two.
 *
 * @param typeId the serializer type id
 * @param writer writes a value
 * @param reader reads a value back
 * @param <T> the serialized type
 */
record SimpleSerializer<T>(int typeId, Writer<T> writer, Reader<T> reader) implements StreamSerializer<T> {

    /** Writes one value. */
    @FunctionalInterface
    interface Writer<T> {
        void write(ObjectDataOutput out, T value) throws IOException;
    }

    /** Reads one value. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ObjectDataInput in) throws IOException;
    }

    @Override
    public int getTypeId() {
        return typeId;
    }

    @Override
    public void write(ObjectDataOutput out, T value) throws IOException {
        writer.write(out, value);
    }

    @Override
    public T read(ObjectDataInput in) throws IOException {
        return reader.read(in);
    }
}
