package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.GlobalSerializerConfig;
import com.hazelcast.config.SerializerConfig;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.HeapData;
import com.hazelcast.partition.strategy.DefaultPartitioningStrategy;
import io.alder.serialization.ClassDefinition;
import io.alder.serialization.Data;
import io.alder.serialization.SerializationConfig;
import io.alder.serialization.SerializationService;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.function.IntFunction;

/**
 * An Alder service and a 3.12.13 reference service configured alike (the reference as a 3.12 client builds
 * it: client serialization defaults, {@code PartitionAware} honoured), with the interop assertions.
 */
final class Sides {

    final SerializationService alder;
    final InternalSerializationService reference;

    private Sides(SerializationService alder, InternalSerializationService reference) {
        this.alder = alder;
        this.reference = reference;
    }

    static Sides defaults() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    byte[] alderBytes(Object value) {
        return alder.toData(value).bytes();
    }

    byte[] referenceBytes(Object value) {
        com.hazelcast.nio.serialization.Data data = reference.toData(value);
        return data.toByteArray();
    }

    <T> T alderRead(byte[] bytes) {
        return alder.toObject(Data.wrap(bytes));
    }

    <T> T referenceRead(byte[] bytes) {
        return reference.toObject(new HeapData(bytes));
    }

    /** The same object (a JDK type or a twin class) on both sides. */
    void assertInterop(Object value) {
        assertInterop(value, value);
    }

    /**
     * Alder writes {@code alderValue} byte for byte as 3.12 writes {@code referenceValue}, and each side reads
     * the other's bytes back to its own value.
     */
    void assertInterop(Object alderValue, Object referenceValue) {
        byte[] alderBytes = alderBytes(alderValue);
        byte[] referenceBytes = referenceBytes(referenceValue);
        assertThat(hex(alderBytes)).as("Alder's bytes (expected: 3.12's) of %s", describe(referenceValue))
                .isEqualTo(hex(referenceBytes));
        assertThat((Object) alderRead(referenceBytes)).as("Alder reading 3.12's bytes").isEqualTo(alderValue);
        assertThat((Object) referenceRead(alderBytes)).as("3.12 reading Alder's bytes").isEqualTo(referenceValue);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static String describe(Object value) {
        return value.getClass().getSimpleName() + " " + value;
    }

    /** Configures both services with the same settings. */
    static final class Builder {

        private final SerializationConfig.Builder alder = SerializationConfig.builder();
        private final com.hazelcast.config.SerializationConfig reference =
                new com.hazelcast.config.SerializationConfig();

        Builder byteOrder(ByteOrder order) {
            alder.byteOrder(order);
            reference.setByteOrder(order);
            return this;
        }

        Builder portableVersion(int version) {
            alder.portableVersion(version);
            reference.setPortableVersion(version);
            return this;
        }

        Builder identifiedFactory(int factoryId, IntFunction<? extends TwinIdentified> create) {
            alder.addDataSerializableFactory(factoryId, create::apply);
            reference.addDataSerializableFactory(factoryId, create::apply);
            return this;
        }

        Builder portableFactory(int factoryId, IntFunction<? extends TwinPortable> create) {
            alder.addPortableFactory(factoryId, create::apply);
            reference.addPortableFactory(factoryId, create::apply);
            return this;
        }

        Builder classDefinition(ClassDefinition alderDefinition,
                com.hazelcast.nio.serialization.ClassDefinition referenceDefinition) {
            alder.addClassDefinition(alderDefinition);
            reference.addClassDefinition(referenceDefinition);
            return this;
        }

        <T> Builder serializer(Class<T> type, TwinSerializer<? super T> serializer) {
            alder.addSerializer(type, serializer);
            reference.addSerializerConfig(new SerializerConfig().setTypeClass(type).setImplementation(serializer));
            return this;
        }

        Builder globalSerializer(TwinSerializer<Object> serializer, boolean overrideJavaSerialization) {
            alder.globalSerializer(serializer, overrideJavaSerialization);
            reference.setGlobalSerializerConfig(new GlobalSerializerConfig().setImplementation(serializer)
                    .setOverrideJavaSerialization(overrideJavaSerialization));
            return this;
        }

        Builder javaCompression(boolean compress) {
            alder.javaCompression(compress);
            reference.setEnableCompression(compress);
            return this;
        }

        Builder javaSharedObjects(boolean shared) {
            alder.javaSharedObjects(shared);
            reference.setEnableSharedObject(shared);
            return this;
        }

        Sides build() {
            InternalSerializationService referenceService = new DefaultSerializationServiceBuilder()
                    .setConfig(reference)
                    .setPartitioningStrategy(new DefaultPartitioningStrategy())
                    .build();
            return new Sides(SerializationService.create(alder.build()), referenceService);
        }
    }
}
