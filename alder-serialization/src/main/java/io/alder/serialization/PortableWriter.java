package io.alder.serialization;

import java.io.IOException;

/**
 * Writes the named fields of a {@link Portable} (3.12's {@code PortableWriter}). Each field of the class
 * definition is written once; after {@link #getRawDataOutput()} only raw data may follow.
 */
public interface PortableWriter {

    void writeInt(String fieldName, int value) throws IOException;

    void writeLong(String fieldName, long value) throws IOException;

    void writeUTF(String fieldName, String value) throws IOException;

    void writeBoolean(String fieldName, boolean value) throws IOException;

    void writeByte(String fieldName, byte value) throws IOException;

    void writeChar(String fieldName, int value) throws IOException;

    void writeDouble(String fieldName, double value) throws IOException;

    void writeFloat(String fieldName, float value) throws IOException;

    void writeShort(String fieldName, short value) throws IOException;

    /** Writes a nested portable; a null one needs a registered class definition for this field. */
    void writePortable(String fieldName, Portable portable) throws IOException;

    /** Writes a null nested portable of the given class, whose class definition must be registered. */
    void writeNullPortable(String fieldName, int factoryId, int classId) throws IOException;

    void writeByteArray(String fieldName, byte[] values) throws IOException;

    void writeBooleanArray(String fieldName, boolean[] values) throws IOException;

    void writeCharArray(String fieldName, char[] values) throws IOException;

    void writeIntArray(String fieldName, int[] values) throws IOException;

    void writeLongArray(String fieldName, long[] values) throws IOException;

    void writeDoubleArray(String fieldName, double[] values) throws IOException;

    void writeFloatArray(String fieldName, float[] values) throws IOException;

    void writeShortArray(String fieldName, short[] values) throws IOException;

    void writeUTFArray(String fieldName, String[] values) throws IOException;

    /** Writes portables of one class; a null or empty array needs a registered class definition. */
    void writePortableArray(String fieldName, Portable[] portables) throws IOException;

    /** The stream for unnamed data after the fields; no field may be written afterwards. */
    ObjectDataOutput getRawDataOutput() throws IOException;
}
