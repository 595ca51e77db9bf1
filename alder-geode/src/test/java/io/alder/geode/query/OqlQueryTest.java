package io.alder.geode.query;

import static io.alder.geode.query.Queries.count;
import static io.alder.geode.query.Queries.json;
import static io.alder.geode.query.Queries.rows;
import static io.alder.geode.query.Queries.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.serialization.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries as a whole: what they read, what they return, and regions of primitive values. */
class OqlQueryTest {

    private static final Object OPAQUE = new Object();
    private static final byte[] BYTES = {1, 2};
    private static final List<Object> PRIMITIVES =
            Arrays.asList(1, 2L, (short) 3, (byte) 4, 5.0, 6.5f, "7", true, null, BYTES, OPAQUE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT * FROM /orders                                  | orders      | 0",
            "SELECT * FROM orders                                   | orders      | 0",
            "select count(*) from /sales-2024_eu                    | sales-2024_eu | 0",
            "SELECT * FROM /o WHERE total > $1                      | o           | 1",
            "SELECT * FROM /o WHERE a = $3 OR b = $1                | o           | 3",
            "SELECT * FROM /o WHERE a = $1 LIMIT $2                 | o           | 2",
            "SELECT * FROM /o WHERE a = $01                         | o           | 1"})
    void namesItsRegionAndCountsItsParameters(String query, String region, int parameters) throws BadQueryException {
        OqlQuery parsed = OqlQuery.parse(query);

        assertThat(parsed.regionName()).isEqualTo(region);
        assertThat(parsed.parameterCount()).isEqualTo(parameters);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM /r r WHERE r >= 1 AND r < 3 OR r = 6.5 LIMIT 10",
            "select * from /r r where r >= 1 and r < 3 or r = 6.5 limit 10",
            "SeLeCt * FrOm /r As r WhErE r >= 1 AnD r < 3 oR r = 6.5 LiMiT 10",
            "  SELECT\t*\nFROM /r r\r\nWHERE r>=1 AND r<3 OR r=6.5 LIMIT 10  "})
    void readsKeywordsInAnyCaseAndAnySpacing(String query) throws BadQueryException {
        assertThat(rows(query, PRIMITIVES)).containsExactly(1, 2L, 6.5f);
    }

    @Test
    void comparesPrimitiveValuesThemselves() throws BadQueryException {
        assertThat(rows("SELECT * FROM /r WHERE this > 2", PRIMITIVES)).containsExactly((short) 3, (byte) 4, 5.0, 6.5f);
        assertThat(rows("SELECT * FROM /r WHERE this = 5", PRIMITIVES)).containsExactly(5.0);
        assertThat(rows("SELECT * FROM /r WHERE this = '7'", PRIMITIVES)).containsExactly("7");
        assertThat(rows("SELECT * FROM /r WHERE this = 7", PRIMITIVES)).isEmpty();
        assertThat(rows("SELECT * FROM /r WHERE this = TRUE", PRIMITIVES)).containsExactly(true);
        assertThat(rows("SELECT * FROM /r WHERE this = NULL", PRIMITIVES)).containsExactly((Object) null);
        assertThat(rows("SELECT * FROM /r WHERE this = $1", PRIMITIVES, (Object) new byte[] {1, 2}))
                .containsExactly(BYTES);
        assertThat(rows("SELECT * FROM /r WHERE this = $1", PRIMITIVES, OPAQUE)).isEmpty();
        assertThat(rows("SELECT * FROM /r WHERE this <> NULL", PRIMITIVES)).hasSize(PRIMITIVES.size() - 1);
        assertThat(rows("SELECT * FROM /r WHERE length = 1", PRIMITIVES)).isEmpty();
    }

    @Test
    void readsNegativeLiteralsOfEveryWidth() throws BadQueryException {
        List<Object> values = List.of(-1, -2147483648, -2147483649L, -0.5);

        assertThat(rows("SELECT * FROM /r WHERE this = -1", values)).containsExactly(-1);
        assertThat(rows("SELECT * FROM /r WHERE this = -2147483648", values)).containsExactly(-2147483648);
        assertThat(rows("SELECT * FROM /r WHERE this = - 2147483649", values)).containsExactly(-2147483649L);
        assertThat(rows("SELECT * FROM /r WHERE this = -5e-1", values)).containsExactly(-0.5);
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() throws BadQueryException {
        JsonValue a = json("{\"a\":1,\"b\":0,\"c\":0}");
        JsonValue bc = json("{\"a\":0,\"b\":1,\"c\":1}");
        JsonValue b = json("{\"a\":0,\"b\":1,\"c\":0}");
        List<JsonValue> values = List.of(a, bc, b);

        assertThat(rows("SELECT * FROM /r WHERE a = 1 OR b = 1 AND c = 1", values)).containsExactly(a, bc);
        assertThat(rows("SELECT * FROM /r WHERE (a = 1 OR b = 1) AND c = 1", values)).containsExactly(bc);
        assertThat(rows("SELECT * FROM /r WHERE NOT a = 1 AND c = 0", values)).containsExactly(b);
        assertThat(rows("SELECT * FROM /r WHERE NOT (a = 1 OR c = 0)", values)).containsExactly(bc);
    }

    @Test
    void countsWithAndWithoutCondition() throws BadQueryException {
        assertThat(count("SELECT COUNT(*) FROM /r", PRIMITIVES)).isEqualTo(PRIMITIVES.size());
        assertThat(count("SELECT COUNT ( * ) FROM /r WHERE this >= 4", PRIMITIVES)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM /r WHERE this = 'none'", PRIMITIVES)).isZero();
        assertThat(count("SELECT COUNT(*) FROM /r", List.of())).isZero();
    }

    @Test
    void limitKeepsTheFirstMatchesInOrder() throws BadQueryException {
        assertThat(rows("SELECT * FROM /r WHERE this > 1 LIMIT 2", PRIMITIVES)).containsExactly(2L, (short) 3);
        assertThat(rows("SELECT * FROM /r LIMIT 100", PRIMITIVES)).isEqualTo(PRIMITIVES);
        assertThat(rows("SELECT * FROM /r LIMIT 0", PRIMITIVES)).isEmpty();
    }

    @Test
    void returnsTheStoredValuesNotWhatTheyDecodeTo() throws BadQueryException {
        List<String> stored = List.of("{\"n\":1}", "{\"n\":2}");

        QueryResult<String> result = OqlQuery.parse("SELECT * FROM /r WHERE n = 2")
                .execute(stored, JsonValue::new, List.of());

        assertThat(result).isEqualTo(new QueryResult.Rows<>(List.of("{\"n\":2}")));
    }

    @Test
    void decodesEachValueOnceAndOnlyWhenTheConditionLooksAtIt() throws BadQueryException {
        List<String> stored = List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        List<String> decoded = new ArrayList<>();
        Function<String, Object> decode = value -> {
            decoded.add(value);
            return new JsonValue(value);
        };

        OqlQuery.parse("SELECT * FROM /r").execute(stored, decode, List.of());
        OqlQuery.parse("SELECT COUNT(*) FROM /r WHERE 1 = 1").execute(stored, decode, List.of());
        assertThat(decoded).isEmpty();

        OqlQuery.parse("SELECT * FROM /r WHERE n > 0 AND n <> 2 AND this <> NULL").execute(stored, decode, List.of());
        assertThat(decoded).isEqualTo(stored);

        decoded.clear();
        OqlQuery.parse("SELECT * FROM /r WHERE n >= 1 LIMIT 2").execute(stored, decode, List.of());
        assertThat(decoded).containsExactly("{\"n\":1}", "{\"n\":2}");
    }

    @Test
    void runsAgainAndAgainWithOtherParameters() throws BadQueryException {
        OqlQuery query = OqlQuery.parse("SELECT * FROM /r WHERE this >= $1");

        assertThat(query.execute(PRIMITIVES, value -> value, List.of(5)))
                .isEqualTo(new QueryResult.Rows<>(List.of(5.0, 6.5f)));
        assertThat(query.execute(PRIMITIVES, value -> value, List.of(6)))
                .isEqualTo(new QueryResult.Rows<>(List.of(6.5f)));
        assertThat(run("SELECT COUNT(*) FROM /r WHERE this >= $1", PRIMITIVES, 6))
                .isEqualTo(new QueryResult.Count<>(1));
    }
}
