package io.alder.geode.query;

import static io.alder.geode.query.Queries.json;
import static io.alder.geode.query.Queries.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class BindParameterTest {

    private static final JsonValue ADA = json("{\"name\":\"Ada\",\"age\":36,\"active\":true}");
    private static final JsonValue GRACE = json("{\"name\":\"Grace\",\"age\":85.5,\"active\":false}");
    private static final JsonValue NAMELESS = json("{\"name\":null,\"age\":7}");
    private static final List<JsonValue> PEOPLE = List.of(ADA, GRACE, NAMELESS);

    @Test
    void bindsEachTypeAsALiteralOfThatType() throws BadQueryException {
        assertThat(rows("SELECT * FROM /p WHERE name = $1", PEOPLE, "Grace")).containsExactly(GRACE);
        assertThat(rows("SELECT * FROM /p WHERE age = $1", PEOPLE, 36L)).containsExactly(ADA);
        assertThat(rows("SELECT * FROM /p WHERE age = $1", PEOPLE, (short) 36)).containsExactly(ADA);
        assertThat(rows("SELECT * FROM /p WHERE age = $1", PEOPLE, 85.5f)).containsExactly(GRACE);
        assertThat(rows("SELECT * FROM /p WHERE age < $1", PEOPLE, (byte) 8)).containsExactly(NAMELESS);
        assertThat(rows("SELECT * FROM /p WHERE active = $1", PEOPLE, true)).containsExactly(ADA);
        assertThat(rows("SELECT * FROM /p WHERE name = $1", PEOPLE, (Object) null)).containsExactly(NAMELESS);
        assertThat(rows("SELECT * FROM /p WHERE name <> $1", PEOPLE, (Object) null)).containsExactly(ADA, GRACE);
    }

    @Test
    void bindsAJsonValueAsWhatItsJsonHolds() throws BadQueryException {
        assertThat(rows("SELECT * FROM /p WHERE age = $1", PEOPLE, json("36"))).containsExactly(ADA);
        assertThat(rows("SELECT * FROM /p WHERE name = $1", PEOPLE, json("\"Ada\""))).containsExactly(ADA);
        assertThat(rows("SELECT * FROM /p WHERE name = $1", PEOPLE, json("null"))).containsExactly(NAMELESS);
        assertThat(rows("SELECT * FROM /p WHERE name = $1", PEOPLE, json("{\"name\":\"Ada\"}"))).isEmpty();
        assertThat(rows("SELECT * FROM /p WHERE name <> $1", PEOPLE, json("{\"name\":\"Ada\"}")))
                .containsExactly(NAMELESS);
    }

    @Test
    void ordersNoBooleanNullOrMismatchedParameterAndDoesNotFail() throws BadQueryException {
        assertThat(rows("SELECT * FROM /p WHERE active < $1", PEOPLE, true)).isEmpty();
        assertThat(rows("SELECT * FROM /p WHERE age > $1", PEOPLE, (Object) null)).isEmpty();
        assertThat(rows("SELECT * FROM /p WHERE age > $1", PEOPLE, "1")).isEmpty();
    }

    @Test
    void usesOneParameterAsOftenAsTheQueryRefersToIt() throws BadQueryException {
        assertThat(rows("SELECT * FROM /p WHERE age > $1 AND NOT (age = $1) OR name = $2", PEOPLE, 36, "Ada"))
                .containsExactly(ADA, GRACE);
    }

    @Test
    void needsExactlyAsManyParametersAsTheQueryRefersTo() {
        assertRefused("SELECT * FROM /p WHERE age > $1 OR name = $3",
                "the query refers to bind parameters up to $3, but 2 values were given", 1, 2);
        assertRefused("SELECT * FROM /p WHERE age > $2",
                "the query refers to bind parameters up to $2, but 1 value was given", 1);
        assertRefused("SELECT * FROM /p WHERE age > $1",
                "the query refers to bind parameters up to $1, but 2 values were given", 1, 2);
        assertRefused("SELECT * FROM /p", "the query has no bind parameters, but 1 value was given", 1);
    }

    @Test
    void bindsLimitToAWholeNumber() throws BadQueryException {
        assertThat(rows("SELECT * FROM /p LIMIT $1", PEOPLE, 1)).containsExactly(ADA);
        assertThat(rows("SELECT * FROM /p WHERE age > $1 LIMIT $2", PEOPLE, 0, 2L)).containsExactly(ADA, GRACE);
        assertThat(rows("SELECT * FROM /p LIMIT $1", PEOPLE, json("0"))).isEmpty();
    }

    @Test
    void refusesALimitThatIsNoWholeNumberFromZero() {
        String limit = "SELECT * FROM /p LIMIT $1";
        String expected = "LIMIT $1 must be bound to a whole number from 0 to 2147483647, not ";
        assertRefused(limit, expected + "Integer -1", -1);
        assertRefused(limit, expected + "Long 3000000000", 3_000_000_000L);
        assertRefused(limit, expected + "Double 2.0", 2.0);
        assertRefused(limit, expected + "null", (Object) null);
    }

    private static void assertRefused(String query, String message, Object... parameters) {
        assertThatThrownBy(() -> rows(query, PEOPLE, parameters))
                .isInstanceOf(BadQueryException.class)
                .hasMessage(message);
    }
}
