package io.alder.serialization.interop;

import io.alder.serialization.Data;
import io.alder.serialization.ObjectDataInput;
import java.io.IOException;
import java.nio.ByteOrder;

/** Alder's {@link ObjectDataInput} over the 3.12 reference stream (see {@link RefOutput}). */
final class RefInput implements ObjectDataInput {

    private final com.hazelcast.nio.ObjectDataInput in;

    RefInput(com.hazelcast.nio.ObjectDataInput in) {
        this.in = in;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        in.readFully(b);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        in.readFully(b, off, len);
    }

    @Override
    public int skipBytes(int n) throws IOException {
        return in.skipBytes(n);
    }

    @Override
    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    @Override
    public byte readByte() throws IOException {
        return in.readByte();
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return in.readUnsignedByte();
    }

    @Override
    public short readShort() throws IOException {
        return in.readShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return in.readUnsignedShort();
    }

    @Override
    public char readChar() throws IOException {
        return in.readChar();
    }

    @Override
    public int readInt() throws IOException {
        return in.readInt();
    }

    @Override
    public long readLong() throws IOException {
        return in.readLong();
    }

    @Override
    public float readFloat() throws IOException {
        return in.readFloat();
    }

    @Override
    public double readDouble() throws IOException {
        return in.readDouble();
    }

    @Override
    @Deprecated
    public String readLine() throws IOException {
        return in.readLine();
    }

    @Override
    public String readUTF() throws IOException {
        return in.readUTF();
    }

    @Override
    public byte[] readByteArray() throws IOException {
        return in.readByteArray();
    }

    @Override
    public boolean[] readBooleanArray() throws IOException {
        return in.readBooleanArray();
    }

    @Override
    public char[] readCharArray() throws IOException {
        return in.readCharArray();
    }

    @Override
    public int[] readIntArray() throws IOException {
        return in.readIntArray();
    }

    @Override
    public long[] readLongArray() throws IOException {
        return in.readLongArray();
    }

    @Override
    public double[] readDoubleArray() throws IOException {
        return in.readDoubleArray();
    }

    @Override
    public float[] readFloatArray() throws IOException {
        return in.readFloatArray();
    }

    @Override
    public short[] readShortArray() throws IOException {
        return in.readShortArray();
    }

    @Override
    public String[] readUTFArray() throws IOException {
        return in.readUTFArray();
    }

    @Override
    public <T> T readObject() throws IOException {
        return in.readObject();
    }

    @Override
    public <T> T readDataAsObject() throws IOException {
        return in.readDataAsObject();
    }

    @Override
    public Data readData() throws IOException {
        com.hazelcast.nio.serialization.Data data = in.readData();
        return data == null ? null : Data.wrap(data.toByteArray());
    }

    @Override
    public ClassLoader getClassLoader() {
        return in.getClassLoader();
    }

    @Override
    public ByteOrder getByteOrder() {
        return in.getByteOrder();
    }
}
