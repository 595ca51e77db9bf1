package io.alder.serialization.internal;

import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import java.util.List;

/** Primitive arrays and String[]: an int32 length, then the elements. */
final class ArraySerializers {

    private ArraySerializers() {
    }

    static List<BuiltIn> all() {
        return List.of(
                BuiltIn.of(byte[].class, TypeIds.BYTE_ARRAY, ObjectDataOutput::writeByteArray,
                        ObjectDataInput::readByteArray),
                BuiltIn.of(boolean[].class, TypeIds.BOOLEAN_ARRAY, ObjectDataOutput::writeBooleanArray,
                        ObjectDataInput::readBooleanArray),
                BuiltIn.of(char[].class, TypeIds.CHAR_ARRAY, ObjectDataOutput::writeCharArray,
                        ObjectDataInput::readCharArray),
                BuiltIn.of(short[].class, TypeIds.SHORT_ARRAY, ObjectDataOutput::writeShortArray,
                        ObjectDataInput::readShortArray),
                BuiltIn.of(int[].class, TypeIds.INT_ARRAY, ObjectDataOutput::writeIntArray,
                        ObjectDataInput::readIntArray),
                BuiltIn.of(long[].class, TypeIds.LONG_ARRAY, ObjectDataOutput::writeLongArray,
                        ObjectDataInput::readLongArray),
                BuiltIn.of(float[].class, TypeIds.FLOAT_ARRAY, ObjectDataOutput::writeFloatArray,
                        ObjectDataInput::readFloatArray),
                BuiltIn.of(double[].class, TypeIds.DOUBLE_ARRAY, ObjectDataOutput::writeDoubleArray,
                        ObjectDataInput::readDoubleArray),
                BuiltIn.of(String[].class, TypeIds.STRING_ARRAY, ObjectDataOutput::writeUTFArray,
                        ObjectDataInput::readUTFArray));
    }
}
