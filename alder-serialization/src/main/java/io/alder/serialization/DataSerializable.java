package io.alder.serialization;

import java.io.IOException;

/**
 * An object that writes its own fields (serializer type id -2, 3.12's {@code DataSerializable}). A plain
 * implementation is written with its class name and recreated through its no-argument constructor;
 * prefer {@link IdentifiedDataSerializable}, which is written with two ints and created by a factory.
 */
public interface DataSerializable {

    /** Writes this object's state. */
    void writeData(ObjectDataOutput out) throws IOException;

    /** Reads the state written by {@link #writeData} into this freshly created object. */
    void readData(ObjectDataInput in) throws IOException;
}
