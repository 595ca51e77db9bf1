package io.alder.server.geode;

import static io.alder.server.geode.GeodeAnswers.assertError;
import static io.alder.server.geode.GeodeAnswers.assertStillServed;
import static io.alder.testsupport.geode.GeodeTestClient.entry;
import static io.alder.testsupport.geode.GeodeTestClient.integer;
import static io.alder.testsupport.geode.GeodeTestClient.json;
import static io.alder.testsupport.geode.GeodeTestClient.putAll;
import static io.alder.testsupport.geode.GeodeTestClient.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.Message;
import io.alder.geode.proto.v1.OQLQueryRequest;
import io.alder.server.geode.GeodeMembers.Security;
import io.alder.testsupport.geode.GeodeTestClient;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OQL queries over the wire: what Geode's own clients send (the Go client's suite among them), answered as Geode answers. */
class GeodeQueryIT {

    @RegisterExtension
    static final GeodeMembers MEMBERS = new GeodeMembers(UnaryOperator.identity());

    private static final EncodedValue ADA = json("{\"id\": 1, \"name\": \"Ada\", \"age\": 36}");
    private static final EncodedValue ALAN = json("{\"id\": 2, \"name\": \"Alan\", \"age\": 41}");
    private static final EncodedValue GRACE = json("{\"id\": 3, \"name\": \"Grace\", \"address\": {\"city\": \"NYC\"}}");

    @BeforeAll
    static void fillRegions() throws IOException {
        try (GeodeTestClient client = client()) {
            client.call(putAll("people", entry(string("ada"), ADA), entry(string("alan"), ALAN),
                    entry(string("grace"), GRACE)));
            client.call(putAll("numbers", entry(integer(1), integer(10)), entry(integer(2), integer(20)),
                    entry(integer(3), integer(30))));
        }
    }

    @Test
    void selectStarListsTheValues() throws IOException {
        try (GeodeTestClient client = client()) {
            assertThat(list(client.call(query("SELECT * FROM /people")))).containsExactlyInAnyOrder(ADA, ALAN, GRACE);
        }
    }

    @Test
    void countIsAOneElementListHoldingAnInt() throws IOException {
        try (GeodeTestClient client = client()) {
            assertThat(list(client.call(query("select count(*) from /people")))).containsExactly(integer(3));
            assertThat(list(client.call(query("SELECT COUNT(*) FROM /numbers n WHERE n >= 20")))).containsExactly(integer(2));
        }
    }

    @Test
    void whereComparesJsonFieldsWithBindParameters() throws IOException {
        try (GeodeTestClient client = client()) {
            assertThat(list(client.call(query("SELECT * FROM /people WHERE id = 1")))).containsExactly(ADA);
            assertThat(list(client.call(query("SELECT * FROM /people p WHERE p.age > $1 AND p.name <> $2",
                    integer(30), string("Alan"))))).containsExactly(ADA);
            assertThat(list(client.call(query("SELECT * FROM /people WHERE address.city = $1", string("NYC")))))
                    .containsExactly(GRACE);
        }
    }

    @Test
    void whereComparesPrimitiveValues() throws IOException {
        try (GeodeTestClient client = client()) {
            assertThat(list(client.call(query("SELECT * FROM /numbers WHERE this < $1", integer(25)))))
                    .containsExactlyInAnyOrder(integer(10), integer(20));
        }
    }

    @Test
    void unsupportedOqlIsABadQueryAndTheConnectionStays() throws IOException {
        try (GeodeTestClient client = client()) {
            assertError(client.call(query("SELECT DISTINCT name FROM /people")), ErrorCode.BAD_QUERY, "DISTINCT");
            assertError(client.call(query("SELECT * FROM /people ORDER BY id")), ErrorCode.BAD_QUERY, "ORDER");
            assertStillServed(client);
        }
    }

    @Test
    void aMissingBindParameterIsABadQuery() throws IOException {
        try (GeodeTestClient client = client()) {
            assertError(client.call(query("SELECT * FROM /people WHERE id = $2", integer(1))), ErrorCode.BAD_QUERY, "$2");
            assertStillServed(client);
        }
    }

    @Test
    void aQueryOnARegionNobodyCreatedIsRegionNotFound() throws IOException {
        try (GeodeTestClient client = client()) {
            assertError(client.call(query("SELECT * FROM /nobody")), ErrorCode.REGION_NOT_FOUND, "/nobody");
        }
    }

    private static GeodeTestClient client() throws IOException {
        return MEMBERS.client(Security.SECURED);
    }

    private static Message query(String text, EncodedValue... parameters) {
        return Message.newBuilder().setOqlQueryRequest(OQLQueryRequest.newBuilder().setQuery(text)
                .addAllBindParameter(List.of(parameters))).build();
    }

    private static List<EncodedValue> list(Message answer) {
        assertThat(answer.hasOqlQueryResponse()).as("answer %s", answer).isTrue();
        return answer.getOqlQueryResponse().getListResult().getElementList();
    }
}
