package io.alder.serialization.interop;

import io.alder.serialization.Portable;
import java.io.IOException;

/**
 * A portable class usable by both serializers: subclasses implement Alder's {@link Portable} methods once,
 * and the 3.12 methods run them over the reference reader and writer.
 */
public abstract class TwinPortable implements Portable, com.hazelcast.nio.serialization.Portable {

    @Override
    public final void writePortable(com.hazelcast.nio.serialization.PortableWriter writer) throws IOException {
        writePortable(Ref.writer(writer));
    }

    @Override
    public final void readPortable(com.hazelcast.nio.serialization.PortableReader reader) throws IOException {
        readPortable(Ref.reader(reader));
    }
}
