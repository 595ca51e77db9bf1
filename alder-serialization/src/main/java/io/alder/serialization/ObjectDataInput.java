package io.alder.serialization;

import java.io.DataInput;
import java.io.IOException;
import java.nio.ByteOrder;

/**
 * The stream a serializer reads from, the counterpart of {@link ObjectDataOutput} with the method set of
 * 3.12's {@code ObjectDataInput}. Array readers return {@code null} where the writer wrote a null array;
 * {@link #readUTF()} reads 3.12's string encoding.
 */
public interface ObjectDataInput extends DataInput {

    /** Reads a byte array written by {@link ObjectDataOutput#writeByteArray}. */
    byte[] readByteArray() throws IOException;

    /** Reads a boolean array. */
    boolean[] readBooleanArray() throws IOException;

    /** Reads a char array. */
    char[] readCharArray() throws IOException;

    /** Reads an int array. */
    int[] readIntArray() throws IOException;

    /** Reads a long array. */
    long[] readLongArray() throws IOException;

    /** Reads a double array. */
    double[] readDoubleArray() throws IOException;

    /** Reads a float array. */
    float[] readFloatArray() throws IOException;

    /** Reads a short array. */
    short[] readShortArray() throws IOException;

    /** Reads a String array. */
    String[] readUTFArray() throws IOException;

    /** Reads an object written by {@link ObjectDataOutput#writeObject}. */
    <T> T readObject() throws IOException;

    /** Reads a value written by {@link ObjectDataOutput#writeData} and deserializes it. */
    <T> T readDataAsObject() throws IOException;

    /** Reads a value written by {@link ObjectDataOutput#writeData}, without deserializing it. */
    Data readData() throws IOException;

    /** The class loader that resolves class names found in the stream. */
    ClassLoader getClassLoader();

    /** The byte order of multi-byte values in this stream. */
    ByteOrder getByteOrder();
}
