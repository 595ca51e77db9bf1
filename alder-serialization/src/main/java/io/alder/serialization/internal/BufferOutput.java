package io.alder.serialization.internal;

import io.alder.serialization.Data;
import io.alder.serialization.ObjectDataOutput;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A growable byte array that serializers write to. It is an {@link OutputStream} so that Java serialization
 * can write straight into it, and it knows positions, because portable field tables hold absolute offsets
 * from the start of the {@link Data} blob (header included).
 *
 * <p>Not thread-safe; one thread fills it, then {@link #toByteArray()} copies the result.
 */
public final class BufferOutput extends OutputStream implements ObjectDataOutput {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int NULL_LENGTH = -1;

    private byte[] buffer;
    private int pos;
    private boolean bigEndian;
    private DataCodec codec;

    /** An empty buffer that writes nested objects through {@code codec} in {@code order}. */
    public BufferOutput(DataCodec codec, ByteOrder order, int initialCapacity) {
        this.buffer = new byte[initialCapacity];
        attach(codec, order);
    }

    /** Empties the buffer for reuse with {@code codec}. */
    void attach(DataCodec codec, ByteOrder order) {
        this.codec = codec;
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
        this.pos = 0;
    }

    /** Drops the codec so that an idle pooled buffer keeps nothing else alive. */
    void detach() {
        this.codec = null;
    }

    /** A new, empty buffer that writes like this one, for output that is discarded. */
    public BufferOutput scratch() {
        return new BufferOutput(codec, getByteOrder(), 64);
    }

    int capacity() {
        return buffer.length;
    }

    /** The number of bytes written so far, which is also the position of the next byte. */
    public int position() {
        return pos;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, pos);
    }

    /** Writes {@code count} zero bytes, room for values patched in later with {@link #writeIntAt}. */
    public void writeZeroBytes(int count) {
        ensure(count);
        Arrays.fill(buffer, pos, pos + count, (byte) 0);
        pos += count;
    }

    /** Overwrites the int at {@code position}, which must already have been written. */
    public void writeIntAt(int position, int value) {
        if (position < 0 || position + Integer.BYTES > pos) {
            throw new IndexOutOfBoundsException("position: " + position + " (written: " + pos + ")");
        }
        INT.set(buffer, position, bigEndian ? value : Integer.reverseBytes(value));
    }

    /** Writes an int big-endian whatever the stream's order, as the data header requires. */
    public void writeIntBigEndian(int value) {
        ensure(Integer.BYTES);
        INT.set(buffer, pos, value);
        pos += Integer.BYTES;
    }

    @Override
    public ByteOrder getByteOrder() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    @Override
    public void write(int b) {
        ensure(1);
        buffer[pos++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, pos, length);
        pos += length;
    }

    @Override
    public void writeBoolean(boolean value) {
        write(value ? 1 : 0);
    }

    @Override
    public void writeByte(int value) {
        write(value);
    }

    @Override
    public void writeShort(int value) {
        ensure(Short.BYTES);
        short s = (short) value;
        SHORT.set(buffer, pos, bigEndian ? s : Short.reverseBytes(s));
        pos += Short.BYTES;
    }

    @Override
    public void writeChar(int value) {
        writeShort(value);
    }

    @Override
    public void writeInt(int value) {
        ensure(Integer.BYTES);
        INT.set(buffer, pos, bigEndian ? value : Integer.reverseBytes(value));
        pos += Integer.BYTES;
    }

    @Override
    public void writeLong(long value) {
        ensure(Long.BYTES);
        LONG.set(buffer, pos, bigEndian ? value : Long.reverseBytes(value));
        pos += Long.BYTES;
    }

    @Override
    public void writeFloat(float value) {
        writeInt(Float.floatToIntBits(value));
    }

    @Override
    public void writeDouble(double value) {
        writeLong(Double.doubleToLongBits(value));
    }

    /** Writes the low byte of each char, as {@link java.io.DataOutput#writeBytes} specifies. */
    @Override
    public void writeBytes(String value) {
        ensure(value.length());
        for (int i = 0; i < value.length(); i++) {
            buffer[pos++] = (byte) value.charAt(i);
        }
    }

    @Override
    public void writeChars(String value) {
        for (int i = 0; i < value.length(); i++) {
            writeChar(value.charAt(i));
        }
    }

    /** Writes 3.12's string encoding: the char count ({@code -1} for null), then the chars. */
    @Override
    public void writeUTF(String value) {
        if (value == null) {
            writeInt(NULL_LENGTH);
            return;
        }
        writeInt(value.length());
        ensure(StringCodec.encodedLength(value));
        pos = StringCodec.encode(value, buffer, pos);
    }

    @Override
    public void writeByteArray(byte[] values) {
        if (writeLength(values == null ? NULL_LENGTH : values.length)) {
            write(values);
        }
    }

    @Override
    public void writeBooleanArray(boolean[] values) {
        if (writeLength(values == null ? NULL_LENGTH : values.length)) {
            for (boolean value : values) {
                writeBoolean(value);
            }
        }
    }

    @Override
    public void writeCharArray(char[] values) {
        if (writeLength(values == null ? NULL_LENGTH : values.length)) {
            for (char value : values) {
                writeChar(value);
            }
        }
    }

    @Override
    public void writeIntArray(int[] values) {
        if (writeLength(values == null ? NULL_LENGTH : values.length)) {
            for (int value : values) {
                writeInt(value);
            }
        }
    }

    @Override
    public void writeLongArray(long[] values) {
        if (writeLength(values == null ? NULL_LENGTH : values.length)) {
            for (long value : values) {
                writeLong(value);
            }
        }
    }

    @Override
    public void writeDoubleArray(double[] values) {
        if (writeLength(values == null ? NULL_LENGTH : values.length)) {
            for (double value : values) {
                writeDouble(value);
            }
        }
    }

    @Override
    public void writeFloatArray(float[] values) {
        if (writeLength(values == null ? NULL_LENGTH : values.length)) {
            for (float value : values) {
                writeFloat(value);
            }
        }
    }

    @Override
    public void writeShortArray(short[] values) {
        if (writeLength(values == null ? NULL_LENGTH : values.length)) {
            for (short value : values) {
                writeShort(value);
            }
        }
    }

    @Override
    public void writeUTFArray(String[] values) {
        if (writeLength(values == null ? NULL_LENGTH : values.length)) {
            for (String value : values) {
                writeUTF(value);
            }
        }
    }

    @Override
    public void writeObject(Object object) {
        codec.writeObject(this, object);
    }

    @Override
    public void writeData(Data data) {
        writeByteArray(data == null ? null : data.bytes());
    }

    /** Writes an array length and says whether elements follow. */
    private boolean writeLength(int length) {
        writeInt(length);
        return length > 0;
    }

    private void ensure(int extra) {
        int needed = pos + extra;
        if (needed > buffer.length) {
            if (needed < 0) {
                throw new OutOfMemoryError("serialized value larger than 2 GiB");
            }
            buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length << 1));
        }
    }
}
