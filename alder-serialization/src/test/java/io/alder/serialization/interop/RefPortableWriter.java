package io.alder.serialization.interop;

import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableWriter;
import java.io.IOException;

/** Alder's {@link PortableWriter} over the 3.12 reference writer; nested portables must be twins. */
final class RefPortableWriter implements PortableWriter {

    private final com.hazelcast.nio.serialization.PortableWriter writer;

    RefPortableWriter(com.hazelcast.nio.serialization.PortableWriter writer) {
        this.writer = writer;
    }

    @Override
    public void writeInt(String fieldName, int value) throws IOException {
        writer.writeInt(fieldName, value);
    }

    @Override
    public void writeLong(String fieldName, long value) throws IOException {
        writer.writeLong(fieldName, value);
    }

    @Override
    public void writeUTF(String fieldName, String value) throws IOException {
        writer.writeUTF(fieldName, value);
    }

    @Override
    public void writeBoolean(String fieldName, boolean value) throws IOException {
        writer.writeBoolean(fieldName, value);
    }

    @Override
    public void writeByte(String fieldName, byte value) throws IOException {
        writer.writeByte(fieldName, value);
    }

    @Override
    public void writeChar(String fieldName, int value) throws IOException {
        writer.writeChar(fieldName, value);
    }

    @Override
    public void writeDouble(String fieldName, double value) throws IOException {
        writer.writeDouble(fieldName, value);
    }

    @Override
    public void writeFloat(String fieldName, float value) throws IOException {
        writer.writeFloat(fieldName, value);
    }

    @Override
    public void writeShort(String fieldName, short value) throws IOException {
        writer.writeShort(fieldName, value);
    }

    @Override
    public void writePortable(String fieldName, Portable portable) throws IOException {
        writer.writePortable(fieldName, (com.hazelcast.nio.serialization.Portable) portable);
    }

    @Override
    public void writeNullPortable(String fieldName, int factoryId, int classId) throws IOException {
        writer.writeNullPortable(fieldName, factoryId, classId);
    }

    @Override
    public void writeByteArray(String fieldName, byte[] values) throws IOException {
        writer.writeByteArray(fieldName, values);
    }

    @Override
    public void writeBooleanArray(String fieldName, boolean[] values) throws IOException {
        writer.writeBooleanArray(fieldName, values);
    }

    @Override
    public void writeCharArray(String fieldName, char[] values) throws IOException {
        writer.writeCharArray(fieldName, values);
    }

    @Override
    public void writeIntArray(String fieldName, int[] values) throws IOException {
        writer.writeIntArray(fieldName, values);
    }

    @Override
    public void writeLongArray(String fieldName, long[] values) throws IOException {
        writer.writeLongArray(fieldName, values);
    }

    @Override
    public void writeDoubleArray(String fieldName, double[] values) throws IOException {
        writer.writeDoubleArray(fieldName, values);
    }

    @Override
    public void writeFloatArray(String fieldName, float[] values) throws IOException {
        writer.writeFloatArray(fieldName, values);
    }

    @Override
    public void writeShortArray(String fieldName, short[] values) throws IOException {
        writer.writeShortArray(fieldName, values);
    }

    @Override
    public void writeUTFArray(String fieldName, String[] values) throws IOException {
        writer.writeUTFArray(fieldName, values);
    }

    @Override
    public void writePortableArray(String fieldName, Portable[] portables) throws IOException {
        com.hazelcast.nio.serialization.Portable[] converted = null;
        if (portables != null) {
            converted = new com.hazelcast.nio.serialization.Portable[portables.length];
            for (int i = 0; i < portables.length; i++) {
                converted[i] = (com.hazelcast.nio.serialization.Portable) portables[i];
            }
        }
        writer.writePortableArray(fieldName, converted);
    }

    @Override
    public ObjectDataOutput getRawDataOutput() throws IOException {
        return new RefOutput(writer.getRawDataOutput());
    }
}
