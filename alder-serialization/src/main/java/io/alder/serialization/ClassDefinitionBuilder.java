package io.alder.serialization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link ClassDefinition} field by field; the order of the calls is the order of the field table.
 * Needed to write null nested portables or null/empty portable arrays, whose class cannot be derived from a
 * value. Not thread-safe; {@link #build()} may be called once.
 */
public final class ClassDefinitionBuilder {

    private final int factoryId;
    private final int classId;
    private final int version;
    private final List<FieldDefinition> fields = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private boolean built;

    /** A builder for version 0 of a class. */
    public ClassDefinitionBuilder(int factoryId, int classId) {
        this(factoryId, classId, 0);
    }

    /** A builder for {@code version} of a class. */
    public ClassDefinitionBuilder(int factoryId, int classId, int version) {
        this.factoryId = factoryId;
        this.classId = classId;
        this.version = version;
    }

    public ClassDefinitionBuilder addIntField(String name) {
        return add(name, FieldType.INT);
    }

    public ClassDefinitionBuilder addLongField(String name) {
        return add(name, FieldType.LONG);
    }

    public ClassDefinitionBuilder addUTFField(String name) {
        return add(name, FieldType.UTF);
    }

    public ClassDefinitionBuilder addBooleanField(String name) {
        return add(name, FieldType.BOOLEAN);
    }

    public ClassDefinitionBuilder addByteField(String name) {
        return add(name, FieldType.BYTE);
    }

    public ClassDefinitionBuilder addCharField(String name) {
        return add(name, FieldType.CHAR);
    }

    public ClassDefinitionBuilder addDoubleField(String name) {
        return add(name, FieldType.DOUBLE);
    }

    public ClassDefinitionBuilder addFloatField(String name) {
        return add(name, FieldType.FLOAT);
    }

    public ClassDefinitionBuilder addShortField(String name) {
        return add(name, FieldType.SHORT);
    }

    public ClassDefinitionBuilder addBooleanArrayField(String name) {
        return add(name, FieldType.BOOLEAN_ARRAY);
    }

    public ClassDefinitionBuilder addByteArrayField(String name) {
        return add(name, FieldType.BYTE_ARRAY);
    }

    public ClassDefinitionBuilder addCharArrayField(String name) {
        return add(name, FieldType.CHAR_ARRAY);
    }

    public ClassDefinitionBuilder addIntArrayField(String name) {
        return add(name, FieldType.INT_ARRAY);
    }

    public ClassDefinitionBuilder addLongArrayField(String name) {
        return add(name, FieldType.LONG_ARRAY);
    }

    public ClassDefinitionBuilder addDoubleArrayField(String name) {
        return add(name, FieldType.DOUBLE_ARRAY);
    }

    public ClassDefinitionBuilder addFloatArrayField(String name) {
        return add(name, FieldType.FLOAT_ARRAY);
    }

    public ClassDefinitionBuilder addShortArrayField(String name) {
        return add(name, FieldType.SHORT_ARRAY);
    }

    public ClassDefinitionBuilder addUTFArrayField(String name) {
        return add(name, FieldType.UTF_ARRAY);
    }

    /** Adds a nested portable field of the class {@code nested}. */
    public ClassDefinitionBuilder addPortableField(String name, ClassDefinition nested) {
        return addNested(name, FieldType.PORTABLE, nested);
    }

    /** Adds a portable array field whose elements are of the class {@code nested}. */
    public ClassDefinitionBuilder addPortableArrayField(String name, ClassDefinition nested) {
        return addNested(name, FieldType.PORTABLE_ARRAY, nested);
    }

    /**
     * Adds a field described elsewhere (for example read from data); its index must be the next one.
     *
     * @throws IllegalArgumentException if the index is not the next one
     */
    public ClassDefinitionBuilder addField(FieldDefinition field) {
        if (field.getIndex() != fields.size()) {
            throw new IllegalArgumentException(
                    "field index: " + field.getIndex() + " (expected: " + fields.size() + ")");
        }
        checkName(field.getName());
        fields.add(field);
        return this;
    }

    /**
     * The class definition.
     *
     * @throws SerializationException if it was already built
     */
    public ClassDefinition build() {
        checkNotBuilt();
        built = true;
        return new ClassDefinition(factoryId, classId, version, fields);
    }

    public int getFactoryId() {
        return factoryId;
    }

    public int getClassId() {
        return classId;
    }

    public int getVersion() {
        return version;
    }

    private ClassDefinitionBuilder add(String name, FieldType type) {
        return addField(new FieldDefinition(fields.size(), name, type, 0, 0, version));
    }

    private ClassDefinitionBuilder addNested(String name, FieldType type, ClassDefinition nested) {
        if (nested.getClassId() == 0) {
            throw new IllegalArgumentException("Portable class ID cannot be zero!");
        }
        return addField(new FieldDefinition(fields.size(), name, type, nested.getFactoryId(), nested.getClassId(),
                nested.getVersion()));
    }

    private void checkName(String name) {
        checkNotBuilt();
        if (!names.add(name)) {
            throw new SerializationException("Field with field name : " + name + " already exists");
        }
    }

    private void checkNotBuilt() {
        if (built) {
            throw new SerializationException("ClassDefinition is already built for " + classId);
        }
    }
}
