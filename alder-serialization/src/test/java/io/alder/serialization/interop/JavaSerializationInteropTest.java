package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.serialization.interop.JavaTypes.Customer;
import io.alder.serialization.interop.JavaTypes.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Java serialization (Serializable -100, Externalizable -101) against the 3.12.13 serializer, with the
 * compression and shared-object options in every combination.
 */
class JavaSerializationInteropTest {

    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of(false, true),
                Arguments.of(true, true),
                Arguments.of(false, false),
                Arguments.of(true, false));
    }

    @ParameterizedTest(name = "compression={0}, shared={1}")
    @MethodSource("options")
    void serializableObjectGraph(boolean compress, boolean shared) {
        Sides sides = sides(compress, shared);

        sides.assertInterop(new Customer("Ann \uD83D\uDE00", List.of("vip", "eu")));
        assertThat(sides.alder.toData(new Customer("x", List.of())).type()).isEqualTo(-100);
    }

    @ParameterizedTest(name = "compression={0}, shared={1}")
    @MethodSource("options")
    void jdkCollectionsWithoutBuiltInSerializer(boolean compress, boolean shared) {
        Sides sides = sides(compress, shared);
        Map<String, Object> map = new HashMap<>();
        map.put("k", List.of(1, 2));

        sides.assertInterop(map);
        sides.assertInterop(Arrays.asList("fixed", "size"));
        sides.assertInterop(List.of(3));
    }

    @ParameterizedTest(name = "compression={0}, shared={1}")
    @MethodSource("options")
    void externalizable(boolean compress, boolean shared) {
        Sides sides = sides(compress, shared);

        sides.assertInterop(new Settings("dark", 14));
        assertThat(sides.alder.toData(new Settings("x", 1)).type()).isEqualTo(-101);
    }

    @ParameterizedTest(name = "compression={0}, shared={1}")
    @MethodSource("options")
    void javaSerializedElementsFollowedByMoreElements(boolean compress, boolean shared) {
        Sides sides = sides(compress, shared);
        List<Object> list = new ArrayList<>(List.of(new Customer("first", List.of("a")), "between",
                new Settings("s", 2), 42));

        sides.assertInterop(list);
    }

    private static Sides sides(boolean compress, boolean shared) {
        return Sides.builder().javaCompression(compress).javaSharedObjects(shared).build();
    }
}
