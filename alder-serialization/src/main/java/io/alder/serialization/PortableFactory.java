package io.alder.serialization;

/** Creates empty {@link Portable} instances by class id; registered per factory id. */
@FunctionalInterface
public interface PortableFactory {

    /** A new instance for {@code classId}, or {@code null} if the factory does not know it. */
    Portable create(int classId);
}
