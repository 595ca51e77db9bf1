package io.alder.serialization;

import java.util.Objects;

/**
 * One field of a {@link ClassDefinition}: its position in the field table, name and type, and for portable
 * fields the factory id, class id and version of the nested class.
 */
public final class FieldDefinition {

    private final int index;
    private final String name;
    private final FieldType type;
    private final int factoryId;
    private final int classId;
    private final int version;

    /** A field; {@code factoryId}, {@code classId} and {@code version} describe the nested class of portable fields. */
    public FieldDefinition(int index, String name, FieldType type, int factoryId, int classId, int version) {
        this.index = index;
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.factoryId = factoryId;
        this.classId = classId;
        this.version = version;
    }

    /** The position of the field in the class's field table. */
    public int getIndex() {
        return index;
    }

    /** The field name. */
    public String getName() {
        return name;
    }

    /** The field type. */
    public FieldType getType() {
        return type;
    }

    /** The nested class's factory id (portable fields), otherwise 0. */
    public int getFactoryId() {
        return factoryId;
    }

    /** The nested class's class id (portable fields), otherwise 0. */
    public int getClassId() {
        return classId;
    }

    /** The nested class's version (portable fields), otherwise the owning class's version. */
    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof FieldDefinition f && index == f.index && factoryId == f.factoryId
                && classId == f.classId && version == f.version && name.equals(f.name) && type == f.type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, name, type, factoryId, classId, version);
    }

    @Override
    public String toString() {
        return "FieldDefinition{index=" + index + ", name='" + name + "', type=" + type + ", factoryId=" + factoryId
                + ", classId=" + classId + ", version=" + version + '}';
    }
}
