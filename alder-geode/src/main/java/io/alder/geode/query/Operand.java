package io.alder.geode.query;

import java.util.List;

/** One side of a comparison: a literal, a bind parameter, or a path into the value under test. */
sealed interface Operand {

    Object valueIn(Scope scope);

    /** @param value an Integer, Long, Double, String, Boolean or null */
    record Literal(Object value) implements Operand {
        @Override
        public Object valueIn(Scope scope) {
            return value;
        }
    }

    /** @param number 1-based, as in {@code $1} */
    record Parameter(int number) implements Operand {
        @Override
        public Object valueIn(Scope scope) {
            return scope.parameter(number);
        }
    }

    /** @param fields the field names to follow from the value; none for the value itself */
    record Path(List<String> fields) implements Operand {
        public Path {
            fields = List.copyOf(fields);
        }

        @Override
        public Object valueIn(Scope scope) {
            return fields.isEmpty() ? scope.self() : scope.field(fields);
        }
    }
}
