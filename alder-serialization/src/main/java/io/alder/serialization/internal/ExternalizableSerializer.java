package io.alder.serialization.internal;

import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.SerializationException;
import io.alder.serialization.StreamSerializer;
import java.io.Externalizable;
import java.io.IOException;

/**
 * {@link Externalizable} objects (type id -101): the class name as a 3.12 string, then an
 * {@code ObjectOutputStream} stream holding what {@code writeExternal} wrote.
 */
final class ExternalizableSerializer implements StreamSerializer<Externalizable> {

    private final JavaStreams streams;
    private final ClassLoading classes;

    ExternalizableSerializer(JavaStreams streams, ClassLoading classes) {
        this.streams = streams;
        this.classes = classes;
    }

    @Override
    public int getTypeId() {
        return TypeIds.JAVA_EXTERNALIZABLE;
    }

    @Override
    public void write(ObjectDataOutput out, Externalizable value) throws IOException {
        out.writeUTF(value.getClass().getName());
        streams.write((BufferOutput) out, value::writeExternal);
    }

    @Override
    public Externalizable read(ObjectDataInput in) throws IOException {
        String className = in.readUTF();
        Externalizable value = classes.newInstance(className, Externalizable.class);
        try {
            value.readExternal(streams.read((BufferInput) in));
        } catch (ClassNotFoundException e) {
            throw new SerializationException("Problem while reading Externalizable class: " + className, e);
        }
        return value;
    }
}
