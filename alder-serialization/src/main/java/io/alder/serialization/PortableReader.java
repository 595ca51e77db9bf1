package io.alder.serialization;

import java.io.IOException;
import java.util.Set;

/**
 * Reads the named fields of a {@link Portable} (3.12's {@code PortableReader}). Fields may be read in any
 * order. When the data was written by another version of the class, missing fields read as defaults
 * (0, false, null) and numeric fields widen (a byte field reads as int, an int field as long or double).
 */
public interface PortableReader {

    /** The class version the data was written with. */
    int getVersion();

    boolean hasField(String fieldName);

    Set<String> getFieldNames();

    FieldType getFieldType(String fieldName);

    int getFieldClassId(String fieldName);

    int readInt(String fieldName) throws IOException;

    long readLong(String fieldName) throws IOException;

    String readUTF(String fieldName) throws IOException;

    boolean readBoolean(String fieldName) throws IOException;

    byte readByte(String fieldName) throws IOException;

    char readChar(String fieldName) throws IOException;

    double readDouble(String fieldName) throws IOException;

    float readFloat(String fieldName) throws IOException;

    short readShort(String fieldName) throws IOException;

    <P extends Portable> P readPortable(String fieldName) throws IOException;

    byte[] readByteArray(String fieldName) throws IOException;

    boolean[] readBooleanArray(String fieldName) throws IOException;

    char[] readCharArray(String fieldName) throws IOException;

    int[] readIntArray(String fieldName) throws IOException;

    long[] readLongArray(String fieldName) throws IOException;

    double[] readDoubleArray(String fieldName) throws IOException;

    float[] readFloatArray(String fieldName) throws IOException;

    short[] readShortArray(String fieldName) throws IOException;

    String[] readUTFArray(String fieldName) throws IOException;

    Portable[] readPortableArray(String fieldName) throws IOException;

    /** The stream positioned at the raw data written after the fields; no field may be read afterwards. */
    ObjectDataInput getRawDataInput() throws IOException;
}
