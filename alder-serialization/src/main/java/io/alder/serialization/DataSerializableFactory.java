package io.alder.serialization;

/** Creates empty {@link IdentifiedDataSerializable} instances by class id; registered per factory id. */
@FunctionalInterface
public interface DataSerializableFactory {

    /** A new instance for {@code typeId}, or {@code null} if the factory does not know it. */
    IdentifiedDataSerializable create(int typeId);
}
