package io.alder.serialization.internal;

import java.util.List;

/** Null, the boxed primitives and String, each as the single value 3.12 writes. */
final class ScalarSerializers {

    private ScalarSerializers() {
    }

    static List<BuiltIn> all() {
        return List.of(
                BuiltIn.<Object>of(null, TypeIds.NULL, (out, v) -> { }, in -> null),
                BuiltIn.of(Byte.class, TypeIds.BYTE, (out, v) -> out.writeByte(v), in -> in.readByte()),
                BuiltIn.of(Boolean.class, TypeIds.BOOLEAN, (out, v) -> out.writeBoolean(v), in -> in.readBoolean()),
                BuiltIn.of(Character.class, TypeIds.CHAR, (out, v) -> out.writeChar(v), in -> in.readChar()),
                BuiltIn.of(Short.class, TypeIds.SHORT, (out, v) -> out.writeShort(v), in -> in.readShort()),
                BuiltIn.of(Integer.class, TypeIds.INTEGER, (out, v) -> out.writeInt(v), in -> in.readInt()),
                BuiltIn.of(Long.class, TypeIds.LONG, (out, v) -> out.writeLong(v), in -> in.readLong()),
                BuiltIn.of(Float.class, TypeIds.FLOAT, (out, v) -> out.writeFloat(v), in -> in.readFloat()),
                BuiltIn.of(Double.class, TypeIds.DOUBLE, (out, v) -> out.writeDouble(v), in -> in.readDouble()),
                BuiltIn.of(String.class, TypeIds.STRING, (out, v) -> out.writeUTF(v), in -> in.readUTF()));
    }
}
