package io.alder.serialization.internal.portable;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.ClassDefinitionBuilder;
import io.alder.serialization.FieldDefinition;
import io.alder.serialization.FieldType;
import io.alder.serialization.SerializationException;
import io.alder.serialization.internal.BufferInput;
import java.io.IOException;

/**
 * Rebuilds the writer's class definition from a portable body (its field table names and types every
 * field), nested classes included. As in 3.12 the result is registered only when complete: a null nested
 * portable or an empty portable array hides the nested class's version.
 */
final class ClassDefinitionDecoder {

    private ClassDefinitionDecoder() {
    }

    /** Decodes the definition of the body at the input's position; the position is left anywhere. */
    static ClassDefinition read(PortableContext context, BufferInput in, int factoryId, int classId, int version)
            throws IOException {
        ClassDefinitionBuilder builder = new ClassDefinitionBuilder(factoryId, classId, version);
        in.readInt(); // end position
        int fieldCount = in.readInt();
        if (fieldCount < 0 || fieldCount > in.available() / Integer.BYTES) {
            throw new SerializationException("portable field count: " + fieldCount);
        }
        int offsets = in.position();
        boolean complete = true;
        for (int index = 0; index < fieldCount; index++) {
            in.position(in.readIntAt(offsets + index * Integer.BYTES));
            String name = readName(in);
            FieldType type = FieldType.get(in.readByte());
            int nestedFactoryId = 0;
            int nestedClassId = 0;
            int nestedVersion = version;
            if (type == FieldType.PORTABLE) {
                complete &= !in.readBoolean();
                nestedFactoryId = in.readInt();
                nestedClassId = in.readInt();
                if (complete) {
                    nestedVersion = in.readInt();
                    read(context, in, nestedFactoryId, nestedClassId, nestedVersion);
                }
            } else if (type == FieldType.PORTABLE_ARRAY) {
                int length = in.readInt();
                nestedFactoryId = in.readInt();
                nestedClassId = in.readInt();
                complete &= length > 0;
                if (length > 0) {
                    in.position(in.readIntAt(in.position()));
                    nestedVersion = in.readInt();
                    read(context, in, nestedFactoryId, nestedClassId, nestedVersion);
                }
            }
            builder.addField(new FieldDefinition(index, name, type, nestedFactoryId, nestedClassId, nestedVersion));
        }
        ClassDefinition definition = builder.build();
        return complete ? context.register(definition) : definition;
    }

    private static String readName(BufferInput in) throws IOException {
        int length = in.readShort();
        if (length < 0 || length > in.available()) {
            throw new SerializationException("portable field name length: " + length);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) in.readUnsignedByte();
        }
        return new String(chars);
    }
}
