package io.alder.serialization.internal.portable;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.FieldDefinition;
import io.alder.serialization.FieldType;
import io.alder.serialization.Portable;
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
        FieldDefinition field = definition().getField(fieldName);
        if (field == null) {
            return 0;
        }
        return switch (field.getType()) {
            case INT -> super.readInt(fieldName);
            case BYTE -> super.readByte(fieldName);
            case CHAR -> super.readChar(fieldName);
            case SHORT -> super.readShort(fieldName);
            default -> throw incompatible(field, FieldType.INT);
        };
    }

    @Override
    public long readLong(String fieldName) throws IOException {
        FieldDefinition field = definition().getField(fieldName);
        if (field == null) {
            return 0L;
        }
        return field.getType() == FieldType.LONG ? super.readLong(fieldName) : readIntegral(field, FieldType.LONG);
    }

    @Override
    public float readFloat(String fieldName) throws IOException {
        FieldDefinition field = definition().getField(fieldName);
        if (field == null) {
            return 0f;
        }
        return field.getType() == FieldType.FLOAT ? super.readFloat(fieldName) : readIntegral(field, FieldType.FLOAT);
    }

    @Override
    public double readDouble(String fieldName) throws IOException {
        FieldDefinition field = definition().getField(fieldName);
        if (field == null) {
            return 0d;
        }
        return switch (field.getType()) {
            case DOUBLE -> super.readDouble(fieldName);
            case LONG -> super.readLong(fieldName);
            case FLOAT -> super.readFloat(fieldName);
            default -> readIntegral(field, FieldType.DOUBLE);
        };
    }

    @Override
    public short readShort(String fieldName) throws IOException {
        FieldDefinition field = definition().getField(fieldName);
        if (field == null) {
            return 0;
        }
        return switch (field.getType()) {
            case SHORT -> super.readShort(fieldName);
            case BYTE -> super.readByte(fieldName);
            default -> throw incompatible(field, FieldType.SHORT);
        };
    }

    @Override
    public byte readByte(String fieldName) throws IOException {
        return present(fieldName, FieldType.BYTE) ? super.readByte(fieldName) : 0;
    }

    @Override
    public boolean readBoolean(String fieldName) throws IOException {
        return present(fieldName, FieldType.BOOLEAN) && super.readBoolean(fieldName);
    }

    @Override
    public char readChar(String fieldName) throws IOException {
        return present(fieldName, FieldType.CHAR) ? super.readChar(fieldName) : 0;
    }

    @Override
    public String readUTF(String fieldName) throws IOException {
        return present(fieldName, FieldType.UTF) ? super.readUTF(fieldName) : null;
    }

    @Override
    public <P extends Portable> P readPortable(String fieldName) throws IOException {
        return present(fieldName, FieldType.PORTABLE) ? super.readPortable(fieldName) : null;
    }

    @Override
    public byte[] readByteArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.BYTE_ARRAY) ? super.readByteArray(fieldName) : null;
    }

    @Override
    public boolean[] readBooleanArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.BOOLEAN_ARRAY) ? super.readBooleanArray(fieldName) : null;
    }

    @Override
    public char[] readCharArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.CHAR_ARRAY) ? super.readCharArray(fieldName) : null;
    }

    @Override
    public int[] readIntArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.INT_ARRAY) ? super.readIntArray(fieldName) : null;
    }

    @Override
    public long[] readLongArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.LONG_ARRAY) ? super.readLongArray(fieldName) : null;
    }

    @Override
    public double[] readDoubleArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.DOUBLE_ARRAY) ? super.readDoubleArray(fieldName) : null;
    }

    @Override
    public float[] readFloatArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.FLOAT_ARRAY) ? super.readFloatArray(fieldName) : null;
    }

    @Override
    public short[] readShortArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.SHORT_ARRAY) ? super.readShortArray(fieldName) : null;
    }

    @Override
    public String[] readUTFArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.UTF_ARRAY) ? super.readUTFArray(fieldName) : null;
    }

    @Override
    public Portable[] readPortableArray(String fieldName) throws IOException {
        return present(fieldName, FieldType.PORTABLE_ARRAY) ? super.readPortableArray(fieldName) : null;
    }

    /** An int, byte, char or short field widened for a reader that wants {@code wanted}. */
    private int readIntegral(FieldDefinition field, FieldType wanted) throws IOException {
        return switch (field.getType()) {
            case INT, BYTE, CHAR, SHORT -> readInt(field.getName());
            default -> throw incompatible(field, wanted);
        };
    }

    /** Whether the data has {@code fieldName}; it must then be of exactly {@code type}. */
    private boolean present(String fieldName, FieldType type) {
        FieldDefinition field = definition().getField(fieldName);
        if (field == null) {
            return false;
        }
        if (field.getType() != type) {
            throw incompatible(field, type);
        }
        return true;
    }

    private IncompatibleClassChangeError incompatible(FieldDefinition field, FieldType wanted) {
        return new IncompatibleClassChangeError("Incompatible to read " + wanted + " from " + field.getType()
                + " while reading field: " + field.getName() + " on " + definition());
    }
}
