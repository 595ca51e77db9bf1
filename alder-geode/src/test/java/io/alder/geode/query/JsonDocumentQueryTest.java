package io.alder.geode.query;

import static io.alder.geode.query.Queries.json;
import static io.alder.geode.query.Queries.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.alder.serialization.JsonValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditions over a region of JSON documents with nested, missing, null and oddly typed fields. */
class JsonDocumentQueryTest {

    private static final JsonValue ADA = json("{\"name\":\"Ada\",\"age\":36,\"active\":true,\"tags\":[\"math\"],"
            + "\"address\":{\"city\":\"London\",\"zip\":null},\"type\":\"founder\",\"first-name\":\"Augusta\"}");
    private static final JsonValue GRACE = json("{\"name\":\"Grace\",\"age\":85.0,\"active\":false,"
            + "\"address\":{\"city\":\"New York\"}}");
    private static final JsonValue LINUS = json("{\"name\":\"Linus\",\"age\":\"unknown\"}");
    private static final JsonValue NAMELESS = json("{\"name\":null,\"age\":9007199254740993}");
    private static final JsonValue NOT_JSON = json("{\"name\":\"Ada\"");
    private static final JsonValue ANSWER = json("42");
    private static final JsonValue ADA_TEXT = json("\"Ada\"");
    private static final List<JsonValue> PEOPLE = List.of(ADA, GRACE, LINUS, NAMELESS, NOT_JSON, ANSWER, ADA_TEXT);

    static Stream<Arguments> conditions() {
        return Stream.of(
                // nested fields, reached with or without the alias or this
                matches("address.city = 'London'", ADA),
                matches("p.address.city > 'M'", GRACE),
                matches("this.address.city <> 'London'", GRACE),
                // a missing field compares false, even with <>; NOT negates what it wraps
                matches("active <> TRUE", GRACE),
                matches("address.zip = NULL", ADA),
                matches("nickname <> NULL"),
                matches("NOT (active = TRUE)", GRACE, LINUS, NAMELESS, NOT_JSON, ANSWER, ADA_TEXT),
                matches("NOT NOT active = TRUE", ADA),
                // NULL equals only NULL
                matches("name = NULL", NAMELESS),
                matches("NULL = p.name", NAMELESS),
                matches("name <> NULL", ADA, GRACE, LINUS),
                // JSON numbers compare with literals of any type, exactly
                matches("age = 85", GRACE),
                matches("age = 36.0", ADA),
                matches("age >= 36L", ADA, GRACE, NAMELESS),
                matches("age = 9007199254740993", NAMELESS),
                matches("age = 9007199254740992"),
                matches("age < -1.5e3"),
                // strings and booleans compare only with their own kind
                matches("name < 'B'", ADA),
                matches("name >= 'G'", GRACE, LINUS),
                matches("age = 'unknown'", LINUS),
                matches("age > 'a'", LINUS),
                matches("active = FALSE", GRACE),
                matches("active = 0"),
                // objects and arrays compare with nothing, but they are not null; nor have scalars fields
                matches("address = address"),
                matches("tags <> 'math'"),
                matches("tags <> NULL", ADA),
                matches("name.given = 'A'"),
                // the document itself may be a scalar; text that is not JSON is opaque
                matches("this = 42", ANSWER),
                matches("p = 'Ada'", ADA_TEXT),
                matches("this <> NULL", PEOPLE.toArray(JsonValue[]::new)),
                matches("name = 'Ada'", ADA),
                // quoted names reach fields named like reserved words or not like words
                matches("\"type\" = 'founder'", ADA),
                matches("p.\"first-name\" = 'Augusta'", ADA));
    }

    private static Arguments matches(String condition, JsonValue... expected) {
        return arguments(condition, List.of(expected));
    }

    @ParameterizedTest(name = "WHERE {0}")
    @MethodSource("conditions")
    void selectsTheDocumentsThatMeetTheCondition(String condition, List<JsonValue> expected)
            throws BadQueryException {
        assertThat(rows("SELECT * FROM /people p WHERE " + condition, PEOPLE)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FROM /people p WHERE", "FROM /people AS p WHERE", "FROM people as p where"})
    void anAliasNamesTheValue(String fromAndWhere) throws BadQueryException {
        assertThat(rows("SELECT * " + fromAndWhere + " p.name = 'Grace' OR p.age = 36", PEOPLE))
                .containsExactly(ADA, GRACE);
    }

    @Test
    void aFieldNamedLikeNoAliasIsAField() throws BadQueryException {
        List<JsonValue> documents = List.of(json("{\"p\":{\"name\":\"inner\"},\"name\":\"outer\"}"));

        assertThat(rows("SELECT * FROM /d WHERE p.name = 'inner'", documents)).hasSize(1);
        assertThat(rows("SELECT * FROM /d p WHERE p.name = 'outer'", documents)).hasSize(1);
    }

    @Test
    void textThatIsNotJsonEqualsNothingAsAParameter() throws BadQueryException {
        assertThat(rows("SELECT * FROM /people WHERE this = $1", PEOPLE, NOT_JSON)).isEmpty();
    }
}
