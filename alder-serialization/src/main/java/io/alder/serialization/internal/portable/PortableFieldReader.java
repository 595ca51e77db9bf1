package io.alder.serialization.internal.portable;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.FieldDefinition;
import io.alder.serialization.FieldType;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableReader;
import io.alder.serialization.SerializationException;
import io.alder.serialization.internal.BufferInput;
import java.io.IOException;
import java.util.Set;

/**
 * Reads the fields of one portable body (layout in {@link PortableFieldWriter}) by name, in any order: each
 * read jumps to the field's offset and comes back. Names and types must match the class definition the
 * data was written with; {@link MorphingPortableReader} relaxes that across class versions.
 */
class PortableFieldReader implements PortableReader {

    /** Reads one value at the input's position. */
    @FunctionalInterface
    private interface Read<T> {
        T from(BufferInput in) throws IOException;
    }

    private static final int NULL_LENGTH = -1;

    private final PortableSerializer serializer;
    private final BufferInput in;
    private final ClassDefinition definition;
    private final int endPosition;
    private final int offsets;
    private boolean raw;

    PortableFieldReader(PortableSerializer serializer, BufferInput in, ClassDefinition definition)
            throws IOException {
        this.serializer = serializer;
        this.in = in;
        this.definition = definition;
        this.endPosition = in.readInt();
        int fieldCount = in.readInt();
        if (fieldCount != definition.getFieldCount()) {
            throw new SerializationException("Field count[" + fieldCount + "] in stream does not match " + definition);
        }
        this.offsets = in.position();
    }

    /** The class definition the data was written with. */
    final ClassDefinition definition() {
        return definition;
    }

    @Override
    public int getVersion() {
        return definition.getVersion();
    }

    @Override
    public boolean hasField(String fieldName) {
        return definition.hasField(fieldName);
    }

    @Override
    public Set<String> getFieldNames() {
        return definition.getFieldNames();
    }

    @Override
    public FieldType getFieldType(String fieldName) {
        return definition.getFieldType(fieldName);
    }

    @Override
    public int getFieldClassId(String fieldName) {
        return definition.getFieldClassId(fieldName);
    }

    @Override
    public int readInt(String fieldName) throws IOException {
        return at(fieldName, FieldType.INT, BufferInput::readInt);
    }

    @Override
    public long readLong(String fieldName) throws IOException {
        return at(fieldName, FieldType.LONG, BufferInput::readLong);
    }

    @Override
    public String readUTF(String fieldName) throws IOException {
        return at(fieldName, FieldType.UTF, BufferInput::readUTF);
    }

    @Override
    public boolean readBoolean(String fieldName) throws IOException {
        return at(fieldName, FieldType.BOOLEAN, BufferInput::readBoolean);
    }

    @Override
    public byte readByte(String fieldName) throws IOException {
        return at(fieldName, FieldType.BYTE, BufferInput::readByte);
    }

    @Override
    public char readChar(String fieldName) throws IOException {
        return at(fieldName, FieldType.CHAR, BufferInput::readChar);
    }

    @Override
    public double readDouble(String fieldName) throws IOException {
        return at(fieldName, FieldType.DOUBLE, BufferInput::readDouble);
    }

    @Override
    public float readFloat(String fieldName) throws IOException {
        return at(fieldName, FieldType.FLOAT, BufferInput::readFloat);
    }

    @Override
    public short readShort(String fieldName) throws IOException {
        return at(fieldName, FieldType.SHORT, BufferInput::readShort);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <P extends Portable> P readPortable(String fieldName) throws IOException {
        return at(fieldName, FieldType.PORTABLE, input -> {
            boolean isNull = input.readBoolean();
            int factoryId = input.readInt();
            int classId = input.readInt();
            checkClass(fieldName, factoryId, classId);
            return isNull ? null : (P) serializer.readBody(input, factoryId, classId);
        });
    }

    @Override
    public byte[] readByteArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.BYTE_ARRAY, BufferInput::readByteArray);
    }

    @Override
    public boolean[] readBooleanArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.BOOLEAN_ARRAY, BufferInput::readBooleanArray);
    }

    @Override
    public char[] readCharArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.CHAR_ARRAY, BufferInput::readCharArray);
    }

    @Override
    public int[] readIntArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.INT_ARRAY, BufferInput::readIntArray);
    }

    @Override
    public long[] readLongArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.LONG_ARRAY, BufferInput::readLongArray);
    }

    @Override
    public double[] readDoubleArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.DOUBLE_ARRAY, BufferInput::readDoubleArray);
    }

    @Override
    public float[] readFloatArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.FLOAT_ARRAY, BufferInput::readFloatArray);
    }

    @Override
    public short[] readShortArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.SHORT_ARRAY, BufferInput::readShortArray);
    }

    @Override
    public String[] readUTFArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.UTF_ARRAY, BufferInput::readUTFArray);
    }

    @Override
    public Portable[] readPortableArray(String fieldName) throws IOException {
        return at(fieldName, FieldType.PORTABLE_ARRAY, input -> {
            int length = input.readInt();
            int factoryId = input.readInt();
            int classId = input.readInt();
            if (length == NULL_LENGTH) {
                return null;
            }
            if (length < 0 || length > input.available() / Integer.BYTES) {
                throw new SerializationException("portable array length: " + length);
            }
            checkClass(fieldName, factoryId, classId);
            int elementOffsets = input.position();
            Portable[] portables = new Portable[length];
            for (int i = 0; i < length; i++) {
                input.position(input.readIntAt(elementOffsets + i * Integer.BYTES));
                portables[i] = serializer.readBody(input, factoryId, classId);
            }
            return portables;
        });
    }

    @Override
    public ObjectDataInput getRawDataInput() throws IOException {
        if (!raw) {
            in.position(in.readIntAt(offsets + definition.getFieldCount() * Integer.BYTES));
            raw = true;
        }
        return in;
    }

    /** Moves past the body; called once the portable has read what it wants. */
    final void end() {
        in.position(endPosition);
    }

    /**
     * Reads the value of {@code fieldName} and comes back; a field the data lacks or has with another type
     * than {@code type} goes to {@link #unmatched}.
     */
    private <T> T at(String fieldName, FieldType type, Read<T> read) throws IOException {
        FieldDefinition field = definition.getField(fieldName);
        if (field == null || field.getType() != type) {
            return unmatched(fieldName, type);
        }
        checkFieldsReadable();
        int back = in.position();
        in.position(valuePosition(field));
        try {
            return read.from(in);
        } finally {
            in.position(back);
        }
    }

    /**
     * What reading {@code fieldName} as {@code type} gives when the data lacks that field or has it with
     * another type: an error, since the data was written with the reader's own class definition.
     * {@link MorphingPortableReader} relaxes this for data of another class version.
     */
    <T> T unmatched(String fieldName, FieldType type) {
        checkFieldsReadable();
        if (!definition.hasField(fieldName)) {
            throw new SerializationException("Unknown field name: '" + fieldName + "' for ClassDefinition {id: "
                    + definition.getClassId() + ", version: " + definition.getVersion() + "}");
        }
        throw new SerializationException("Not a '" + type + "' field: " + fieldName);
    }

    /** Where the value of {@code field} starts: after its name length, name and type id. */
    private int valuePosition(FieldDefinition field) throws IOException {
        int position = in.readIntAt(offsets + field.getIndex() * Integer.BYTES);
        return position + Short.BYTES + in.readShortAt(position) + 1;
    }

    private void checkFieldsReadable() {
        if (raw) {
            throw new SerializationException("Cannot read Portable fields after getRawDataInput() is called!");
        }
    }

    private void checkClass(String fieldName, int factoryId, int classId) {
        FieldDefinition field = definition.getField(fieldName);
        if (factoryId != field.getFactoryId() || classId != field.getClassId()) {
            throw new SerializationException("Invalid portable class for field '" + fieldName
                    + "'! Expected factory-id: " + field.getFactoryId() + ", class-id: " + field.getClassId()
                    + ", current factory-id: " + factoryId + ", class-id: " + classId);
        }
    }
}
