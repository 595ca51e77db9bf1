package io.alder.serialization.internal;

import io.alder.serialization.DataSerializable;
import io.alder.serialization.DataSerializableFactory;
import io.alder.serialization.IdentifiedDataSerializable;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.SerializationException;
import io.alder.serialization.StreamSerializer;
import java.io.IOException;
import java.util.Map;

/**
 * {@link DataSerializable} objects (type id -2).
 *
 * <pre>
 *   | header (1 byte) | factoryId i32 | classId i32 | fields ... |    identified (header bit 0 set)
 *   | header (1 byte) | class name (3.12 string)    | fields ... |    by class name
 * </pre>
 *
 * Header bit 1 marks a two-byte version after the ids, which 3.12 Enterprise writes; it is skipped.
 */
final class DataSerializableSerializer implements StreamSerializer<DataSerializable> {

    private static final int IDENTIFIED = 1;
    private static final int VERSIONED = 1 << 1;
    private static final int VERSION_SIZE = 2;

    private final Map<Integer, DataSerializableFactory> factories;
    private final ClassLoading classes;

    DataSerializableSerializer(Map<Integer, DataSerializableFactory> factories, ClassLoading classes) {
        this.factories = factories;
        this.classes = classes;
    }

    @Override
    public int getTypeId() {
        return TypeIds.DATA_SERIALIZABLE;
    }

    @Override
    public void write(ObjectDataOutput out, DataSerializable value) throws IOException {
        if (value instanceof IdentifiedDataSerializable identified) {
            out.writeByte(IDENTIFIED);
            out.writeInt(identified.getFactoryId());
            out.writeInt(identified.getId());
        } else {
            out.writeByte(0);
            out.writeUTF(value.getClass().getName());
        }
        value.writeData(out);
    }

    @Override
    public DataSerializable read(ObjectDataInput in) throws IOException {
        byte header = in.readByte();
        DataSerializable value;
        if ((header & IDENTIFIED) != 0) {
            int factoryId = in.readInt();
            int classId = in.readInt();
            value = create(factoryId, classId);
        } else {
            value = classes.newInstance(in.readUTF(), DataSerializable.class);
        }
        if ((header & VERSIONED) != 0) {
            in.skipBytes(VERSION_SIZE);
        }
        value.readData(in);
        return value;
    }

    private IdentifiedDataSerializable create(int factoryId, int classId) {
        DataSerializableFactory factory = factories.get(factoryId);
        if (factory == null) {
            throw new SerializationException("No DataSerializerFactory registered for namespace: " + factoryId);
        }
        IdentifiedDataSerializable value = factory.create(classId);
        if (value == null) {
            throw new SerializationException(factory.getClass().getName()
                    + " cannot create an instance for class id " + classId + " of factory id " + factoryId);
        }
        return value;
    }
}
