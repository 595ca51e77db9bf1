package io.alder.serialization;

/**
 * A {@link Portable} with its own class version; without it a portable has the service's
 * {@link SerializationConfig#portableVersion()}. Data written with another version is read field by field,
 * with missing fields defaulted and numbers widened.
 */
public interface VersionedPortable extends Portable {

    /** The version of this class's field layout, not negative. */
    int getClassVersion();
}
