package io.alder.geode.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * A comparison operator and what it means for two operand values: numbers compare by value whatever their
 * type, strings with {@link String#compareTo}, booleans and {@code byte[]} for (in)equality only; {@code NULL}
 * equals only {@code NULL}; anything compared with an undefined value, a value of another kind or an
 * opaque object is false, {@code <>} included.
 */
enum Operator {
    EQUAL(order -> order == 0, "="),
    NOT_EQUAL(order -> order != 0, "<>", "!="),
    LESS(order -> order < 0, "<"),
    LESS_OR_EQUAL(order -> order <= 0, "<="),
    GREATER(order -> order > 0, ">"),
    GREATER_OR_EQUAL(order -> order >= 0, ">=");

    private final IntPredicate acceptsOrder;
    private final List<String> symbols;

    Operator(IntPredicate acceptsOrder, String... symbols) {
        this.acceptsOrder = acceptsOrder;
        this.symbols = List.of(symbols);
    }

    static Optional<Operator> forSymbol(String symbol) {
        return Arrays.stream(values()).filter(operator -> operator.symbols.contains(symbol)).findFirst();
    }

    /** Whether it asks which value is smaller, which only numbers and strings can answer. */
    boolean isOrdering() {
        return this != EQUAL && this != NOT_EQUAL;
    }

    boolean holds(Object left, Object right) {
        if (left == Undefined.VALUE || right == Undefined.VALUE) {
            return false;
        }
        if (left == null || right == null) {
            return !isOrdering() && acceptsEquality(left == right);
        }
        if (Numbers.isNumber(left) && Numbers.isNumber(right)) {
            OptionalInt order = Numbers.compare(left, right);
            return order.isPresent() && acceptsOrder.test(order.getAsInt());
        }
        if (left instanceof String leftString && right instanceof String rightString) {
            return acceptsOrder.test(leftString.compareTo(rightString));
        }
        if (isOrdering()) {
            return false;
        }
        if (left instanceof Boolean && right instanceof Boolean) {
            return acceptsEquality(left.equals(right));
        }
        if (left instanceof byte[] leftBytes && right instanceof byte[] rightBytes) {
            return acceptsEquality(Arrays.equals(leftBytes, rightBytes));
        }
        return false;
    }

    private boolean acceptsEquality(boolean equal) {
        return acceptsOrder.test(equal ? 0 : 1);
    }
}
