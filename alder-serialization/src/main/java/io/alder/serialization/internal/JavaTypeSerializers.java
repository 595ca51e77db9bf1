package io.alder.serialization.internal;

import io.alder.serialization.JsonValue;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.SerializationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;

/**
 * JDK value types with a compact 3.12 layout: Date (epoch millis), BigInteger (two's-complement bytes),
 * BigDecimal (unscaled bytes, then scale), Class and Enum (names), and {@link JsonValue} (its text).
 *
 * <p>The Enum serializer is registered for {@code java.lang.Enum} itself, which no constant is an exact
 * instance of: like 3.12, user enum constants therefore go to Java serialization, and -25 is only read.
 */
final class JavaTypeSerializers {

    private JavaTypeSerializers() {
    }

    static List<BuiltIn> all(ClassLoading classes) {
        return List.of(
                BuiltIn.of(Date.class, TypeIds.DATE, (out, v) -> out.writeLong(v.getTime()),
                        in -> new Date(in.readLong())),
                BuiltIn.of(BigInteger.class, TypeIds.BIG_INTEGER, (out, v) -> out.writeByteArray(v.toByteArray()),
                        in -> new BigInteger(in.readByteArray())),
                BuiltIn.of(BigDecimal.class, TypeIds.BIG_DECIMAL, (out, v) -> {
                    out.writeByteArray(v.unscaledValue().toByteArray());
                    out.writeInt(v.scale());
                }, in -> new BigDecimal(new BigInteger(in.readByteArray()), in.readInt())),
                BuiltIn.of(Class.class, TypeIds.CLASS, (out, v) -> out.writeUTF(v.getName()),
                        in -> loadClass(classes, in.readUTF())),
                BuiltIn.of(Enum.class, TypeIds.ENUM, (out, v) -> {
                    out.writeUTF(v.getDeclaringClass().getName());
                    out.writeUTF(v.name());
                }, in -> readEnum(classes, in)),
                BuiltIn.of(JsonValue.class, TypeIds.JSON, (out, v) -> out.writeUTF(v.json()),
                        in -> new JsonValue(in.readUTF())));
    }

    private static Class<?> loadClass(ClassLoading classes, String name) {
        try {
            return classes.load(name);
        } catch (ClassNotFoundException e) {
            throw new SerializationException("Class not found: " + name, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> readEnum(ClassLoading classes, ObjectDataInput in) throws IOException {
        Class<?> type = loadClass(classes, in.readUTF());
        String name = in.readUTF();
        if (!type.isEnum()) {
            throw new SerializationException("Failed to deserialize enum: " + type.getName() + " is not an enum");
        }
        return Enum.valueOf((Class) type, name);
    }
}
