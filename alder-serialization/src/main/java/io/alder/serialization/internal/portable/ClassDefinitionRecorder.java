package io.alder.serialization.internal.portable;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.ClassDefinitionBuilder;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableWriter;
import io.alder.serialization.SerializationException;
import io.alder.serialization.internal.BufferOutput;
import java.io.IOException;

/**
 * A {@link PortableWriter} that writes nothing and records the fields a portable writes, in call order, as
 * its class definition. Nested portables are recorded recursively from the values written, so a null
 * nested value (or a null or empty portable array) needs a registered definition instead.
 */
final class ClassDefinitionRecorder implements PortableWriter {

    private final PortableContext context;
    private final ClassDefinitionBuilder builder;
    private final BufferOutput out;

    ClassDefinitionRecorder(PortableContext context, ClassDefinitionBuilder builder, BufferOutput out) {
        this.context = context;
        this.builder = builder;
        this.out = out;
    }

    @Override
    public void writeInt(String fieldName, int value) {
        builder.addIntField(fieldName);
    }

    @Override
    public void writeLong(String fieldName, long value) {
        builder.addLongField(fieldName);
    }

    @Override
    public void writeUTF(String fieldName, String value) {
        builder.addUTFField(fieldName);
    }

    @Override
    public void writeBoolean(String fieldName, boolean value) {
        builder.addBooleanField(fieldName);
    }

    @Override
    public void writeByte(String fieldName, byte value) {
        builder.addByteField(fieldName);
    }

    @Override
    public void writeChar(String fieldName, int value) {
        builder.addCharField(fieldName);
    }

    @Override
    public void writeDouble(String fieldName, double value) {
        builder.addDoubleField(fieldName);
    }

    @Override
    public void writeFloat(String fieldName, float value) {
        builder.addFloatField(fieldName);
    }

    @Override
    public void writeShort(String fieldName, short value) {
        builder.addShortField(fieldName);
    }

    @Override
    public void writePortable(String fieldName, Portable portable) throws IOException {
        if (portable == null) {
            throw new SerializationException(
                    "Cannot write null portable without explicitly registering class definition!");
        }
        builder.addPortableField(fieldName, recordNested(portable));
    }

    @Override
    public void writeNullPortable(String fieldName, int factoryId, int classId) {
        ClassDefinition nested = context.lookup(factoryId, classId, context.portableVersion());
        if (nested == null) {
            throw new SerializationException(
                    "Cannot write null portable without explicitly registering class definition!");
        }
        builder.addPortableField(fieldName, nested);
    }

    @Override
    public void writeByteArray(String fieldName, byte[] values) {
        builder.addByteArrayField(fieldName);
    }

    @Override
    public void writeBooleanArray(String fieldName, boolean[] values) {
        builder.addBooleanArrayField(fieldName);
    }

    @Override
    public void writeCharArray(String fieldName, char[] values) {
        builder.addCharArrayField(fieldName);
    }

    @Override
    public void writeIntArray(String fieldName, int[] values) {
        builder.addIntArrayField(fieldName);
    }

    @Override
    public void writeLongArray(String fieldName, long[] values) {
        builder.addLongArrayField(fieldName);
    }

    @Override
    public void writeDoubleArray(String fieldName, double[] values) {
        builder.addDoubleArrayField(fieldName);
    }

    @Override
    public void writeFloatArray(String fieldName, float[] values) {
        builder.addFloatArrayField(fieldName);
    }

    @Override
    public void writeShortArray(String fieldName, short[] values) {
        builder.addShortArrayField(fieldName);
    }

    @Override
    public void writeUTFArray(String fieldName, String[] values) {
        builder.addUTFArrayField(fieldName);
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
        builder.addPortableArrayField(fieldName, recordNested(portables[0]));
    }

    /** Raw data is not part of the definition: it goes to a buffer that is dropped. */
    @Override
    public ObjectDataOutput getRawDataOutput() {
        return out.scratch();
    }

    private ClassDefinition recordNested(Portable portable) throws IOException {
        ClassDefinitionBuilder nested = new ClassDefinitionBuilder(
                portable.getFactoryId(), portable.getClassId(), context.versionOf(portable));
        portable.writePortable(new ClassDefinitionRecorder(context, nested, out));
        return context.register(nested.build());
    }
}
