package io.alder.geode.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The part of OQL that Alder serves: {@code SELECT *} or {@code SELECT COUNT(*)} over one region, a WHERE
 * condition of comparisons joined with AND, OR and NOT, bind parameters {@code $1, $2, ...}, and LIMIT:
 * <pre>
 * SELECT * FROM /orders o WHERE o.customer.country = $1 AND NOT (o.total &lt; 100) LIMIT 50
 * </pre>
 * A query is parsed once, is immutable, and may be run any number of times from any thread. Anything else in
 * OQL is refused by {@link #parse} with a message saying what was found where.
 */
public final class OqlQuery {

    private final String regionName;
    private final boolean counting;
    private final Condition condition;
    private final Limit limit;
    private final int parameterCount;

    OqlQuery(String regionName, boolean counting, Condition condition, Limit limit, int parameterCount) {
        this.regionName = regionName;
        this.counting = counting;
        this.condition = condition;
        this.limit = limit;
        this.parameterCount = parameterCount;
    }

    /** @throws BadQueryException saying what was expected, where, and what was found instead */
    public static OqlQuery parse(String text) throws BadQueryException {
        return Parser.parse(text);
    }

    /** The region (Alder map) the query reads, without Geode's leading {@code /}. */
    public String regionName() {
        return regionName;
    }

    /** The highest bind parameter the query refers to: 2 for {@code $2}, 0 if it has none. */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * Runs the query over a region's values.
     *
     * @param values     the region's values, in the order rows are returned
     * @param decode     turns a stored value into what conditions compare: null, String, a boxed number,
     *                   Boolean, byte[], a {@code JsonValue} (whose fields paths reach), or any other object,
     *                   which equals nothing; called only if the query has a WHERE, at most once per value
     * @param parameters the bind parameter values, {@code $1} first, as {@code decode} would return them;
     *                   exactly {@link #parameterCount()} of them
     * @param <V>        the type of the stored values; what {@code decode} throws reaches the caller as it is
     * @return {@link QueryResult.Rows} with the matching values as given, or {@link QueryResult.Count}
     * @throws BadQueryException if the number of parameters is not {@link #parameterCount()}, or LIMIT's
     *                           parameter is not a whole number from 0 to {@link Integer#MAX_VALUE}
     */
    public <V> QueryResult<V> execute(Iterable<V> values, Function<? super V, Object> decode, List<Object> parameters)
            throws BadQueryException {
        if (parameters.size() != parameterCount) {
            throw parameterMismatch(parameters.size());
        }
        List<Object> bound = new ArrayList<>(parameters.size());
        for (Object parameter : parameters) {
            bound.add(JsonFields.operandValue(parameter));
        }
        int maximum = limit.resolve(bound);
        int count = 0;
        List<V> rows = new ArrayList<>();
        for (V value : values) {
            if (!counting && rows.size() == maximum) {
                break;
            }
            if (condition.isMetBy(Scope.of(value, decode, bound))) {
                if (counting) {
                    count++;
                } else {
                    rows.add(value);
                }
            }
        }
        return counting ? new QueryResult.Count<>(count) : new QueryResult.Rows<>(rows);
    }

    private BadQueryException parameterMismatch(int given) {
        String refers = parameterCount == 0
                ? "the query has no bind parameters"
                : "the query refers to bind parameters up to $" + parameterCount;
        return new BadQueryException(refers + ", but " + given + (given == 1 ? " value was" : " values were")
                + " given");
    }
}
