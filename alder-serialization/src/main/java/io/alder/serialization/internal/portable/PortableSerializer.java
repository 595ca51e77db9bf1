package io.alder.serialization.internal.portable;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.Portable;
import io.alder.serialization.SerializationConfig;
import io.alder.serialization.StreamSerializer;
import io.alder.serialization.internal.BufferInput;
import io.alder.serialization.internal.BufferOutput;
import io.alder.serialization.internal.TypeIds;
import java.io.IOException;

/**
 * {@link Portable} objects (type id -1): {@code | factoryId i32 | classId i32 | version i32 | body |}, the
 * body as {@link PortableFieldWriter} describes. Reading uses the known class definition of the written
 * version, or the one the field table describes; when the local class has another version, fields are
 * read by name with defaults and widening ({@link MorphingPortableReader}).
 */
public final class PortableSerializer implements StreamSerializer<Portable> {

    private final PortableContext context;

    /** A serializer with the factories, class definitions and portable version of {@code config}. */
    public PortableSerializer(SerializationConfig config) {
        this.context = new PortableContext(config);
    }

    @Override
    public int getTypeId() {
        return TypeIds.PORTABLE;
    }

    @Override
    public void write(ObjectDataOutput out, Portable portable) throws IOException {
        if (portable.getClassId() == 0) {
            throw new IllegalArgumentException("Portable class ID cannot be zero!");
        }
        out.writeInt(portable.getFactoryId());
        out.writeInt(portable.getClassId());
        writeBody((BufferOutput) out, portable);
    }

    @Override
    public Portable read(ObjectDataInput in) throws IOException {
        int factoryId = in.readInt();
        int classId = in.readInt();
        return readBody((BufferInput) in, factoryId, classId);
    }

    /** Writes the version and the fields of {@code portable}, whose ids the caller wrote. */
    void writeBody(BufferOutput out, Portable portable) throws IOException {
        ClassDefinition definition = context.lookupOrRegister(portable, out);
        out.writeInt(definition.getVersion());
        PortableFieldWriter writer = new PortableFieldWriter(this, out, definition);
        portable.writePortable(writer);
        writer.end();
    }

    /** Reads the version and the fields of a portable of the given class, leaving the input after its body. */
    Portable readBody(BufferInput in, int factoryId, int classId) throws IOException {
        int version = in.readInt();
        Portable portable = context.create(factoryId, classId);
        int writtenVersion = version < 0 ? context.portableVersion() : version;
        ClassDefinition definition = context.lookup(factoryId, classId, writtenVersion);
        if (definition == null) {
            int start = in.position();
            definition = ClassDefinitionDecoder.read(context, in, factoryId, classId, writtenVersion);
            in.position(start);
        }
        PortableFieldReader reader = context.versionOf(portable) == definition.getVersion()
                ? new PortableFieldReader(this, in, definition)
                : new MorphingPortableReader(this, in, definition);
        portable.readPortable(reader);
        reader.end();
        return portable;
    }
}
