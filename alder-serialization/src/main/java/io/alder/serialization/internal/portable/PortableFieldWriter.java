package io.alder.serialization.internal.portable;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.FieldDefinition;
import io.alder.serialization.FieldType;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.Portable;
import io.alder.serialization.SerializationException;
import io.alder.serialization.internal.BufferOutput;
import java.io.IOException;

/**
 * Writes the body of one portable in 3.12's layout (after the version int):
 *
 * <pre>
 *   begin                     offsets = begin + 8
 *   | end position i32 | field count n i32 | offset 0 | ... | offset n-1 | raw offset | fields ... | raw ... |
 *
 *   each field:  | name length i16 | name (1 byte per char) | field type id (1 byte) | value |
 * </pre>
 *
 * Offsets are absolute positions in the data blob and follow the class definition's field order, whatever
 * order the fields are written in; the end position and the raw offset are patched in at the end. A
 * nested portable value is {@code | null? bool | factoryId | classId | version | body |} (ids only when
 * null); a portable array is {@code | length | factoryId | classId | element offsets ... | elements ... |}.
 */
final class PortableFieldWriter extends AbstractPortableWriter {

    private static final int NULL_LENGTH = -1;

    private final PortableSerializer serializer;
    private final BufferOutput out;
    private final ClassDefinition definition;
    private final int begin;
    private final int offsets;
    private final boolean[] written;
    private boolean raw;

    PortableFieldWriter(PortableSerializer serializer, BufferOutput out, ClassDefinition definition) {
        this.serializer = serializer;
        this.out = out;
        this.definition = definition;
        this.written = new boolean[definition.getFieldCount()];
        this.begin = out.position();
        out.writeZeroBytes(Integer.BYTES);
        out.writeInt(definition.getFieldCount());
        this.offsets = out.position();
        // one more slot for the raw data offset
        out.writeZeroBytes((definition.getFieldCount() + 1) * Integer.BYTES);
    }

    @Override
    public void writePortable(String fieldName, Portable portable) throws IOException {
        FieldDefinition field = writeFieldHeader(fieldName, FieldType.PORTABLE);
        out.writeBoolean(portable == null);
        out.writeInt(field.getFactoryId());
        out.writeInt(field.getClassId());
        if (portable != null) {
            checkClass(field, portable);
            serializer.writeBody(out, portable);
        }
    }

    @Override
    public void writeNullPortable(String fieldName, int factoryId, int classId) {
        writeFieldHeader(fieldName, FieldType.PORTABLE);
        out.writeBoolean(true);
        out.writeInt(factoryId);
        out.writeInt(classId);
    }

    @Override
    public void writePortableArray(String fieldName, Portable[] portables) throws IOException {
        FieldDefinition field = writeFieldHeader(fieldName, FieldType.PORTABLE_ARRAY);
        int length = portables == null ? NULL_LENGTH : portables.length;
        out.writeInt(length);
        out.writeInt(field.getFactoryId());
        out.writeInt(field.getClassId());
        if (length > 0) {
            int elementOffsets = out.position();
            out.writeZeroBytes(length * Integer.BYTES);
            for (int i = 0; i < length; i++) {
                checkClass(field, portables[i]);
                out.writeIntAt(elementOffsets + i * Integer.BYTES, out.position());
                serializer.writeBody(out, portables[i]);
            }
        }
    }

    @Override
    public ObjectDataOutput getRawDataOutput() {
        if (!raw) {
            out.writeIntAt(offsets + definition.getFieldCount() * Integer.BYTES, out.position());
            raw = true;
        }
        return out;
    }

    /** Patches in the end position; called once the portable has written its fields. */
    void end() {
        out.writeIntAt(begin, out.position());
    }

    @Override
    BufferOutput startField(String fieldName, FieldType type) {
        writeFieldHeader(fieldName, type);
        return out;
    }

    /**
     * Checks that {@code fieldName} is an unwritten field of {@code type}, puts its position in the offset
     * table and writes its name and type id, returning its definition.
     */
    private FieldDefinition writeFieldHeader(String fieldName, FieldType type) {
        if (raw) {
            throw new SerializationException("Cannot write Portable fields after getRawDataOutput() is called!");
        }
        FieldDefinition field = definition.getField(fieldName);
        if (field == null) {
            throw new SerializationException("Invalid field name: '" + fieldName + "' for ClassDefinition {id: "
                    + definition.getClassId() + ", version: " + definition.getVersion() + "}");
        }
        if (field.getType() != type) {
            throw new SerializationException("Field '" + fieldName + "' is a " + field.getType() + " field, not "
                    + type + ", in " + definition);
        }
        if (written[field.getIndex()]) {
            throw new SerializationException("Field '" + fieldName + "' has already been written!");
        }
        written[field.getIndex()] = true;
        out.writeIntAt(offsets + field.getIndex() * Integer.BYTES, out.position());
        out.writeShort(fieldName.length());
        out.writeBytes(fieldName);
        out.writeByte(type.getId());
        return field;
    }

    private static void checkClass(FieldDefinition field, Portable portable) {
        if (field.getFactoryId() != portable.getFactoryId() || field.getClassId() != portable.getClassId()) {
            throw new SerializationException("Wrong Portable type! Generic portable types are not supported! "
                    + "Expected factory-id: " + field.getFactoryId() + ", class-id: " + field.getClassId()
                    + ", actual factory-id: " + portable.getFactoryId() + ", class-id: " + portable.getClassId());
        }
    }
}
