package io.alder.serialization.interop;

import io.alder.serialization.IdentifiedDataSerializable;
import java.io.IOException;

/**
 * An identified data-serializable class usable by both serializers: subclasses implement Alder's methods
 * once, the 3.12 methods run them over the reference streams.
 */
public abstract class TwinIdentified
        implements IdentifiedDataSerializable, com.hazelcast.nio.serialization.IdentifiedDataSerializable {

    @Override
    public final void writeData(com.hazelcast.nio.ObjectDataOutput out) throws IOException {
        writeData(Ref.output(out));
    }

    @Override
    public final void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
        readData(Ref.input(in));
    }
}
