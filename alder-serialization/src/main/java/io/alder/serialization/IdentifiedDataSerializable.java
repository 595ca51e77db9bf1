package io.alder.serialization;

/**
 * A {@link DataSerializable} identified by a factory id and a class id instead of its class name, created
 * on read by the {@link DataSerializableFactory} registered for its factory id (3.12's
 * {@code IdentifiedDataSerializable}; the method names are 3.12's).
 */
public interface IdentifiedDataSerializable extends DataSerializable {

    /** The id of the factory that creates instances of this class. */
    int getFactoryId();

    /** The class id within the factory. */
    int getId();
}
