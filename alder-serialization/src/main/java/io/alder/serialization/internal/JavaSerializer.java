package io.alder.serialization.internal;

import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.SerializationException;
import io.alder.serialization.StreamSerializer;
import java.io.IOException;
import java.io.ObjectInputStream;

/** {@link java.io.Serializable} objects (type id -100): an {@code ObjectOutputStream} stream, as in 3.12. */
final class JavaSerializer implements StreamSerializer<Object> {

    private final JavaStreams streams;
    private final boolean shared;

    JavaSerializer(JavaStreams streams, boolean shared) {
        this.streams = streams;
        this.shared = shared;
    }

    @Override
    public int getTypeId() {
        return TypeIds.JAVA_SERIALIZABLE;
    }

    @Override
    public void write(ObjectDataOutput out, Object value) throws IOException {
        streams.write((BufferOutput) out, stream -> {
            if (shared) {
                stream.writeObject(value);
            } else {
                stream.writeUnshared(value);
            }
        });
    }

    @Override
    public Object read(ObjectDataInput in) throws IOException {
        ObjectInputStream stream = streams.read((BufferInput) in);
        try {
            return shared ? stream.readObject() : stream.readUnshared();
        } catch (ClassNotFoundException e) {
            throw new SerializationException("Class not found: " + e.getMessage(), e);
        }
    }
}
