package io.alder.geode.query;

import static io.alder.geode.query.Operator.EQUAL;
import static io.alder.geode.query.Operator.GREATER;
import static io.alder.geode.query.Operator.GREATER_OR_EQUAL;
import static io.alder.geode.query.Operator.LESS;
import static io.alder.geode.query.Operator.LESS_OR_EQUAL;
import static io.alder.geode.query.Operator.NOT_EQUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each comparison means for every kind of operand value. */
class OperatorTest {

    private static final Object OPAQUE = new Object();
    private static final Object UNDEFINED = Undefined.VALUE;
    private static final BigInteger TWO_TO_THE_64 = BigInteger.ONE.shiftLeft(64);

    static Stream<Arguments> comparisons() {
        return Stream.of(
                // numbers compare by exact value across types
                arguments(1, EQUAL, 1.0, true),
                arguments(1L, EQUAL, 1, true),
                arguments((short) 7, EQUAL, (byte) 7, true),
                arguments(0.5f, EQUAL, 0.5, true),
                arguments(0.1f, EQUAL, 0.1, false),
                arguments(2, GREATER, 1.5, true),
                arguments(-3L, LESS_OR_EQUAL, -3.0f, true),
                arguments(9007199254740993L, EQUAL, 9007199254740992.0, false),
                arguments(9007199254740993L, GREATER, 9007199254740992.0, true),
                arguments(Long.MAX_VALUE, LESS, 9.223372036854775807E18, true),
                arguments(TWO_TO_THE_64, GREATER, Long.MAX_VALUE, true),
                arguments(TWO_TO_THE_64, EQUAL, 18446744073709551616.0, true),
                arguments(Double.POSITIVE_INFINITY, GREATER, TWO_TO_THE_64.pow(20), true),
                arguments(Double.NEGATIVE_INFINITY, LESS, Long.MIN_VALUE, true),
                arguments(Double.POSITIVE_INFINITY, EQUAL, Float.POSITIVE_INFINITY, true),
                arguments(Double.NEGATIVE_INFINITY, LESS, Double.POSITIVE_INFINITY, true),
                arguments(Double.NaN, EQUAL, Double.NaN, false),
                arguments(Double.NaN, NOT_EQUAL, 1, false),
                arguments(Float.NaN, LESS, Double.POSITIVE_INFINITY, false),
                // strings by String.compareTo, never coerced to numbers
                arguments("apple", LESS, "banana", true),
                arguments("Banana", LESS, "apple", true),
                arguments("same", GREATER_OR_EQUAL, "same", true),
                arguments("1", EQUAL, 1, false),
                arguments("1", NOT_EQUAL, 1, false),
                // booleans and bytes for (in)equality only
                arguments(true, EQUAL, true, true),
                arguments(true, NOT_EQUAL, false, true),
                arguments(true, GREATER, false, false),
                arguments(true, EQUAL, 1, false),
                arguments(new byte[] {1, 2}, EQUAL, new byte[] {1, 2}, true),
                arguments(new byte[] {1, 2}, NOT_EQUAL, new byte[] {1, 3}, true),
                arguments(new byte[] {1, 2}, LESS, new byte[] {1, 3}, false),
                // NULL equals only NULL and differs from every defined value
                arguments(null, EQUAL, null, true),
                arguments(null, NOT_EQUAL, null, false),
                arguments(null, NOT_EQUAL, 1, true),
                arguments("x", NOT_EQUAL, null, true),
                arguments(OPAQUE, NOT_EQUAL, null, true),
                arguments(null, LESS, 1, false),
                arguments(null, GREATER_OR_EQUAL, null, false),
                // an undefined value compares false with everything
                arguments(UNDEFINED, EQUAL, UNDEFINED, false),
                arguments(UNDEFINED, NOT_EQUAL, 1, false),
                arguments(UNDEFINED, EQUAL, null, false),
                arguments(null, NOT_EQUAL, UNDEFINED, false),
                // opaque objects equal nothing, themselves included
                arguments(OPAQUE, EQUAL, OPAQUE, false),
                arguments(OPAQUE, NOT_EQUAL, OPAQUE, false),
                arguments(OPAQUE, NOT_EQUAL, 1, false));
    }

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @MethodSource("comparisons")
    void comparesLikeOql(Object left, Operator operator, Object right, boolean holds) {
        assertThat(operator.holds(left, right)).isEqualTo(holds);
    }

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @MethodSource("comparisons")
    void meansTheSameWithTheOperandsSwapped(Object left, Operator operator, Object right, boolean holds) {
        assertThat(mirror(operator).holds(right, left)).isEqualTo(holds);
    }

    private static Operator mirror(Operator operator) {
        switch (operator) {
            case LESS:
                return GREATER;
            case LESS_OR_EQUAL:
                return GREATER_OR_EQUAL;
            case GREATER:
                return LESS;
            case GREATER_OR_EQUAL:
                return LESS_OR_EQUAL;
            default:
                return operator;
        }
    }
}
