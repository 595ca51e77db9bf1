package io.alder.geode.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a query returns: the matching values for {@code SELECT *}, their number for {@code SELECT COUNT(*)}.
 *
 * @param <V> the type of the region's stored values
 */
public sealed interface QueryResult<V> {

    /** @param values the matching values, as stored and in the order they were given */
    record Rows<V>(List<V> values) implements QueryResult<V> {
        public Rows {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** @param count how many values matched */
    record Count<V>(int count) implements QueryResult<V> {
        public Count {
            if (count < 0) {
                throw new IllegalArgumentException("count: " + count + " (expected: >= 0)");
            }
        }
    }
}
