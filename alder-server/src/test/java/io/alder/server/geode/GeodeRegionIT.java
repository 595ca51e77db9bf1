package io.alder.server.geode;

import static io.alder.server.geode.GeodeAnswers.assertError;
import static io.alder.server.geode.GeodeAnswers.assertStillServed;
import static io.alder.testsupport.geode.GeodeTestClient.bool;
import static io.alder.testsupport.geode.GeodeTestClient.byteValue;
import static io.alder.testsupport.geode.GeodeTestClient.bytes;
import static io.alder.testsupport.geode.GeodeTestClient.clear;
import static io.alder.testsupport.geode.GeodeTestClient.doubleValue;
import static io.alder.testsupport.geode.GeodeTestClient.entry;
import static io.alder.testsupport.geode.GeodeTestClient.floatValue;
import static io.alder.testsupport.geode.GeodeTestClient.get;
import static io.alder.testsupport.geode.GeodeTestClient.getAll;
import static io.alder.testsupport.geode.GeodeTestClient.integer;
import static io.alder.testsupport.geode.GeodeTestClient.json;
import static io.alder.testsupport.geode.GeodeTestClient.keySet;
import static io.alder.testsupport.geode.GeodeTestClient.longValue;
import static io.alder.testsupport.geode.GeodeTestClient.nullValue;
import static io.alder.testsupport.geode.GeodeTestClient.put;
import static io.alder.testsupport.geode.GeodeTestClient.putAll;
import static io.alder.testsupport.geode.GeodeTestClient.putIfAbsent;
import static io.alder.testsupport.geode.GeodeTestClient.regionNames;
import static io.alder.testsupport.geode.GeodeTestClient.remove;
import static io.alder.testsupport.geode.GeodeTestClient.shortValue;
import static io.alder.testsupport.geode.GeodeTestClient.size;
import static io.alder.testsupport.geode.GeodeTestClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IMap;
import io.alder.geode.proto.v1.ClearResponse;
import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.ExecuteFunctionOnRegionRequest;
import io.alder.geode.proto.v1.GetAllResponse;
import io.alder.geode.proto.v1.KeyedError;
import io.alder.geode.proto.v1.Message;
import io.alder.geode.proto.v1.OQLQueryRequest;
import io.alder.geode.proto.v1.PutResponse;
import io.alder.geode.proto.v1.RemoveResponse;
import io.alder.server.config.GeodeConfig;
import io.alder.server.geode.GeodeMembers.Security;
import io.alder.testsupport.geode.GeodeTestClient;
import io.alder.testsupport.reference.OfficialClientSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every region request of the Geode protobuf protocol over a real socket, on a secured member (Alder's default)
 * and on an unsecured one. Each test works on regions of its own.
 */
class GeodeRegionIT {

    @RegisterExtension
    static final GeodeMembers MEMBERS = new GeodeMembers(config -> config.geode(GeodeConfig.DEFAULTS
            .withRegions(List.of("preset"))));

    private static final Message PUT_DONE = Message.newBuilder().setPutResponse(PutResponse.getDefaultInstance())
            .build();
    private static final Message REMOVE_DONE = Message.newBuilder()
            .setRemoveResponse(RemoveResponse.getDefaultInstance()).build();
    private static final Message CLEAR_DONE = Message.newBuilder().setClearResponse(ClearResponse.getDefaultInstance())
            .build();
    private static final EncodedValue UNSET = EncodedValue.getDefaultInstance();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void putIsAnsweredByAnEmptyPutResponseAndGetReadsTheLatestValue(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            assertThat(client.call(put("put-get", string("k1"), string("v1")))).isEqualTo(PUT_DONE);
            assertThat(client.call(put("put-get", string("k1"), string("v2")))).isEqualTo(PUT_DONE);

            assertThat(client.call(get("put-get", string("k1"))).getGetResponse().getResult()).isEqualTo(string("v2"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void aRegionIsNamedWithOrWithoutItsLeadingSlash(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(put("/slashed", string("k"), string("v")));

            assertThat(client.call(get("slashed", string("k"))).getGetResponse().getResult()).isEqualTo(string("v"));
            assertThat(regionsOf(client)).contains("/slashed").doesNotContain("//slashed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void getOfAMissingKeyAnswersNullResult(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(put("missing-key", string("present"), integer(1)));

            Message answer = client.call(get("missing-key", string("absent")));

            assertThat(answer.getGetResponse().hasResult()).isTrue();
            assertThat(answer.getGetResponse().getResult()).isEqualTo(nullValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void putAllStoresTheGoodEntriesAndListsEachFailingKey(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            Message answer = client.call(putAll("put-all",
                    entry(string("a"), integer(1)),
                    entry(string("unset"), UNSET),
                    entry(string("null"), nullValue()),
                    entry(nullValue(), integer(2)),
                    entry(string("bad-json"), json("{\"unclosed\": ")),
                    entry(string("b"), integer(3))));

            assertThat(answer.getPutAllResponse().getFailedKeysList())
                    .extracting(KeyedError::getKey, failure -> failure.getError().getErrorCode())
                    .containsExactlyInAnyOrder(
                            tuple(string("unset"), ErrorCode.SERVER_ERROR),
                            tuple(string("null"), ErrorCode.INVALID_REQUEST),
                            tuple(nullValue(), ErrorCode.INVALID_REQUEST),
                            tuple(string("bad-json"), ErrorCode.SERVER_ERROR));
            assertThat(answer.getPutAllResponse().getFailedKeysList())
                    .extracting(failure -> failure.getError().getMessage())
                    .anySatisfy(message -> assertThat(message).contains("VALUE_NOT_SET"))
                    .anySatisfy(message -> assertThat(message).contains("not a JSON document"));
            assertThat(client.call(size("put-all")).getGetSizeResponse().getSize()).isEqualTo(2);
            assertThat(client.call(get("put-all", string("b"))).getGetResponse().getResult()).isEqualTo(integer(3));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void getAllAnswersEveryKeyAndListsEachFailingKeyAsServerError(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(put("get-all", string("a"), integer(1)));

            GetAllResponse answer = client.call(getAll("get-all", string("a"), string("missing"), UNSET, nullValue()))
                    .getGetAllResponse();

            assertThat(answer.getEntriesList()).containsExactlyInAnyOrder(
                    entry(string("a"), integer(1)), entry(string("missing"), nullValue()));
            assertThat(answer.getFailuresList())
                    .extracting(KeyedError::getKey, failure -> failure.getError().getErrorCode())
                    .containsExactlyInAnyOrder(tuple(UNSET, ErrorCode.SERVER_ERROR),
                            tuple(nullValue(), ErrorCode.SERVER_ERROR));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void removeDeletesTheKeyAndRemovingAMissingKeySucceeds(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(putAll("remove", entry(string("a"), integer(1)), entry(string("b"), integer(2))));

            assertThat(client.call(remove("remove", string("a")))).isEqualTo(REMOVE_DONE);
            assertThat(client.call(remove("remove", string("never-there")))).isEqualTo(REMOVE_DONE);

            assertThat(client.call(get("remove", string("a"))).getGetResponse().getResult()).isEqualTo(nullValue());
            assertThat(client.call(size("remove")).getGetSizeResponse().getSize()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void putIfAbsentStoresOnlyWhenAbsentAndAnswersTheOldValue(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            Message first = client.call(putIfAbsent("put-if-absent", string("k"), string("first")));
            Message second = client.call(putIfAbsent("put-if-absent", string("k"), string("second")));

            assertThat(first.getPutIfAbsentResponse().hasOldValue()).isTrue();
            assertThat(first.getPutIfAbsentResponse().getOldValue()).isEqualTo(nullValue());
            assertThat(second.getPutIfAbsentResponse().getOldValue()).isEqualTo(string("first"));
            assertThat(client.call(get("put-if-absent", string("k"))).getGetResponse().getResult())
                    .isEqualTo(string("first"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void sizeAndKeySetDescribeTheRegionAndClearEmptiesIt(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(putAll("size-keys-clear", entry(string("a"), integer(1)), entry(integer(2), integer(2)),
                    entry(longValue(3), integer(3))));

            assertThat(client.call(size("size-keys-clear")).getGetSizeResponse().getSize()).isEqualTo(3);
            assertThat(client.call(keySet("size-keys-clear")).getKeySetResponse().getKeysList())
                    .containsExactlyInAnyOrder(string("a"), integer(2), longValue(3));

            assertThat(client.call(clear("size-keys-clear"))).isEqualTo(CLEAR_DONE);
            Message emptySize = client.call(size("size-keys-clear"));
            assertThat(emptySize.hasGetSizeResponse()).as("answer %s", emptySize).isTrue();
            assertThat(emptySize.getGetSizeResponse().getSize()).isZero();
            assertThat(client.call(keySet("size-keys-clear")).getKeySetResponse().getKeysList()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void regionNamesListsEveryRegionAsAPathIncludingConfiguredOnes(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(put("names-a", string("k"), integer(1)));
            client.call(put("names-b", string("k"), integer(1)));

            assertThat(regionsOf(client)).contains("/names-a", "/names-b", "/preset")
                    .allSatisfy(path -> assertThat(path).startsWith("/"));
            assertThat(client.call(get("preset", string("k"))).getGetResponse().getResult()).isEqualTo(nullValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void aMapOfAHazelcastClientIsARegionUntilItIsDestroyed(Security security) throws IOException {
        InetSocketAddress address = MEMBERS.member(security).address();
        HazelcastInstance hazelcast = HazelcastClient.newHazelcastClient(
                OfficialClientSettings.config(address.getHostString() + ":" + address.getPort(), false));
        try (GeodeTestClient client = MEMBERS.client(security)) {
            IMap<String, String> map = hazelcast.getMap("hazelcast-made");
            map.put("k", "v");

            assertThat(regionsOf(client)).contains("/hazelcast-made");
            assertThat(client.call(get("hazelcast-made", string("k"))).getGetResponse().getResult())
                    .isEqualTo(string("v"));

            map.destroy();
            assertError(client.call(get("hazelcast-made", string("k"))), ErrorCode.REGION_NOT_FOUND,
                    "Region not found: /hazelcast-made");
        } finally {
            hazelcast.shutdown();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void everyRequestButAWriteOnARegionThatDoesNotExistAnswersRegionNotFound(Security security) throws IOException {
        List<Message> requests = List.of(get("nowhere", string("k")), getAll("nowhere", string("k")),
                remove("nowhere", string("k")), size("nowhere"), keySet("nowhere"), clear("/nowhere"),
                Message.newBuilder().setExecuteFunctionOnRegionRequest(ExecuteFunctionOnRegionRequest.newBuilder()
                        .setFunctionID("sum").setRegion("nowhere")).build());
        try (GeodeTestClient client = MEMBERS.client(security)) {
            for (Message request : requests) {
                assertError(client.call(request), ErrorCode.REGION_NOT_FOUND, "Region not found: /nowhere");
            }

            assertThat(regionsOf(client)).doesNotContain("/nowhere");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void nullKeysAndNullValuesAreInvalidRequestsAndTheConnectionStays(Security security) throws IOException {
        List<Message> requests = List.of(put("nulls", nullValue(), string("v")), put("nulls", string("k"), nullValue()),
                putIfAbsent("nulls", nullValue(), string("v")), putIfAbsent("nulls", string("k"), nullValue()),
                get("nulls", nullValue()), remove("nulls", nullValue()));
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(put("nulls", string("present"), string("v")));

            for (Message request : requests) {
                assertError(client.call(request), ErrorCode.INVALID_REQUEST, "must not be null");
            }

            assertThat(client.call(keySet("nulls")).getKeySetResponse().getKeysList())
                    .containsExactly(string("present"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void valuesTheMemberCannotDecodeAreErrorsAndTheConnectionStays(Security security) throws IOException {
        EncodedValue custom = EncodedValue.newBuilder().setCustomObjectResult(ByteString.copyFromUtf8("x")).build();
        try (GeodeTestClient client = MEMBERS.client(security)) {
            assertError(client.call(put("never-created", string("k"), UNSET)), ErrorCode.SERVER_ERROR, "VALUE_NOT_SET");
            assertThat(client.call(putAll("never-created", entry(UNSET, string("v")))).getPutAllResponse()
                    .getFailedKeys(0).getError().getErrorCode()).isEqualTo(ErrorCode.SERVER_ERROR);
            assertThat(client.call(regionNames()).getGetRegionNamesResponse().getRegionsList())
                    .as("a write that stores nothing creates no region").doesNotContain("/never-created");
            client.call(put("undecodable", string("present"), string("v")));
            assertError(client.call(put("undecodable", string("k"), UNSET)), ErrorCode.SERVER_ERROR, "VALUE_NOT_SET");
            assertError(client.call(put("undecodable", UNSET, string("v"))), ErrorCode.SERVER_ERROR, "VALUE_NOT_SET");
            assertError(client.call(get("undecodable", UNSET)), ErrorCode.SERVER_ERROR, "VALUE_NOT_SET");
            for (String notJson : List.of("{\"unclosed\": ", "{} and more", "", " ")) {
                assertError(client.call(put("undecodable", string("k"), json(notJson))), ErrorCode.SERVER_ERROR,
                        "not a JSON document");
            }
            assertError(client.call(put("undecodable", string("k"), custom)), ErrorCode.INVALID_REQUEST,
                    "value format");

            assertThat(client.call(size("undecodable")).getGetSizeResponse().getSize()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void aQueryThatIsNotOqlIsABadQueryAndTheConnectionStays(Security security) throws IOException {
        Message query = Message.newBuilder().setOqlQueryRequest(OQLQueryRequest.newBuilder()
                .setQuery("this is not a query")).build();
        try (GeodeTestClient client = MEMBERS.client(security)) {
            assertError(client.call(query), ErrorCode.BAD_QUERY, "");
            assertStillServed(client);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void pipelinedRequestsAreAnsweredInOrder(Security security) throws IOException {
        int count = 100;
        ByteArrayOutputStream requests = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            put("pipelined", integer(i), integer(i * i)).writeDelimitedTo(requests);
            get("pipelined", integer(i)).writeDelimitedTo(requests);
        }
        size("pipelined").writeDelimitedTo(requests);
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.sendRaw(requests.toByteArray());

            for (int i = 0; i < count; i++) {
                assertThat(client.receive()).isEqualTo(PUT_DONE);
                assertThat(client.receive().getGetResponse().getResult()).isEqualTo(integer(i * i));
            }
            assertThat(client.receive().getGetSizeResponse().getSize()).isEqualTo(count);
        }
    }

    static Stream<Arguments> everyValueTypeInEveryMode() {
        Map<String, EncodedValue> values = new LinkedHashMap<>();
        values.put("int", integer(777));
        values.put("int zero", integer(0));
        values.put("int min", integer(Integer.MIN_VALUE));
        values.put("long", longValue(Long.MAX_VALUE));
        values.put("long negative", longValue(-42));
        values.put("short", shortValue(12_345));
        values.put("short min", shortValue(Short.MIN_VALUE));
        values.put("byte", byteValue(127));
        values.put("byte negative", byteValue(-128));
        values.put("byte minus one", byteValue(-1));
        values.put("boolean true", bool(true));
        values.put("boolean false", bool(false));
        values.put("double", doubleValue(Math.PI));
        values.put("double negative zero", doubleValue(-0.0));
        values.put("float", floatValue(2.5f));
        values.put("float smallest", floatValue(Float.MIN_VALUE));
        values.put("binary", bytes(new byte[] {0, 1, -1, 127, -128}));
        values.put("binary empty", bytes(new byte[0]));
        values.put("string", string("Alder"));
        values.put("string empty", string(""));
        values.put("string non-ASCII", string("Grüße aus Zürich, 東京, 🌲"));
        values.put("json", json("{\"name\":\"Ann\",\"tags\":[1,2],\"address\":{\"city\":\"Zürich\"},\"vip\":true}"));
        return Stream.of(Security.values()).flatMap(security -> values.entrySet().stream()
                .map(value -> arguments(security, value.getKey(), value.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyValueTypeInEveryMode")
    void everyValueTypeRoundTripsAsValueAndAsKey(Security security, String type, EncodedValue value)
            throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            assertThat(client.call(put("round-trip", string(type), value))).isEqualTo(PUT_DONE);
            assertThat(client.call(put("round-trip", value, string(type)))).isEqualTo(PUT_DONE);

            assertSameValue(client.call(get("round-trip", string(type))).getGetResponse().getResult(), value);
            assertThat(client.call(get("round-trip", value)).getGetResponse().getResult()).isEqualTo(string(type));
            assertThat(client.call(keySet("round-trip")).getKeySetResponse().getKeysList())
                    .anySatisfy(key -> assertSameValue(key, value));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void shortAndByteValuesKeepTheirLow16And8BitsSigned(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(putAll("narrowed", entry(string("short"), shortValue(70_000)),
                    entry(string("byte"), byteValue(200))));

            assertThat(client.call(get("narrowed", string("short"))).getGetResponse().getResult())
                    .isEqualTo(shortValue(4_464));
            assertThat(client.call(get("narrowed", string("byte"))).getGetResponse().getResult())
                    .isEqualTo(byteValue(-56));
        }
    }

    /** Equal values; JSON documents are equal when their trees are, as field order and spacing are free. */
    private static void assertSameValue(EncodedValue actual, EncodedValue expected) {
        if (expected.getValueCase() != EncodedValue.ValueCase.JSONOBJECTRESULT) {
            assertThat(actual).isEqualTo(expected);
            return;
        }
        assertThat(actual.getValueCase()).isEqualTo(EncodedValue.ValueCase.JSONOBJECTRESULT);
        try {
            assertThat(JSON.readTree(actual.getJsonObjectResult()))
                    .isEqualTo(JSON.readTree(expected.getJsonObjectResult()));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + actual.getJsonObjectResult(), e);
        }
    }

    private static List<String> regionsOf(GeodeTestClient client) throws IOException {
        return client.call(regionNames()).getGetRegionNamesResponse().getRegionsList();
    }
}
