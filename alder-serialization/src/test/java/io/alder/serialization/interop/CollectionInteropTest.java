package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.serialization.interop.IdentifiedTypes.Person;
import io.alder.serialization.interop.PortableTypes.Inner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ArrayList (-26) and LinkedList (-27), byte for byte against the 3.12.13 serializer. */
class CollectionInteropTest {

    private static final Sides SIDES = Sides.builder()
            .identifiedFactory(IdentifiedTypes.FACTORY_ID, IdentifiedTypes::create)
            .portableFactory(PortableTypes.FACTORY_ID, PortableTypes::create)
            .build();

    @Test
    void emptyLists() {
        SIDES.assertInterop(new ArrayList<>());
        SIDES.assertInterop(new LinkedList<>());
    }

    @Test
    void listsOfMixedElementsWithNulls() {
        ArrayList<Object> list = new ArrayList<>(Arrays.asList(1, null, "x\uD83D\uDE00", 2.5, new Date(5),
                BigInteger.TEN, 'c', null));

        SIDES.assertInterop(list);
        SIDES.assertInterop(new LinkedList<>(list));
    }

    @Test
    void nestedLists() {
        LinkedList<Object> inner = new LinkedList<>(List.of("deep", new ArrayList<>()));
        ArrayList<Object> outer = new ArrayList<>(List.of(inner, new ArrayList<>(List.of(inner)), new LinkedList<>()));

        SIDES.assertInterop(outer);
    }

    @Test
    void listsOfUserObjects() {
        SIDES.assertInterop(new ArrayList<>(List.of(new Person("Ann", 1, null, null), new Inner("i", 2),
                new Person("Bob", 2, new String[] {"b"}, new Inner("nested", 3)))));
    }

    @Test
    void otherListClassesAreJavaSerializedAs312Does() {
        List<String> subclass = new NamedList();
        subclass.add("subclass");

        assertThat(SIDES.alder.toData(List.of("immutable")).type()).isEqualTo(-100);
        SIDES.assertInterop(Arrays.asList("array", "backed"));
        assertThat(Sides.hex(SIDES.alderBytes(subclass))).isEqualTo(Sides.hex(SIDES.referenceBytes(subclass)));
    }

    @Test
    void arrayListLayoutIsSizeThenTypedElements() {
        assertThat(Sides.hex(SIDES.alderBytes(new ArrayList<>(List.of(1, "x")))))
                .isEqualTo("00000000ffffffe6" + "00000002" + "fffffff9" + "00000001" + "fffffff5" + "00000001" + "78");
    }

    /** A subclass, which the exact-class lookup of the ArrayList serializer does not take. */
    private static final class NamedList extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
    }
}
