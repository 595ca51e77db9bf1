package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.SerializationException;
import io.alder.serialization.SerializationService;
import io.alder.serialization.interop.IdentifiedTypes.Address;
import io.alder.serialization.interop.IdentifiedTypes.Person;
import io.alder.serialization.interop.IdentifiedTypes.Team;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data-serializable objects (type id -2), byte for byte against the 3.12.13 serializer. */
class DataSerializableInteropTest {

    private static final Sides SIDES =
            Sides.builder().identifiedFactory(IdentifiedTypes.FACTORY_ID, IdentifiedTypes::create).build();

    @Test
    void identifiedWithScalarsAndSupplementaryCharacters() {
        SIDES.assertInterop(new Person("\uD83D\uDE00 Ann", 31, new String[] {"a@x", null}, null));
    }

    @Test
    void identifiedWithNullFields() {
        SIDES.assertInterop(new Person(null, 0, null, null));
    }

    @Test
    void identifiedNestingAnotherAndBuiltIns() {
        Person friend = new Person("Bob", 40, new String[0], new BigDecimal("3.14"));
        SIDES.assertInterop(new Person("Ann", 31, new String[] {"x"}, friend));
    }

    @Test
    void identifiedWithListsNestedDataAndPrimitiveArrays() {
        List<Object> members = new ArrayList<>(List.of(new Person("Cy", 1, null, null), "guest", 7L));
        members.add(null);
        members.add(new Address("Main", 5));
        Team team = new Team(members, SIDES.alder.toData("badge"), new long[] {1, -1}, new char[] {'\uD83D'},
                null);

        SIDES.assertInterop(team);
    }

    @Test
    void plainDataSerializableIsWrittenWithItsClassName() {
        Address address = new Address("Elm \u00e9", 12);

        SIDES.assertInterop(address);
        assertThat(SIDES.alderBytes(address)[8]).as("identified flag").isZero();
    }

    @Test
    void identifiedHeaderIsFlagFactoryAndClass() {
        assertThat(Sides.hex(SIDES.alderBytes(new Person(null, 5, null, null))))
                .startsWith("00000000fffffffe" + "01" + "00000001" + "00000001");
    }

    @Test
    void missingFactoryIsReportedByFactoryId() {
        byte[] bytes = SIDES.referenceBytes(new Person("Ann", 1, null, null));
        SerializationService withoutFactory = SerializationService.createDefault();

        assertThatThrownBy(() -> withoutFactory.toObject(io.alder.serialization.Data.wrap(bytes)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("No DataSerializerFactory registered for namespace: 1");
    }
}
