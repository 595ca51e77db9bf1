package io.alder.serialization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field layout of one version of a {@link Portable} class, identified by factory id, class id and
 * version. Immutable; built with {@link ClassDefinitionBuilder}, or derived from a portable's
 * {@code writePortable}, or read from the data.
 */
public final class ClassDefinition {

    private final int factoryId;
    private final int classId;
    private final int version;
    private final List<FieldDefinition> fields;
    private final Map<String, FieldDefinition> fieldsByName;

    ClassDefinition(int factoryId, int classId, int version, List<FieldDefinition> fields) {
        this.factoryId = factoryId;
        this.classId = classId;
        this.version = version;
        this.fields = List.copyOf(fields);
        Map<String, FieldDefinition> byName = new LinkedHashMap<>();
        for (FieldDefinition field : this.fields) {
            byName.put(field.getName(), field);
        }
        this.fieldsByName = Collections.unmodifiableMap(byName);
    }

    /** The field named {@code name}, or {@code null}. */
    public FieldDefinition getField(String name) {
        return fieldsByName.get(name);
    }

    /**
     * The field at {@code index} in the field table.
     *
     * @throws IndexOutOfBoundsException if there is no such field
     */
    public FieldDefinition getField(int index) {
        return fields.get(index);
    }

    /** Whether a field is named {@code name}. */
    public boolean hasField(String name) {
        return fieldsByName.containsKey(name);
    }

    /** The field names in table order. */
    public Set<String> getFieldNames() {
        return fieldsByName.keySet();
    }

    /**
     * The type of the field named {@code name}.
     *
     * @throws IllegalArgumentException if there is no such field
     */
    public FieldType getFieldType(String name) {
        return requireField(name).getType();
    }

    /**
     * The nested class id of the field named {@code name}.
     *
     * @throws IllegalArgumentException if there is no such field
     */
    public int getFieldClassId(String name) {
        return requireField(name).getClassId();
    }

    /** The number of fields. */
    public int getFieldCount() {
        return fields.size();
    }

    /** The factory id. */
    public int getFactoryId() {
        return factoryId;
    }

    /** The class id. */
    public int getClassId() {
        return classId;
    }

    /** The version of the layout. */
    public int getVersion() {
        return version;
    }

    private FieldDefinition requireField(String name) {
        FieldDefinition field = fieldsByName.get(name);
        if (field == null) {
            throw new IllegalArgumentException("Unknown field: " + name);
        }
        return field;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ClassDefinition c && factoryId == c.factoryId && classId == c.classId
                && version == c.version && fields.equals(c.fields);
    }

    @Override
    public int hashCode() {
        return ((factoryId * 31 + classId) * 31 + version) * 31 + fields.hashCode();
    }

    @Override
    public String toString() {
        return "ClassDefinition{factoryId=" + factoryId + ", classId=" + classId + ", version=" + version
                + ", fields=" + fields + '}';
    }
}
