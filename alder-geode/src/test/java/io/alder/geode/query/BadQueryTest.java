package io.alder.geode.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query Alder refuses, with the message its author gets. */
class BadQueryTest {

    static Stream<Arguments> refusedQueries() {
        return Stream.of(
                arguments("",
                        "expected SELECT, found the end of the query at position 0"),
                arguments("IMPORT com.example.Order; SELECT * FROM /r",
                        "expected SELECT, found 'IMPORT' at position 0 (Alder does not support OQL's IMPORT)"),
                arguments("SELECT DISTINCT * FROM /r",
                        "Alder supports SELECT * and SELECT COUNT(*) only; found 'DISTINCT' at position 7"
                                + " (Alder does not support OQL's DISTINCT)"),
                arguments("SELECT name FROM /r",
                        "Alder supports SELECT * and SELECT COUNT(*) only; found 'name' at position 7"),
                arguments("SELECT COUNT(name) FROM /r",
                        "Alder supports SELECT * and SELECT COUNT(*) only; found 'name' at position 13"),
                arguments("SELECT count(*",
                        "Alder supports SELECT * and SELECT COUNT(*) only; found the end of the query at position 14"),
                arguments("SELECT *, name FROM /r",
                        "expected FROM, found ',' at position 8"),
                arguments("SELECT * FROM",
                        "expected a region such as /orders, found the end of the query at position 13"),
                arguments("SELECT * FROM limit",
                        "expected a region such as /orders, found 'limit' at position 14"),
                arguments("SELECT * FROM /",
                        "expected a region name (letters, digits, '_' and '-') after '/' at position 14"),
                arguments("SELECT * FROM /r, /s",
                        "expected WHERE, LIMIT or the end of the query, found ',' at position 16"),
                arguments("SELECT * FROM /r/sub",
                        "expected WHERE, LIMIT or the end of the query, found '/sub' at position 16"),
                arguments("SELECT COUNT(*) FROM /r r, r.items i",
                        "expected WHERE or the end of the query, found ',' at position 25"),
                arguments("SELECT * FROM /r AS WHERE a = 1",
                        "expected a name for the region's values after AS, found 'WHERE' at position 20"),
                arguments("SELECT * FROM /r ORDER BY a",
                        "expected WHERE, LIMIT or the end of the query, found 'ORDER' at position 17"
                                + " (Alder does not support OQL's ORDER)"),
                arguments("SELECT * FROM /r WHERE a = 1 group by a",
                        "expected AND, OR, LIMIT or the end of the query, found 'group' at position 29"
                                + " (Alder does not support OQL's GROUP)"),
                arguments("SELECT * FROM /r WHERE a = 1;",
                        "expected AND, OR, LIMIT or the end of the query, found ';' at position 28"),
                arguments("SELECT * FROM /r WHERE a = 1 b = 2",
                        "expected AND, OR, LIMIT or the end of the query, found 'b' at position 29"),
                arguments("SELECT * FROM /r LIMIT 5 LIMIT 6",
                        "expected the end of the query, found 'LIMIT' at position 25"),
                arguments("SELECT * FROM /r WHERE a IN SET(1, 2)",
                        "expected a comparison operator (=, <>, !=, <, <=, >, >=), found 'IN' at position 25"
                                + " (Alder does not support OQL's IN)"),
                arguments("SELECT * FROM /r WHERE a LIKE 'x%'",
                        "expected a comparison operator (=, <>, !=, <, <=, >, >=), found 'LIKE' at position 25"
                                + " (Alder does not support OQL's LIKE)"),
                arguments("SELECT * FROM /r WHERE a",
                        "expected a comparison operator (=, <>, !=, <, <=, >, >=), found the end of the query"
                                + " at position 24"),
                arguments("SELECT * FROM /r WHERE a[0] = 1",
                        "expected a comparison operator (=, <>, !=, <, <=, >, >=), found '[' at position 24"),
                arguments("SELECT * FROM /r WHERE a + 1 = 2",
                        "expected a comparison operator (=, <>, !=, <, <=, >, >=), found '+' at position 25"),
                arguments("SELECT * FROM /r WHERE a = b = c",
                        "expected AND, OR, LIMIT or the end of the query, found '=' at position 29"),
                arguments("SELECT * FROM /r WHERE is_defined(a)",
                        "Alder does not support method or function calls; found 'is_defined' at position 23"
                                + " followed by '('"),
                arguments("SELECT * FROM /r r WHERE r.name.startsWith('A') = TRUE",
                        "Alder does not support method or function calls; found 'startsWith' at position 32"
                                + " followed by '('"),
                arguments("SELECT * FROM /r WHERE 1 = size()",
                        "Alder does not support method or function calls; found 'size' at position 27"
                                + " followed by '('"),
                arguments("SELECT * FROM /r WHERE type = 'x'",
                        "expected a value, a field or a bind parameter, found 'type' at position 23"
                                + " (reserved in OQL: write \"type\" for a field of that name)"),
                arguments("SELECT * FROM /r WHERE a.order = 1",
                        "expected a field name after '.', found 'order' at position 25"
                                + " (reserved in OQL: write \"order\" for a field of that name)"),
                arguments("SELECT * FROM /r WHERE a. = 1",
                        "expected a field name after '.', found '=' at position 26"),
                arguments("SELECT * FROM /r WHERE a = 1 AND",
                        "expected a value, a field or a bind parameter, found the end of the query at position 32"),
                arguments("SELECT * FROM /r WHERE a = -b",
                        "expected a value, a field or a bind parameter, found '-' at position 27"),
                arguments("SELECT * FROM /r WHERE (a = 1",
                        "expected AND, OR or ')', found the end of the query at position 29"),
                arguments("SELECT * FROM /r WHERE ()",
                        "expected a value, a field or a bind parameter, found ')' at position 24"),
                arguments("SELECT * FROM /r WHERE a = 'open",
                        "unterminated string starting at position 27: close it with '"
                                + " (write '' for a quote inside it)"),
                arguments("SELECT * FROM /r WHERE a = 'it''s",
                        "unterminated string starting at position 27: close it with '"
                                + " (write '' for a quote inside it)"),
                arguments("SELECT * FROM /r WHERE \"a = 1",
                        "unterminated quoted name starting at position 23: close it with \""),
                arguments("SELECT * FROM /r WHERE \"\" = 1",
                        "empty quoted name at position 23"),
                arguments("SELECT * FROM /r WHERE a = $0",
                        "bind parameters count from $1; found '$0' at position 27"),
                arguments("SELECT * FROM /r WHERE a = $",
                        "expected the number of a bind parameter, like $1, after '$' at position 27"),
                arguments("SELECT * FROM /r WHERE a = $99999999999",
                        "bind parameter '$99999999999' at position 27 is out of range"),
                arguments("SELECT * FROM /r WHERE a == 1",
                        "'==' at position 25 is not OQL: compare with '='"),
                arguments("SELECT * FROM /r WHERE !(a = 1)",
                        "unexpected character '!' at position 23: write NOT to negate, '<>' or '!=' for not equal"),
                arguments("SELECT * FROM /r WHERE a # 1",
                        "unexpected character '#' at position 25"),
                arguments("SELECT * FROM /r WHERE a = 1\u0000",
                        "unexpected character U+0000 at position 28"),
                arguments("SELECT * FROM /r WHERE a > TRUE",
                        "'>' at position 25 cannot order TRUE, FALSE or NULL: compare them with =, <> or !="),
                arguments("SELECT * FROM /r WHERE NULL <= a",
                        "'<=' at position 28 cannot order TRUE, FALSE or NULL: compare them with =, <> or !="),
                arguments("SELECT * FROM /r WHERE a = UNDEFINED",
                        "expected a value, a field or a bind parameter, found 'UNDEFINED' at position 27"
                                + " (reserved in OQL: write \"UNDEFINED\" for a field of that name)"),
                arguments("SELECT * FROM /r WHERE a = 99999999999999999999",
                        "number 99999999999999999999 at position 27 is out of range"),
                arguments("SELECT * FROM /r WHERE a = -9223372036854775809",
                        "number -9223372036854775809 at position 28 is out of range"),
                arguments("SELECT * FROM /r WHERE a = 1e999",
                        "number 1e999 at position 27 is out of range"),
                arguments("SELECT * FROM /r WHERE a = 12abc",
                        "malformed number '12abc' at position 27: write whole numbers like 42 or 42L,"
                                + " decimals like 4.2 or 4.2e1"),
                arguments("SELECT * FROM /r WHERE a = 1.5f",
                        "malformed number '1.5f' at position 27: write whole numbers like 42 or 42L,"
                                + " decimals like 4.2 or 4.2e1"),
                arguments("SELECT * FROM /r LIMIT -1",
                        "expected a whole number from 0 to 2147483647 or a bind parameter after LIMIT,"
                                + " found '-' at position 23"),
                arguments("SELECT * FROM /r LIMIT 2.5",
                        "expected a whole number from 0 to 2147483647 or a bind parameter after LIMIT,"
                                + " found '2.5' at position 23"),
                arguments("SELECT * FROM /r LIMIT 3000000000",
                        "expected a whole number from 0 to 2147483647 or a bind parameter after LIMIT,"
                                + " found '3000000000' at position 23"),
                arguments("SELECT COUNT(*) FROM /r LIMIT 5",
                        "LIMIT applies to SELECT * only; found 'LIMIT' at position 24"),
                arguments("SELECT * FROM /r WHERE " + "(".repeat(Parser.MAX_NESTING + 1) + "a = 1"
                                + ")".repeat(Parser.MAX_NESTING + 1),
                        "the condition nests deeper than 64 levels at position 87"),
                arguments("SELECT * FROM /r WHERE " + "NOT ".repeat(Parser.MAX_NESTING + 1) + "a = 1",
                        "the condition nests deeper than 64 levels at position 279"),
                arguments("SELECT * FROM /r WHERE a = 1 LIMIT '" + "x".repeat(100) + "'",
                        "expected a whole number from 0 to 2147483647 or a bind parameter after LIMIT,"
                                + " found '" + "'" + "x".repeat(39) + "...' at position 35"));
    }

    @ParameterizedTest
    @MethodSource("refusedQueries")
    void refusesWithAMessageSayingWhatWasExpectedAndFound(String query, String message) {
        assertThatThrownBy(() -> OqlQuery.parse(query))
                .isInstanceOf(BadQueryException.class)
                .hasMessage(message);
    }
}
