package io.alder.serialization.internal.portable;

import io.alder.serialization.FieldType;
import io.alder.serialization.PortableWriter;
import io.alder.serialization.internal.BufferOutput;

/**
 * The writes of every field type but the portable ones, each "start the field, then write the value",
 * shared by {@link PortableFieldWriter}, which writes the fields, and {@link ClassDefinitionRecorder}, which
 * derives a class definition from them. What starting a field means is up to the subclass.
 */
abstract class AbstractPortableWriter implements PortableWriter {

    /** Starts the field {@code fieldName} of {@code type}, returning the output its value goes to. */
    abstract BufferOutput startField(String fieldName, FieldType type);

    @Override
    public final void writeInt(String fieldName, int value) {
        startField(fieldName, FieldType.INT).writeInt(value);
    }

    @Override
    public final void writeLong(String fieldName, long value) {
        startField(fieldName, FieldType.LONG).writeLong(value);
    }

    @Override
    public final void writeUTF(String fieldName, String value) {
        startField(fieldName, FieldType.UTF).writeUTF(value);
    }

    @Override
    public final void writeBoolean(String fieldName, boolean value) {
        startField(fieldName, FieldType.BOOLEAN).writeBoolean(value);
    }

    @Override
    public final void writeByte(String fieldName, byte value) {
        startField(fieldName, FieldType.BYTE).writeByte(value);
    }

    @Override
    public final void writeChar(String fieldName, int value) {
        startField(fieldName, FieldType.CHAR).writeChar(value);
    }

    @Override
    public final void writeDouble(String fieldName, double value) {
        startField(fieldName, FieldType.DOUBLE).writeDouble(value);
    }

    @Override
    public final void writeFloat(String fieldName, float value) {
        startField(fieldName, FieldType.FLOAT).writeFloat(value);
    }

    @Override
    public final void writeShort(String fieldName, short value) {
        startField(fieldName, FieldType.SHORT).writeShort(value);
    }

    @Override
    public final void writeByteArray(String fieldName, byte[] values) {
        startField(fieldName, FieldType.BYTE_ARRAY).writeByteArray(values);
    }

    @Override
    public final void writeBooleanArray(String fieldName, boolean[] values) {
        startField(fieldName, FieldType.BOOLEAN_ARRAY).writeBooleanArray(values);
    }

    @Override
    public final void writeCharArray(String fieldName, char[] values) {
        startField(fieldName, FieldType.CHAR_ARRAY).writeCharArray(values);
    }

    @Override
    public final void writeIntArray(String fieldName, int[] values) {
        startField(fieldName, FieldType.INT_ARRAY).writeIntArray(values);
    }

    @Override
    public final void writeLongArray(String fieldName, long[] values) {
        startField(fieldName, FieldType.LONG_ARRAY).writeLongArray(values);
    }

    @Override
    public final void writeDoubleArray(String fieldName, double[] values) {
        startField(fieldName, FieldType.DOUBLE_ARRAY).writeDoubleArray(values);
    }

    @Override
    public final void writeFloatArray(String fieldName, float[] values) {
        startField(fieldName, FieldType.FLOAT_ARRAY).writeFloatArray(values);
    }

    @Override
    public final void writeShortArray(String fieldName, short[] values) {
        startField(fieldName, FieldType.SHORT_ARRAY).writeShortArray(values);
    }

    @Override
    public final void writeUTFArray(String fieldName, String[] values) {
        startField(fieldName, FieldType.UTF_ARRAY).writeUTFArray(values);
    }
}
