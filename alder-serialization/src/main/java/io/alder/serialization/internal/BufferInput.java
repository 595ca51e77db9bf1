package io.alder.serialization.internal;

import io.alder.serialization.Data;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.SerializationException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads serializer output from a byte array, usually a whole {@link Data} blob with the position after its
 * header. Positions are absolute in the array, as portable offsets expect. Every length read from the data
 * is checked against the bytes left before anything is allocated for it.
 *
 * <p>An {@link InputStream} so that Java deserialization can read straight from it. Not thread-safe.
 */
public final class BufferInput extends InputStream implements ObjectDataInput {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int NULL_LENGTH = -1;

    private final byte[] data;
    private final int limit;
    private final boolean bigEndian;
    private final DataCodec codec;
    private int pos;

    /** Reads {@code data} from {@code position} to its end, nested objects through {@code codec}. */
    public BufferInput(DataCodec codec, ByteOrder order, byte[] data, int position) {
        this.codec = codec;
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
        this.data = data;
        this.limit = data.length;
        this.pos = position;
    }

    /** The position of the next byte. */
    public int position() {
        return pos;
    }

    /** Moves to {@code position}. */
    public void position(int position) {
        if (position < 0 || position > limit) {
            throw new SerializationException("position: " + position + " (expected: 0.." + limit + ")");
        }
        pos = position;
    }

    /** The backing array, for readers that work on the bytes in place (decompression). */
    byte[] array() {
        return data;
    }

    /** The end of the readable bytes in {@link #array()}. */
    int limit() {
        return limit;
    }

    /** The int at {@code position}, without moving. */
    public int readIntAt(int position) throws EOFException {
        checkAt(position, Integer.BYTES);
        int v = (int) INT.get(data, position);
        return bigEndian ? v : Integer.reverseBytes(v);
    }

    /** The short at {@code position}, without moving. */
    public short readShortAt(int position) throws EOFException {
        checkAt(position, Short.BYTES);
        short v = (short) SHORT.get(data, position);
        return bigEndian ? v : Short.reverseBytes(v);
    }

    @Override
    public ByteOrder getByteOrder() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    @Override
    public ClassLoader getClassLoader() {
        return codec.classLoading().loader();
    }

    @Override
    public int read() {
        return pos < limit ? data[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int n = Math.min(length, limit - pos);
        if (n <= 0) {
            return -1;
        }
        System.arraycopy(data, pos, bytes, offset, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return limit - pos;
    }

    @Override
    public void readFully(byte[] bytes) throws EOFException {
        readFully(bytes, 0, bytes.length);
    }

    @Override
    public void readFully(byte[] bytes, int offset, int length) throws EOFException {
        check(length);
        System.arraycopy(data, pos, bytes, offset, length);
        pos += length;
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, limit - pos));
        pos += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws EOFException {
        return readByte() != 0;
    }

    @Override
    public byte readByte() throws EOFException {
        check(1);
        return data[pos++];
    }

    @Override
    public int readUnsignedByte() throws EOFException {
        return readByte() & 0xff;
    }

    @Override
    public short readShort() throws EOFException {
        short v = readShortAt(pos);
        pos += Short.BYTES;
        return v;
    }

    @Override
    public int readUnsignedShort() throws EOFException {
        return readShort() & 0xffff;
    }

    @Override
    public char readChar() throws EOFException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws EOFException {
        int v = readIntAt(pos);
        pos += Integer.BYTES;
        return v;
    }

    @Override
    public long readLong() throws EOFException {
        check(Long.BYTES);
        long v = (long) LONG.get(data, pos);
        pos += Long.BYTES;
        return bigEndian ? v : Long.reverseBytes(v);
    }

    @Override
    public float readFloat() throws EOFException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws EOFException {
        return Double.longBitsToDouble(readLong());
    }

    /** Not supported, as in 3.12: lines are not a serialization format. */
    @Override
    @Deprecated
    public String readLine() {
        throw new UnsupportedOperationException("readLine");
    }

    /** Reads 3.12's string encoding; a count of {@code -1} is null. */
    @Override
    public String readUTF() throws IOException {
        int count = readLength(1);
        if (count == NULL_LENGTH) {
            return null;
        }
        char[] chars = new char[count];
        pos = StringCodec.decode(data, pos, limit, chars);
        return new String(chars);
    }

    @Override
    public byte[] readByteArray() throws EOFException {
        int length = readLength(1);
        if (length == NULL_LENGTH) {
            return null;
        }
        byte[] values = Arrays.copyOfRange(data, pos, pos + length);
        pos += length;
        return values;
    }

    @Override
    public boolean[] readBooleanArray() throws EOFException {
        int length = readLength(1);
        if (length == NULL_LENGTH) {
            return null;
        }
        boolean[] values = new boolean[length];
        for (int i = 0; i < length; i++) {
            values[i] = readBoolean();
        }
        return values;
    }

    @Override
    public char[] readCharArray() throws EOFException {
        int length = readLength(Character.BYTES);
        if (length == NULL_LENGTH) {
            return null;
        }
        char[] values = new char[length];
        for (int i = 0; i < length; i++) {
            values[i] = readChar();
        }
        return values;
    }

    @Override
    public int[] readIntArray() throws EOFException {
        int length = readLength(Integer.BYTES);
        if (length == NULL_LENGTH) {
            return null;
        }
        int[] values = new int[length];
        for (int i = 0; i < length; i++) {
            values[i] = readInt();
        }
        return values;
    }

    @Override
    public long[] readLongArray() throws EOFException {
        int length = readLength(Long.BYTES);
        if (length == NULL_LENGTH) {
            return null;
        }
        long[] values = new long[length];
        for (int i = 0; i < length; i++) {
            values[i] = readLong();
        }
        return values;
    }

    @Override
    public double[] readDoubleArray() throws EOFException {
        int length = readLength(Double.BYTES);
        if (length == NULL_LENGTH) {
            return null;
        }
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = readDouble();
        }
        return values;
    }

    @Override
    public float[] readFloatArray() throws EOFException {
        int length = readLength(Float.BYTES);
        if (length == NULL_LENGTH) {
            return null;
        }
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = readFloat();
        }
        return values;
    }

    @Override
    public short[] readShortArray() throws EOFException {
        int length = readLength(Short.BYTES);
        if (length == NULL_LENGTH) {
            return null;
        }
        short[] values = new short[length];
        for (int i = 0; i < length; i++) {
            values[i] = readShort();
        }
        return values;
    }

    @Override
    public String[] readUTFArray() throws IOException {
        int length = readLength(Integer.BYTES);
        if (length == NULL_LENGTH) {
            return null;
        }
        String[] values = new String[length];
        for (int i = 0; i < length; i++) {
            values[i] = readUTF();
        }
        return values;
    }

    @Override
    public <T> T readObject() {
        return codec.readObject(this);
    }

    @Override
    public <T> T readDataAsObject() throws EOFException {
        Data data = readData();
        return data == null ? null : codec.toObject(data);
    }

    @Override
    public Data readData() throws EOFException {
        byte[] bytes = readByteArray();
        if (bytes == null) {
            return null;
        }
        if (bytes.length != 0 && bytes.length < Data.HEADER_SIZE) {
            throw new SerializationException("nested data length: " + bytes.length
                    + " (expected: 0 or >= " + Data.HEADER_SIZE + ")");
        }
        return Data.wrap(bytes);
    }

    /**
     * Reads a length ({@code -1} for null) of elements at least {@code minElementSize} bytes each, rejecting
     * lengths the remaining bytes cannot hold.
     */
    private int readLength(int minElementSize) throws EOFException {
        int length = readInt();
        if (length < NULL_LENGTH || (long) length * minElementSize > limit - pos) {
            throw new SerializationException("length: " + length + " (expected: -1.." + (limit - pos) / minElementSize
                    + " at position " + (pos - Integer.BYTES) + ")");
        }
        return length;
    }

    private void check(int length) throws EOFException {
        if (length > limit - pos) {
            throw new EOFException("need " + length + " bytes at position " + pos + ", have " + (limit - pos));
        }
    }

    private void checkAt(int position, int length) throws EOFException {
        if (position < 0 || length > limit - position) {
            throw new EOFException("need " + length + " bytes at position " + position + ", limit " + limit);
        }
    }
}
