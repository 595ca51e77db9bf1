package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.JavaDefaultSerializers;
import io.alder.serialization.JsonValue;
import io.alder.serialization.SerializationService;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in type, byte for byte against the 3.12.13 serializer, and read back on both sides. */
class BuiltInInteropTest {

    private static final Sides SIDES = Sides.defaults();

    enum Color {
        RED,
        GREEN {
            @Override
            public String toString() {
                return "green";
            }
        }
    }

    static Stream<Arguments> builtIns() {
        return Stream.of(
                arguments("String empty", ""),
                arguments("String ascii", "hello"),
                arguments("String 2- and 3-byte chars", "h\u00e9llo \u20ac"),
                arguments("String supplementary", "\uD83D\uDE00 smile \uD800\uDF48"),
                arguments("String NUL", "a\u0000b"),
                arguments("String boundaries", "\u007f\u0080\u07ff\u0800\uffff"),
                arguments("String lone surrogate", "x\uD800y"),
                arguments("String long", "0123456789\uD83D\uDE00".repeat(500)),
                arguments("Byte min", Byte.MIN_VALUE),
                arguments("Byte max", Byte.MAX_VALUE),
                arguments("Boolean true", true),
                arguments("Boolean false", false),
                arguments("Character A", 'A'),
                arguments("Character max", '\uffff'),
                arguments("Character high surrogate", '\uD83D'),
                arguments("Short min", Short.MIN_VALUE),
                arguments("Short max", Short.MAX_VALUE),
                arguments("Integer 42", 42),
                arguments("Integer min", Integer.MIN_VALUE),
                arguments("Long -1", -1L),
                arguments("Long max", Long.MAX_VALUE),
                arguments("Float 1.5", 1.5f),
                arguments("Float NaN", Float.NaN),
                arguments("Float -0", -0.0f),
                arguments("Double 2.5", 2.5d),
                arguments("Double min", Double.MIN_VALUE),
                arguments("Double -infinity", Double.NEGATIVE_INFINITY),
                arguments("byte[] empty", new byte[0]),
                arguments("byte[]", new byte[] {1, 2, 3, -1}),
                arguments("boolean[]", new boolean[] {true, false, true}),
                arguments("char[]", new char[] {'A', '\u00e9', '\uD83D', '\uDE00'}),
                arguments("short[]", new short[] {Short.MIN_VALUE, 0, Short.MAX_VALUE}),
                arguments("int[]", new int[] {1, 2, Integer.MIN_VALUE}),
                arguments("int[] empty", new int[0]),
                arguments("long[]", new long[] {Long.MIN_VALUE, 7}),
                arguments("float[]", new float[] {1.5f, Float.MAX_VALUE}),
                arguments("double[]", new double[] {2.5, -0.0}),
                arguments("String[]", new String[] {"a", null, "\uD83D\uDE00", ""}),
                arguments("String[] empty", new String[0]),
                arguments("Date epoch", new Date(0)),
                arguments("Date", new Date(1_700_000_000_123L)),
                arguments("Date before epoch", new Date(-1)),
                arguments("BigInteger 256", BigInteger.valueOf(256)),
                arguments("BigInteger 0", BigInteger.ZERO),
                arguments("BigInteger negative", BigInteger.valueOf(-129)),
                arguments("BigInteger 2^200", BigInteger.TWO.pow(200)),
                arguments("BigDecimal 1.5", new BigDecimal("1.5")),
                arguments("BigDecimal small", new BigDecimal("-0.0001")),
                arguments("BigDecimal large", new BigDecimal("12345678901234567890.123456789")),
                arguments("BigDecimal negative scale", new BigDecimal("1E+5")),
                arguments("Class String", String.class),
                arguments("Class int", int.class),
                arguments("Class int[]", int[].class),
                arguments("Class String[][]", String[][].class),
                arguments("Class nested", Map.Entry.class),
                arguments("Class user", BuiltInInteropTest.class),
                arguments("Enum constant (Java serialization)", Color.RED),
                arguments("Enum constant with a body (Java serialization)", Color.GREEN),
                arguments("JDK enum (Java serialization)", java.util.concurrent.TimeUnit.SECONDS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void matchesReference(String name, Object value) {
        SIDES.assertInterop(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void matchesBareReferenceBuilder(String name, Object value) {
        InternalSerializationService bare = new DefaultSerializationServiceBuilder().build();
        com.hazelcast.nio.serialization.Data expected = bare.toData(value);

        assertThat(Sides.hex(SIDES.alderBytes(value))).isEqualTo(Sides.hex(expected.toByteArray()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "'{\"a\":1}'",
        "'[1, 2, {\"\uD83D\uDE00\": null}]'",
        "''",
    })
    void jsonValueMatchesReferenceJsonValue(String json) {
        SIDES.assertInterop(new JsonValue(json), new HazelcastJsonValue(json));
    }

    @Test
    void userEnumsAreJavaSerializedAs312Does() {
        assertThat(SIDES.alder.toData(Color.RED).type()).isEqualTo(-100);
    }

    @Test
    void readsTheEnumTypeIdBothWays() throws IOException {
        com.hazelcast.nio.BufferObjectDataOutput out = SIDES.reference.createObjectDataOutput();
        out.writeInt(0);
        out.writeInt(-25);
        new JavaDefaultSerializers.EnumSerializer().write(out, Color.GREEN);
        byte[] bytes = out.toByteArray();

        assertThat((Object) SIDES.alderRead(bytes)).isSameAs(Color.GREEN);
        assertThat((Object) SIDES.referenceRead(bytes)).isSameAs(Color.GREEN);
    }

    @Test
    void nullIsNoData() {
        assertThat(SIDES.alder.toData(null)).isNull();
        assertThat((Object) SIDES.reference.toData(null)).isNull();
        assertThat((Object) SIDES.alder.toObject(null)).isNull();
    }

    /** Golden vectors of the protocol fact sheet, section 7.3, written by the 3.12.13 serializer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("factSheetVectors")
    void matchesFactSheetVectors(String name, Object value, String hex) {
        SerializationService alder = SerializationService.createDefault();

        assertThat(Sides.hex(alder.toData(value).bytes())).isEqualTo(hex);
        assertThat((Object) alder.toObject(io.alder.serialization.Data.wrap(HexFormat.of().parseHex(hex))))
                .isEqualTo(value);
    }

    static Stream<Arguments> factSheetVectors() {
        return Stream.of(
                arguments("String hé€😀", "h\u00e9\u20ac\uD83D\uDE00",
                        "00000000fffffff50000000568c3a9e282aceda0bdedb880"),
                arguments("Boolean true", true, "00000000fffffffc01"),
                arguments("Character A", 'A', "00000000fffffffb0041"),
                arguments("Float 1.5", 1.5f, "00000000fffffff73fc00000"),
                arguments("Double 2.5", 2.5d, "00000000fffffff64004000000000000"),
                arguments("String[] a b", new String[] {"a", "b"}, "00000000ffffffec0000000200000001610000000162"),
                arguments("HazelcastJsonValue", new JsonValue("{\"a\":1}"), "00000000ffffff7e000000077b2261223a317d"),
                arguments("BigInteger 256", BigInteger.valueOf(256), "00000000ffffffe9000000020100"),
                arguments("BigDecimal 1.5", new BigDecimal("1.5"), "00000000ffffffe8000000010f00000001"),
                arguments("Class String", String.class,
                        "00000000ffffffeb000000106a6176612e6c616e672e537472696e67"),
                arguments("Long -1", -1L, "00000000fffffff8ffffffffffffffff"));
    }
}
