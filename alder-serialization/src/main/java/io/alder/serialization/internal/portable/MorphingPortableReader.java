package io.alder.serialization.internal.portable;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.FieldDefinition;
import io.alder.serialization.FieldType;
import io.alder.serialization.internal.BufferInput;
import java.io.IOException;

/**
 * Reads data written by another version of the reader's class, as 3.12 does: a field the data lacks reads
 * as 0, false or null; a numeric field reads as any wider type (byte, char and short as int; those and int
 * as long or float; everything but boolean as double); any other type change fails with
 * {@link IncompatibleClassChangeError}.
 */
final class MorphingPortableReader extends PortableFieldReader {

    MorphingPortableReader(PortableSerializer serializer, BufferInput in, ClassDefinition definition)
            throws IOException {
        super(serializer, in, definition);
    }

    @Override
    public int readInt(String fieldName) throws IOException {
        return readIntegral(fieldName, FieldType.INT);
    }

    @Override
    public long readLong(String fieldName) throws IOException {
        return switch (typeOf(fieldName, FieldType.LONG)) {
            case LONG -> super.readLong(fieldName);
            default -> readIntegral(fieldName, FieldType.LONG);
        };
    }

    @Override
    public float readFloat(String fieldName) throws IOException {
        return switch (typeOf(fieldName, FieldType.FLOAT)) {
            case FLOAT -> super.readFloat(fieldName);
            default -> readIntegral(fieldName, FieldType.FLOAT);
        };
    }

    @Override
    public double readDouble(String fieldName) throws IOException {
        return switch (typeOf(fieldName, FieldType.DOUBLE)) {
            case DOUBLE -> super.readDouble(fieldName);
            case LONG -> super.readLong(fieldName);
            case FLOAT -> super.readFloat(fieldName);
            default -> readIntegral(fieldName, FieldType.DOUBLE);
        };
    }

    @Override
    public short readShort(String fieldName) throws IOException {
        return switch (typeOf(fieldName, FieldType.SHORT)) {
            case SHORT -> super.readShort(fieldName);
            case BYTE -> super.readByte(fieldName);
            default -> throw incompatible(fieldName, FieldType.SHORT);
        };
    }

    /**
     * A field the data lacks reads as the default of {@code type}; one of another type (that no override
     * above widens) cannot be read.
     */
    @Override
    @SuppressWarnings("unchecked")
    <T> T unmatched(String fieldName, FieldType type) {
        if (definition().hasField(fieldName)) {
            throw incompatible(fieldName, type);
        }
        return (T) defaultValue(type);
    }

    /**
     * An int, byte, char or short field as an int (0 if the data lacks it), for a reader that wants
     * {@code wanted}.
     */
    private int readIntegral(String fieldName, FieldType wanted) throws IOException {
        return switch (typeOf(fieldName, wanted)) {
            case INT -> super.readInt(fieldName);
            case BYTE -> super.readByte(fieldName);
            case CHAR -> super.readChar(fieldName);
            case SHORT -> super.readShort(fieldName);
            default -> throw incompatible(fieldName, wanted);
        };
    }

    /**
     * The type of {@code fieldName} in the data, or {@code wanted} if the data lacks it: reading it as
     * {@code wanted} then gives the default.
     */
    private FieldType typeOf(String fieldName, FieldType wanted) {
        FieldDefinition field = definition().getField(fieldName);
        return field == null ? wanted : field.getType();
    }

    /** The value of a field the data lacks, boxed as the read of {@code type} unboxes it. */
    private static Object defaultValue(FieldType type) {
        return switch (type) {
            case BYTE -> (byte) 0;
            case BOOLEAN -> false;
            case CHAR -> (char) 0;
            case SHORT -> (short) 0;
            case INT -> 0;
            case LONG -> 0L;
            case FLOAT -> 0f;
            case DOUBLE -> 0d;
            default -> null;
        };
    }

    private IncompatibleClassChangeError incompatible(String fieldName, FieldType wanted) {
        return new IncompatibleClassChangeError("Incompatible to read " + wanted + " from "
                + definition().getFieldType(fieldName) + " while reading field: " + fieldName + " on " + definition());
    }
}
