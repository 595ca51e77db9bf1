package io.alder.serialization;

import java.io.IOException;

/**
 * An object written as named, typed fields (serializer type id -1, 3.12's {@code Portable}). The data carries
 * the field names and types, so a reader with another version of the class can still read it and the
 * cluster can query fields without the class.
 *
 * <p>The class id must not be 0. The {@link PortableFactory} registered for {@link #getFactoryId()} creates
 * instances on read. Field order in {@link #writePortable} defines the class definition, unless one was
 * registered with {@link SerializationConfig.Builder#addClassDefinition}.
 */
public interface Portable {

    /** The id of the factory that creates instances of this class. */
    int getFactoryId();

    /** The class id within the factory, not 0. */
    int getClassId();

    /** Writes the fields. */
    void writePortable(PortableWriter writer) throws IOException;

    /** Reads the fields into this freshly created object. */
    void readPortable(PortableReader reader) throws IOException;
}
