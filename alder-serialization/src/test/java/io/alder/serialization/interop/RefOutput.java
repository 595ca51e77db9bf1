package io.alder.serialization.interop;

import io.alder.serialization.Data;
import io.alder.serialization.ObjectDataOutput;
import com.hazelcast.internal.serialization.impl.HeapData;
import java.io.IOException;
import java.nio.ByteOrder;

/**
 * Alder's {@link ObjectDataOutput} over the 3.12 reference stream, so that a twin class's single write
 * method runs against the real 3.12 writer.
 */
final class RefOutput implements ObjectDataOutput {

    private final com.hazelcast.nio.ObjectDataOutput out;

    RefOutput(com.hazelcast.nio.ObjectDataOutput out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void writeBoolean(boolean v) throws IOException {
        out.writeBoolean(v);
    }

    @Override
    public void writeByte(int v) throws IOException {
        out.writeByte(v);
    }

    @Override
    public void writeShort(int v) throws IOException {
        out.writeShort(v);
    }

    @Override
    public void writeChar(int v) throws IOException {
        out.writeChar(v);
    }

    @Override
    public void writeInt(int v) throws IOException {
        out.writeInt(v);
    }

    @Override
    public void writeLong(long v) throws IOException {
        out.writeLong(v);
    }

    @Override
    public void writeFloat(float v) throws IOException {
        out.writeFloat(v);
    }

    @Override
    public void writeDouble(double v) throws IOException {
        out.writeDouble(v);
    }

    @Override
    public void writeBytes(String s) throws IOException {
        out.writeBytes(s);
    }

    @Override
    public void writeChars(String s) throws IOException {
        out.writeChars(s);
    }

    @Override
    public void writeUTF(String s) throws IOException {
        out.writeUTF(s);
    }

    @Override
    public void writeByteArray(byte[] bytes) throws IOException {
        out.writeByteArray(bytes);
    }

    @Override
    public void writeBooleanArray(boolean[] booleans) throws IOException {
        out.writeBooleanArray(booleans);
    }

    @Override
    public void writeCharArray(char[] chars) throws IOException {
        out.writeCharArray(chars);
    }

    @Override
    public void writeIntArray(int[] ints) throws IOException {
        out.writeIntArray(ints);
    }

    @Override
    public void writeLongArray(long[] longs) throws IOException {
        out.writeLongArray(longs);
    }

    @Override
    public void writeDoubleArray(double[] values) throws IOException {
        out.writeDoubleArray(values);
    }

    @Override
    public void writeFloatArray(float[] values) throws IOException {
        out.writeFloatArray(values);
    }

    @Override
    public void writeShortArray(short[] values) throws IOException {
        out.writeShortArray(values);
    }

    @Override
    public void writeUTFArray(String[] values) throws IOException {
        out.writeUTFArray(values);
    }

    @Override
    public void writeObject(Object object) throws IOException {
        out.writeObject(object);
    }

    @Override
    public void writeData(Data data) throws IOException {
        out.writeData(data == null ? null : new HeapData(data.bytes()));
    }

    @Override
    public ByteOrder getByteOrder() {
        return out.getByteOrder();
    }
}
