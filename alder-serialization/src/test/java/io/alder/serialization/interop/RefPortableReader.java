package io.alder.serialization.interop;

import io.alder.serialization.FieldType;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableReader;
import java.io.IOException;
import java.util.Set;

/** Alder's {@link PortableReader} over the 3.12 reference reader; nested portables come back as twins. */
final class RefPortableReader implements PortableReader {

    private final com.hazelcast.nio.serialization.PortableReader reader;

    RefPortableReader(com.hazelcast.nio.serialization.PortableReader reader) {
        this.reader = reader;
    }

    @Override
    public int getVersion() {
        return reader.getVersion();
    }

    @Override
    public boolean hasField(String fieldName) {
        return reader.hasField(fieldName);
    }

    @Override
    public Set<String> getFieldNames() {
        return reader.getFieldNames();
    }

    @Override
    public FieldType getFieldType(String fieldName) {
        return FieldType.get(reader.getFieldType(fieldName).getId());
    }

    @Override
    public int getFieldClassId(String fieldName) {
        return reader.getFieldClassId(fieldName);
    }

    @Override
    public int readInt(String fieldName) throws IOException {
        return reader.readInt(fieldName);
    }

    @Override
    public long readLong(String fieldName) throws IOException {
        return reader.readLong(fieldName);
    }

    @Override
    public String readUTF(String fieldName) throws IOException {
        return reader.readUTF(fieldName);
    }

    @Override
    public boolean readBoolean(String fieldName) throws IOException {
        return reader.readBoolean(fieldName);
    }

    @Override
    public byte readByte(String fieldName) throws IOException {
        return reader.readByte(fieldName);
    }

    @Override
    public char readChar(String fieldName) throws IOException {
        return reader.readChar(fieldName);
    }

    @Override
    public double readDouble(String fieldName) throws IOException {
        return reader.readDouble(fieldName);
    }

    @Override
    public float readFloat(String fieldName) throws IOException {
        return reader.readFloat(fieldName);
    }

    @Override
    public short readShort(String fieldName) throws IOException {
        return reader.readShort(fieldName);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <P extends Portable> P readPortable(String fieldName) throws IOException {
        return (P) reader.readPortable(fieldName);
    }

    @Override
    public byte[] readByteArray(String fieldName) throws IOException {
        return reader.readByteArray(fieldName);
    }

    @Override
    public boolean[] readBooleanArray(String fieldName) throws IOException {
        return reader.readBooleanArray(fieldName);
    }

    @Override
    public char[] readCharArray(String fieldName) throws IOException {
        return reader.readCharArray(fieldName);
    }

    @Override
    public int[] readIntArray(String fieldName) throws IOException {
        return reader.readIntArray(fieldName);
    }

    @Override
    public long[] readLongArray(String fieldName) throws IOException {
        return reader.readLongArray(fieldName);
    }

    @Override
    public double[] readDoubleArray(String fieldName) throws IOException {
        return reader.readDoubleArray(fieldName);
    }

    @Override
    public float[] readFloatArray(String fieldName) throws IOException {
        return reader.readFloatArray(fieldName);
    }

    @Override
    public short[] readShortArray(String fieldName) throws IOException {
        return reader.readShortArray(fieldName);
    }

    @Override
    public String[] readUTFArray(String fieldName) throws IOException {
        return reader.readUTFArray(fieldName);
    }

    @Override
    public Portable[] readPortableArray(String fieldName) throws IOException {
        com.hazelcast.nio.serialization.Portable[] portables = reader.readPortableArray(fieldName);
        if (portables == null) {
            return null;
        }
        Portable[] converted = new Portable[portables.length];
        for (int i = 0; i < portables.length; i++) {
            converted[i] = (Portable) portables[i];
        }
        return converted;
    }

    @Override
    public ObjectDataInput getRawDataInput() throws IOException {
        return new RefInput(reader.getRawDataInput());
    }
}
