package io.alder.geode.query;

import java.util.List;

/** How many values {@code SELECT *} returns at most: {@code LIMIT 10}, {@code LIMIT $1} or no limit. */
sealed interface Limit {

    Limit NONE = new Fixed(Integer.MAX_VALUE);

    /** @param parameters the bind parameters as operand values, {@code $1} first, as many as the query uses */
    int resolve(List<Object> parameters) throws BadQueryException;

    record Fixed(int count) implements Limit {
        @Override
        public int resolve(List<Object> parameters) {
            return count;
        }
    }

    /** @param number the bind parameter holding the limit, 1-based */
    record Bound(int number) implements Limit {
        @Override
        public int resolve(List<Object> parameters) throws BadQueryException {
            Object value = parameters.get(number - 1);
            if (Numbers.isIntegral(value)) {
                long count = ((Number) value).longValue();
                if (count >= 0 && count <= Integer.MAX_VALUE) {
                    return (int) count;
                }
            }
            String found = value == null ? "null" : value.getClass().getSimpleName() + " " + value;
            throw new BadQueryException("LIMIT $" + number + " must be bound to a whole number from 0 to "
                    + Integer.MAX_VALUE + ", not " + found);
        }
    }
}
