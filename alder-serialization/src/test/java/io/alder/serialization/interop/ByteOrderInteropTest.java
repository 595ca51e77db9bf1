package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.serialization.Portable;
import io.alder.serialization.interop.IdentifiedTypes.Person;
import io.alder.serialization.interop.PortableTypes.AllTypes;
import io.alder.serialization.interop.PortableTypes.Inner;
import io.alder.serialization.interop.PortableTypes.Outer;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Little-endian serializer output (3.12's {@code setByteOrder}); the data header stays big-endian. */
class ByteOrderInteropTest {

    private static final Sides LITTLE = Sides.builder()
            .byteOrder(ByteOrder.LITTLE_ENDIAN)
            .identifiedFactory(IdentifiedTypes.FACTORY_ID, IdentifiedTypes::create)
            .portableFactory(PortableTypes.FACTORY_ID, PortableTypes::create)
            .build();

    @Test
    void builtInsInLittleEndian() {
        for (Object value : List.of(42, -2L, 'c', (short) 3, 1.5f, 2.5d, "h\u00e9\uD83D\uDE00",
                new int[] {1, 2}, new double[] {1}, new char[] {'a'}, new String[] {"x"}, new BigDecimal("1.25"))) {
            LITTLE.assertInterop(value);
        }
    }

    @Test
    void headerStaysBigEndian() {
        assertThat(Sides.hex(LITTLE.alderBytes(42))).isEqualTo("00000000fffffff9" + "2a000000");
    }

    @Test
    void userTypesAndCollectionsInLittleEndian() {
        LITTLE.assertInterop(new Person("Ann", 3, new String[] {"a"}, new ArrayList<>(List.of(1, "x"))));
        LITTLE.assertInterop(AllTypes.sample("little"));
        LITTLE.assertInterop(new Outer("o", new Inner("i", 1), new Portable[] {new Inner("j", 2)}, 3L));
    }
}
