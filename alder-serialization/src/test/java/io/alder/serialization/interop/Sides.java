package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.HeapData;
import com.hazelcast.partition.strategy.DefaultPartitioningStrategy;
import io.alder.serialization.Data;
import io.alder.serialization.SerializationService;
import java.util.HexFormat;

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

    static TwinConfig builder() {
        return new TwinConfig();
    }

    /** Services built from each side of {@code config}, the reference as a 3.12 client builds it. */
    static Sides of(TwinConfig config) {
        InternalSerializationService reference = new DefaultSerializationServiceBuilder()
                .setConfig(config.referenceConfig())
                .setPartitioningStrategy(new DefaultPartitioningStrategy())
                .build();
        return new Sides(SerializationService.create(config.alderConfig()), reference);
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
}
