package io.alder.serialization.internal.portable;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.FieldDefinition;
import io.alder.serialization.FieldType;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableFactory;
import io.alder.serialization.SerializationConfig;
import io.alder.serialization.SerializationException;
import io.alder.serialization.VersionedPortable;
import io.alder.serialization.internal.BufferOutput;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The portable factories and the class definitions known so far. Definitions come from the configuration,
 * from the first write of each class version (derived from its {@code writePortable}) and from data read
 * (the field table describes the writer's class). Like 3.12, a definition once known wins: later writes
 * of the same class version use its field order.
 *
 * <p>Thread-safe: definitions are registered atomically and never replaced.
 */
final class PortableContext {

    private record Key(int factoryId, int classId, int version) {
    }

    private final int portableVersion;
    private final Map<Integer, PortableFactory> factories;
    private final ConcurrentMap<Key, ClassDefinition> definitions = new ConcurrentHashMap<>();

    PortableContext(SerializationConfig config) {
        this.portableVersion = config.portableVersion();
        this.factories = config.portableFactories();
        for (ClassDefinition definition : config.classDefinitions()) {
            register(definition);
        }
        if (config.checkClassDefinitionErrors()) {
            config.classDefinitions().forEach(this::checkNestedDefinitions);
        }
    }

    /** The version of portables that do not declare one. */
    int portableVersion() {
        return portableVersion;
    }

    /** The class version {@code portable} writes with. */
    int versionOf(Portable portable) {
        if (portable instanceof VersionedPortable versioned) {
            int version = versioned.getClassVersion();
            if (version < 0) {
                throw new IllegalArgumentException("Version cannot be negative!");
            }
            return version;
        }
        return portableVersion;
    }

    /** The known definition, or {@code null}. */
    ClassDefinition lookup(int factoryId, int classId, int version) {
        return definitions.get(new Key(factoryId, classId, version));
    }

    /**
     * Registers {@code definition} unless an equal one is known, returning the known one.
     *
     * @throws SerializationException if a different definition is known for the same class version
     */
    ClassDefinition register(ClassDefinition definition) {
        Key key = new Key(definition.getFactoryId(), definition.getClassId(), definition.getVersion());
        ClassDefinition known = definitions.putIfAbsent(key, definition);
        if (known == null) {
            return definition;
        }
        if (!known.equals(definition)) {
            throw new SerializationException(
                    "Incompatible class-definitions with same class-id: " + definition + " VS " + known);
        }
        return known;
    }

    /** The definition of {@code portable}'s class version, derived from its fields on first use. */
    ClassDefinition lookupOrRegister(Portable portable, BufferOutput out) throws IOException {
        ClassDefinition known = lookup(portable.getFactoryId(), portable.getClassId(), versionOf(portable));
        return known != null ? known : ClassDefinitionRecorder.record(this, portable, out.scratch());
    }

    /**
     * A new, empty portable from its factory.
     *
     * @throws SerializationException if no factory is registered or it does not know the class
     */
    Portable create(int factoryId, int classId) {
        PortableFactory factory = factories.get(factoryId);
        if (factory == null) {
            throw new SerializationException("Could not find PortableFactory for factory-id: " + factoryId);
        }
        Portable portable = factory.create(classId);
        if (portable == null) {
            throw new SerializationException("Could not create Portable for class-id: " + classId);
        }
        return portable;
    }

    private void checkNestedDefinitions(ClassDefinition definition) {
        for (int i = 0; i < definition.getFieldCount(); i++) {
            FieldDefinition field = definition.getField(i);
            boolean nested = field.getType() == FieldType.PORTABLE || field.getType() == FieldType.PORTABLE_ARRAY;
            if (nested && lookup(field.getFactoryId(), field.getClassId(), field.getVersion()) == null) {
                throw new SerializationException("Could not find registered ClassDefinition for factory-id : "
                        + field.getFactoryId() + ", class-id: " + field.getClassId());
            }
        }
    }
}
