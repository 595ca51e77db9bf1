package io.alder.geode.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalInt;

/**
 * Compares numbers of any of Java's boxed types (and JSON's big ones) by their exact value, so that
 * {@code 1 = 1.0} and a long above 2^53 is not equal to the nearest double.
 */
final class Numbers {

    private Numbers() {
    }

    static boolean isNumber(Object value) {
        return isIntegral(value) || value instanceof Double || value instanceof Float
                || value instanceof BigInteger || value instanceof BigDecimal;
    }

    /** The order of two numbers, or empty when either is NaN: NaN is ordered with nothing, itself included. */
    static OptionalInt compare(Object left, Object right) {
        if (isIntegral(left) && isIntegral(right)) {
            return OptionalInt.of(Long.compare(((Number) left).longValue(), ((Number) right).longValue()));
        }
        if (isNaN(left) || isNaN(right)) {
            return OptionalInt.empty();
        }
        int byInfinity = Integer.compare(infinitySign(left), infinitySign(right));
        if (byInfinity != 0 || infinitySign(left) != 0) {
            return OptionalInt.of(byInfinity);
        }
        return OptionalInt.of(exact(left).compareTo(exact(right)));
    }

    /** Whether it is a whole number of a boxed Java type. */
    static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    private static boolean isNaN(Object value) {
        return isFloatingPoint(value) && Double.isNaN(((Number) value).doubleValue());
    }

    /** -1 for negative infinity, 1 for positive infinity, 0 for every finite number. */
    private static int infinitySign(Object value) {
        if (!isFloatingPoint(value) || !Double.isInfinite(((Number) value).doubleValue())) {
            return 0;
        }
        return ((Number) value).doubleValue() > 0 ? 1 : -1;
    }

    private static boolean isFloatingPoint(Object value) {
        return value instanceof Double || value instanceof Float;
    }

    private static BigDecimal exact(Object finite) {
        if (finite instanceof BigDecimal decimal) {
            return decimal;
        }
        if (finite instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (isFloatingPoint(finite)) {
            return new BigDecimal(((Number) finite).doubleValue());
        }
        return BigDecimal.valueOf(((Number) finite).longValue());
    }
}
