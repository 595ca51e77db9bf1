package io.alder.geode.query;

import static io.alder.geode.query.Queries.count;
import static io.alder.geode.query.Queries.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** No text makes parse or execute fail with anything but a {@link BadQueryException}. */
class QueryRobustnessTest {

    private static final List<String> VALID_QUERIES = List.of(
            "SELECT * FROM /people p WHERE p.address.city = 'London' AND NOT (p.age < 18) OR p.\"type\" <> $1 LIMIT 5",
            "select count(*) from people where (age >= -1.5e3 or name = 'it''s') and this <> null",
            "SELECT * FROM /r WHERE $2 = this.tags AND active = TRUE OR age != 9007199254740993L LIMIT $3");

    private static final List<String> FRAGMENTS = List.of(
            "SELECT", "*", "COUNT", "(", ")", "FROM", "/people", "people", "p", "AS", "WHERE", "AND", "OR", "NOT",
            "LIMIT", "=", "<>", "!=", "<", "<=", ">", ">=", "==", "!", "-", ".", ",", ";", "[", "]", "$1", "$2", "$0",
            "$", "1", "-7", "2147483648", "99999999999999999999", "4.5e1", "1e999", "12abc", "'text'", "'", "''",
            "\"type\"", "\"", "TRUE", "FALSE", "NULL", "this", "name", "age", "address", "city", "ORDER", "BY",
            "DISTINCT", "IN", "LIKE", "is_defined", "type", "#", "\u0000", "\uD800", "é", " ", "\n");

    private static final List<Object> VALUES = Arrays.asList(
            json("{\"name\":\"Ada\",\"age\":36,\"address\":{\"city\":\"London\"},\"type\":\"x\",\"tags\":[1]}"),
            json("{\"name\":null}"), json("[1,2]"), json("not json"), json(""), 5, 2.5f, Double.NaN, "text",
            true, null, new byte[] {1}, new Object());

    private static final List<Object> PARAMETER_CHOICES = Arrays.asList(
            1, -1, 3L, 2.5, Double.POSITIVE_INFINITY, "London", true, null, json("36"), json("{"), new byte[0]);

    private final Random random = new Random(20240611);

    @Test
    void everyTruncationOfAValidQueryParsesOrIsRefused() {
        List<String> failures = new ArrayList<>();
        for (String query : VALID_QUERIES) {
            for (int end = 0; end <= query.length(); end++) {
                tryQuery(query.substring(0, end), failures);
                tryQuery(query.substring(end), failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void randomEditsOfValidQueriesParseOrAreRefused() {
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder query = new StringBuilder(VALID_QUERIES.get(random.nextInt(VALID_QUERIES.size())));
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(query.length());
                switch (random.nextInt(3)) {
                    case 0 -> query.deleteCharAt(at);
                    case 1 -> query.insert(at, (char) random.nextInt(128));
                    default -> query.insert(at, ' ' + FRAGMENTS.get(random.nextInt(FRAGMENTS.size())) + ' ');
                }
            }
            accepted += tryQuery(query.toString(), failures) ? 1 : 0;
        }
        assertThat(failures).isEmpty();
        assertThat(accepted).as("edited queries that still parse").isBetween(100, 4_900);
    }

    @Test
    void randomTokenSoupParsesOrIsRefused() {
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder query = new StringBuilder(random.nextBoolean() ? "SELECT * FROM /people WHERE " : "");
            for (int tokens = random.nextInt(12); tokens > 0; tokens--) {
                query.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))).append(random.nextBoolean() ? " " : "");
            }
            accepted += tryQuery(query.toString(), failures) ? 1 : 0;
        }
        assertThat(failures).isEmpty();
        assertThat(accepted).as("token soups that parse").isPositive();
    }

    @Test
    void evaluatesLongChainsOfAndAndOrWithoutDeepRecursion() throws BadQueryException {
        String terms = String.join(" OR ", Collections.nCopies(20_000, "age = 1"));

        assertThat(count("SELECT COUNT(*) FROM /p WHERE " + terms + " OR age = 36", VALUES)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM /p WHERE " + terms.replace(" OR ", " AND "), VALUES)).isZero();
    }

    @Test
    void refusesNestingDeeperThanTheLimitAndAcceptsItUpToTheLimit() throws BadQueryException {
        int depth = Parser.MAX_NESTING;
        String nested = "(".repeat(depth) + "age = 36" + ")".repeat(depth);

        assertThat(count("SELECT COUNT(*) FROM /p WHERE " + nested, VALUES)).isEqualTo(1);
        List<String> failures = new ArrayList<>();
        tryQuery("SELECT * FROM /p WHERE " + "(".repeat(100_000), failures);
        tryQuery("SELECT * FROM /p WHERE " + "NOT ".repeat(100_000) + "a = 1", failures);
        assertThat(failures).isEmpty();
    }

    /**
     * Parses and, if that works, runs the query with made-up parameters; notes anything but a refusal.
     *
     * @return whether the query was accepted and ran
     */
    private boolean tryQuery(String query, List<String> failures) {
        try {
            OqlQuery parsed = OqlQuery.parse(query);
            List<Object> parameters = new ArrayList<>();
            for (int i = 0; i < parsed.parameterCount(); i++) {
                parameters.add(PARAMETER_CHOICES.get(random.nextInt(PARAMETER_CHOICES.size())));
            }
            parsed.execute(VALUES, value -> value, parameters);
            return true;
        } catch (BadQueryException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        } catch (RuntimeException | StackOverflowError failure) {
            failures.add(failure + " for " + query);
        }
        return false;
    }
}
