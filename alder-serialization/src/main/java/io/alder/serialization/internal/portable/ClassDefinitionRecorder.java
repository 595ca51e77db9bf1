package io.alder.serialization.internal.portable;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.ClassDefinitionBuilder;
import io.alder.serialization.FieldDefinition;
import io.alder.serialization.FieldType;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableWriter;
import io.alder.serialization.SerializationException;
import io.alder.serialization.internal.BufferOutput;
import java.io.IOException;

/**
 * A {@link PortableWriter} that records the fields a portable writes, in call order, as its class
 * definition. Nested portables are recorded recursively from the values written, so a null nested value (or
 * a null or empty portable array) needs a registered definition instead.
 */
final class ClassDefinitionRecorder extends AbstractPortableWriter {

    private final PortableContext context;
    private final ClassDefinitionBuilder builder;
    /**
     * Takes the field values and the raw data, which are not part of the definition. Writing them costs a
     * copy once per class version and keeps the per-type writes in one place ({@link AbstractPortableWriter}).
     */
    private final BufferOutput discarded;
    /** The number of fields recorded so far, which is the index of the next one. */
    private int fieldCount;

    private ClassDefinitionRecorder(PortableContext context, ClassDefinitionBuilder builder, BufferOutput discarded) {
        this.context = context;
        this.builder = builder;
        this.discarded = discarded;
    }

    /**
     * Records the definition of {@code portable}'s class version from the fields its {@code writePortable}
     * writes, and registers it.
     *
     * @param discarded a scratch output for the values, with the settings of the output being written
     */
    static ClassDefinition record(PortableContext context, Portable portable, BufferOutput discarded)
            throws IOException {
        ClassDefinitionBuilder builder = new ClassDefinitionBuilder(
                portable.getFactoryId(), portable.getClassId(), context.versionOf(portable));
        portable.writePortable(new ClassDefinitionRecorder(context, builder, discarded));
        return context.register(builder.build());
    }

    @Override
    BufferOutput startField(String fieldName, FieldType type) {
        builder.addField(new FieldDefinition(fieldCount++, fieldName, type, 0, 0, builder.getVersion()));
        return discarded;
    }

    @Override
    public void writePortable(String fieldName, Portable portable) throws IOException {
        if (portable == null) {
            throw new SerializationException(
                    "Cannot write null portable without explicitly registering class definition!");
        }
        builder.addPortableField(fieldName, record(context, portable, discarded));
        fieldCount++;
    }

    @Override
    public void writeNullPortable(String fieldName, int factoryId, int classId) {
        ClassDefinition nested = context.lookup(factoryId, classId, context.portableVersion());
        if (nested == null) {
            throw new SerializationException(
                    "Cannot write null portable without explicitly registering class definition!");
        }
        builder.addPortableField(fieldName, nested);
        fieldCount++;
    }

    @Override
    public void writePortableArray(String fieldName, Portable[] portables) throws IOException {
        if (portables == null || portables.length == 0) {
            throw new SerializationException(
                    "Cannot write null portable array without explicitly registering class definition!");
        }
        for (Portable portable : portables) {
            if (portable.getClassId() != portables[0].getClassId()) {
                throw new IllegalArgumentException("Detected different class-ids in portable array!");
            }
        }
        builder.addPortableArrayField(fieldName, record(context, portables[0], discarded));
        fieldCount++;
    }

    @Override
    public ObjectDataOutput getRawDataOutput() {
        return discarded;
    }
}
