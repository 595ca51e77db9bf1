package io.alder.serialization.interop;

import io.alder.serialization.StreamSerializer;
import java.io.IOException;

/** A stream serializer usable by both services; subclasses implement Alder's methods once. */
public abstract class TwinSerializer<T> implements StreamSerializer<T>, com.hazelcast.nio.serialization.StreamSerializer<T> {

    @Override
    public final void write(com.hazelcast.nio.ObjectDataOutput out, T object) throws IOException {
        write(Ref.output(out), object);
    }

    @Override
    public final T read(com.hazelcast.nio.ObjectDataInput in) throws IOException {
        return read(Ref.input(in));
    }

    @Override
    public final void destroy() {
    }
}
