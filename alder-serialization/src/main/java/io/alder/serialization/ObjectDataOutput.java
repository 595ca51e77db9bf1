package io.alder.serialization;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteOrder;

/**
 * The stream a serializer writes to, with the method set of 3.12's {@code ObjectDataOutput} so that
 * serializer code can be ported unchanged.
 *
 * <p>Multi-byte values follow {@link #getByteOrder()}. Strings are written as in 3.12, not as
 * {@link DataOutput#writeUTF} specifies: a char count (or {@code -1} for null), then each UTF-16 unit on one
 * to three bytes. Arrays are an int32 length ({@code -1} for null) followed by the elements.
 */
public interface ObjectDataOutput extends DataOutput {

    /** Writes a byte array with its length; {@code null} is written as length {@code -1}. */
    void writeByteArray(byte[] bytes) throws IOException;

    /** Writes a boolean array with its length, one byte per element. */
    void writeBooleanArray(boolean[] booleans) throws IOException;

    /** Writes a char array with its length, two bytes per element. */
    void writeCharArray(char[] chars) throws IOException;

    /** Writes an int array with its length. */
    void writeIntArray(int[] ints) throws IOException;

    /** Writes a long array with its length. */
    void writeLongArray(long[] longs) throws IOException;

    /** Writes a double array with its length. */
    void writeDoubleArray(double[] values) throws IOException;

    /** Writes a float array with its length. */
    void writeFloatArray(float[] values) throws IOException;

    /** Writes a short array with its length. */
    void writeShortArray(short[] values) throws IOException;

    /** Writes a String array with its length, each element as {@link #writeUTF}. */
    void writeUTFArray(String[] values) throws IOException;

    /**
     * Writes any object the service can serialize (null included) as its serializer type id followed by the
     * serializer's output.
     *
     * @throws SerializationException if {@code object} is a {@link Data}; use {@link #writeData} for those
     */
    void writeObject(Object object) throws IOException;

    /** Writes an already serialized value as a byte array (length {@code -1} for null). */
    void writeData(Data data) throws IOException;

    /** The byte order of multi-byte values in this stream. */
    ByteOrder getByteOrder();
}
