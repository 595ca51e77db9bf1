package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.ClassDefinitionBuilder;
import io.alder.serialization.Portable;
import io.alder.serialization.SerializationConfig;
import io.alder.serialization.SerializationException;
import io.alder.serialization.SerializationService;
import io.alder.serialization.interop.PortableTypes.AllTypes;
import io.alder.serialization.interop.PortableTypes.Inner;
import io.alder.serialization.interop.PortableTypes.Outer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Portable objects (type id -1), byte for byte against the 3.12.13 serializer. */
class PortableInteropTest {

    private static final int F = PortableTypes.FACTORY_ID;

    @Test
    void everyFieldTypeAndRawData() {
        Sides sides = portableSides().build();

        sides.assertInterop(AllTypes.sample("h\u00e9llo \uD83D\uDE00"));
        sides.assertInterop(AllTypes.sample(null));
    }

    @Test
    void nestedPortableAndPortableArray() {
        Sides sides = portableSides().build();
        Outer outer = new Outer("t", new Inner("a", 1),
                new Portable[] {new Inner("b", 2), new Inner("\uD83D\uDE00", 3)}, 9L);

        sides.assertInterop(outer);
    }

    @Test
    void nullNestedPortableAndNullOrEmptyArraysWithRegisteredDefinitions() {
        Sides sides = PortableTypes.withOuterDefinitions(portableSides()).build();

        sides.assertInterop(new Outer("no inner", null, null, 1L));
        sides.assertInterop(new Outer("empty", null, new Portable[0], 2L));
        sides.assertInterop(new Outer("full", new Inner("x", 1), new Portable[] {new Inner("y", 2)}, 3L));
    }

    @Test
    void registeredDefinitionOrderDecidesTheOffsetTable() {
        // fields registered in another order than Inner writes them
        Sides sides = portableSides().classDefinition(
                new ClassDefinitionBuilder(F, Inner.CLASS_ID).addIntField("value").addUTFField("name").build(),
                new com.hazelcast.nio.serialization.ClassDefinitionBuilder(F, Inner.CLASS_ID)
                        .addIntField("value").addUTFField("name").build())
                .build();

        sides.assertInterop(new Inner("reordered", 5));
    }

    @Test
    void portablesInsideCollectionsKeepAbsoluteOffsets() {
        Sides sides = portableSides().build();
        List<Object> list = new ArrayList<>(List.of("first", new Inner("in list", 4),
                new Outer("o", new Inner("i", 1), new Portable[] {new Inner("j", 2)}, 5L)));

        sides.assertInterop(list);
    }

    @Test
    void readsDataWhoseClassDefinitionItHasNeverSeen() {
        Sides writer = portableSides().build();
        byte[] bytes = writer.referenceBytes(new Outer("x", new Inner("i", 1), new Portable[] {new Inner("j", 2)}, 7L));
        SerializationService fresh = SerializationService.create(
                SerializationConfig.builder().addPortableFactory(F, PortableTypes::create).build());

        Object read = fresh.toObject(io.alder.serialization.Data.wrap(bytes));

        assertThat(read).isEqualTo(new Outer("x", new Inner("i", 1), new Portable[] {new Inner("j", 2)}, 7L));
        // the definitions learnt from the data now serve writes, which must still match 3.12
        assertThat(Sides.hex(fresh.toData(read).bytes())).isEqualTo(Sides.hex(bytes));
    }

    @Test
    void nullNestedPortableWithoutDefinitionFailsLikeReference() {
        Sides sides = portableSides().build();
        Outer outer = new Outer("t", null, new Portable[] {new Inner("b", 2)}, 1L);

        assertThatThrownBy(() -> sides.alder.toData(outer)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot write null portable without explicitly registering class definition!");
        assertThatThrownBy(() -> sides.reference.toData(outer))
                .hasStackTraceContaining("Cannot write null portable without explicitly registering class definition!");
    }

    @Test
    void missingPortableFactoryIsReported() {
        byte[] bytes = portableSides().build().referenceBytes(new Inner("a", 1));

        assertThatThrownBy(() -> SerializationService.createDefault().toObject(io.alder.serialization.Data.wrap(bytes)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Could not find PortableFactory for factory-id: 5");
    }

    @Test
    void layoutIsIdsVersionEndFieldCountOffsetsThenFields() {
        byte[] bytes = portableSides().build().alderBytes(new Inner("n", 1));

        // type -1, factory 5, class 2, version 0, end position 64, 2 fields, offsets of name (40) and value (52),
        // raw offset (none); offsets count from the start of the blob
        assertThat(Sides.hex(bytes)).isEqualTo("00000000ffffffff" + "00000005" + "00000002" + "00000000"
                + "00000040" + "00000002" + "00000028" + "00000034" + "00000000"
                + "0004" + "6e616d65" + "09" + "00000001" + "6e"
                + "0005" + "76616c7565" + "05" + "00000001");
    }

    static TwinConfig portableSides() {
        return Sides.builder().portableFactory(F, PortableTypes::create);
    }
}
