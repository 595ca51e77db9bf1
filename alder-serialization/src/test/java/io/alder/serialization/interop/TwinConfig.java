package io.alder.serialization.interop;

import com.hazelcast.config.GlobalSerializerConfig;
import com.hazelcast.config.SerializerConfig;
import io.alder.serialization.ClassDefinition;
import io.alder.serialization.SerializationConfig;
import java.nio.ByteOrder;
import java.util.function.IntFunction;

/**
 * One serialization setup applied alike to Alder's {@link SerializationConfig} and to a 3.12.13
 * {@code SerializationConfig}: the same byte order, factories, class definitions and (twin) serializers.
 * Other modules' tests reach it through alder-serialization's test jar, to configure an Alder client and an
 * official 3.12 client the same way. Not thread-safe.
 */
public final class TwinConfig {

    private final SerializationConfig.Builder alder = SerializationConfig.builder();
    private final com.hazelcast.config.SerializationConfig reference = new com.hazelcast.config.SerializationConfig();

    /** The byte order of serializer output; both sides must agree. */
    public TwinConfig byteOrder(ByteOrder order) {
        alder.byteOrder(order);
        reference.setByteOrder(order);
        return this;
    }

    /** The class version of portables that do not say theirs. */
    public TwinConfig portableVersion(int version) {
        alder.portableVersion(version);
        reference.setPortableVersion(version);
        return this;
    }

    /** Registers the factory of identified twins with {@code factoryId} on both sides. */
    public TwinConfig identifiedFactory(int factoryId, IntFunction<? extends TwinIdentified> create) {
        alder.addDataSerializableFactory(factoryId, create::apply);
        reference.addDataSerializableFactory(factoryId, create::apply);
        return this;
    }

    /** Registers the factory of portable twins with {@code factoryId} on both sides. */
    public TwinConfig portableFactory(int factoryId, IntFunction<? extends TwinPortable> create) {
        alder.addPortableFactory(factoryId, create::apply);
        reference.addPortableFactory(factoryId, create::apply);
        return this;
    }

    /** Registers one class definition, written once with each side's builder. */
    public TwinConfig classDefinition(ClassDefinition alderDefinition,
            com.hazelcast.nio.serialization.ClassDefinition referenceDefinition) {
        alder.addClassDefinition(alderDefinition);
        reference.addClassDefinition(referenceDefinition);
        return this;
    }

    /** Registers {@code serializer} for {@code type} on both sides. */
    public <T> TwinConfig serializer(Class<T> type, TwinSerializer<? super T> serializer) {
        alder.addSerializer(type, serializer);
        reference.addSerializerConfig(new SerializerConfig().setTypeClass(type).setImplementation(serializer));
        return this;
    }

    /** Sets the global serializer on both sides. */
    public TwinConfig globalSerializer(TwinSerializer<Object> serializer, boolean overrideJavaSerialization) {
        alder.globalSerializer(serializer, overrideJavaSerialization);
        reference.setGlobalSerializerConfig(new GlobalSerializerConfig().setImplementation(serializer)
                .setOverrideJavaSerialization(overrideJavaSerialization));
        return this;
    }

    /** Whether Java serialization output is gzip-compressed, on both sides. */
    public TwinConfig javaCompression(boolean compress) {
        alder.javaCompression(compress);
        reference.setEnableCompression(compress);
        return this;
    }

    /** Whether Java serialization shares the top-level object, on both sides. */
    public TwinConfig javaSharedObjects(boolean shared) {
        alder.javaSharedObjects(shared);
        reference.setEnableSharedObject(shared);
        return this;
    }

    /** Alder's side of the setup. */
    public SerializationConfig alderConfig() {
        return alder.build();
    }

    /** The 3.12 side of the setup: the live object, for an official client's or member's configuration. */
    public com.hazelcast.config.SerializationConfig referenceConfig() {
        return reference;
    }

    /** Both sides as services, for byte-for-byte comparisons. */
    Sides build() {
        return Sides.of(this);
    }
}
