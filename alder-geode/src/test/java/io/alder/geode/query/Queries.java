package io.alder.geode.query;

import io.alder.serialization.JsonValue;
import java.util.Arrays;
import java.util.List;

/** Runs queries over values that are already decoded, as the tests write them. */
final class Queries {

    private Queries() {
    }

    static JsonValue json(String text) {
        return new JsonValue(text);
    }

    static <V> List<V> rows(String query, List<V> values, Object... parameters) throws BadQueryException {
        return ((QueryResult.Rows<V>) run(query, values, parameters)).values();
    }

    static <V> int count(String query, List<V> values, Object... parameters) throws BadQueryException {
        return ((QueryResult.Count<V>) run(query, values, parameters)).count();
    }

    static <V> QueryResult<V> run(String query, List<V> values, Object... parameters) throws BadQueryException {
        return OqlQuery.parse(query).execute(values, value -> value, Arrays.asList(parameters));
    }
}
