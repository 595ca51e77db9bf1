package io.alder.server.geode;

import static io.alder.server.geode.GeodeAnswers.assertError;
import static io.alder.server.geode.GeodeAnswers.assertStillServed;
import static io.alder.testsupport.geode.GeodeTestClient.doubleValue;
import static io.alder.testsupport.geode.GeodeTestClient.entry;
import static io.alder.testsupport.geode.GeodeTestClient.get;
import static io.alder.testsupport.geode.GeodeTestClient.integer;
import static io.alder.testsupport.geode.GeodeTestClient.json;
import static io.alder.testsupport.geode.GeodeTestClient.longValue;
import static io.alder.testsupport.geode.GeodeTestClient.put;
import static io.alder.testsupport.geode.GeodeTestClient.putAll;
import static io.alder.testsupport.geode.GeodeTestClient.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.geode.function.FunctionContext;
import io.alder.geode.function.FunctionRegistry;
import io.alder.geode.function.MemberFunction;
import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.ExecuteFunctionOnGroupRequest;
import io.alder.geode.proto.v1.ExecuteFunctionOnMemberRequest;
import io.alder.geode.proto.v1.ExecuteFunctionOnRegionRequest;
import io.alder.geode.proto.v1.Message;
import io.alder.server.config.GeodeConfig;
import io.alder.server.geode.GeodeMembers.Security;
import io.alder.testsupport.geode.GeodeTestClient;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Functions run by Geode clients on a region, on named members and on member groups: the example "sum", and
 * functions registered through the configuration that fail or block.
 */
class GeodeFunctionIT {

    private static final FailingFunction FAILING = new FailingFunction();
    private static final GateFunction GATE = new GateFunction();

    @RegisterExtension
    static final GeodeMembers MEMBERS = new GeodeMembers(config -> config.memberName("m1")
            .geode(GeodeConfig.DEFAULTS.withGroups(Set.of("g1")))
            .functions(FunctionRegistry.discover().with(FAILING).with(GATE)));

    @Test
    void sumAddsTheNumbersOfARegion() throws IOException {
        try (GeodeTestClient client = client()) {
            client.call(putAll("numbers", entry(string("a"), integer(1)), entry(string("b"), integer(2)),
                    entry(string("c"), longValue(3)), entry(string("not a number"), string("x"))));

            assertThat(results(client.call(onRegion("sum", "numbers", null)))).containsExactly(longValue(6));
        }
    }

    @Test
    void sumWithAFieldNameAddsThatFieldOfTheRegionsJsonDocuments() throws IOException {
        try (GeodeTestClient client = client()) {
            client.call(putAll("documents", entry(string("a"), json("{\"price\": 2.5}")),
                    entry(string("b"), json("{\"price\": 4, \"name\": \"pen\"}")),
                    entry(string("c"), json("{\"name\": \"no price\"}"))));

            assertThat(results(client.call(onRegion("sum", "documents", string("price")))))
                    .containsExactly(doubleValue(6.5));
        }
    }

    @Test
    void sumWithAKeyFilterAddsTheValuesOfThoseKeysOnly() throws IOException {
        try (GeodeTestClient client = client()) {
            client.call(putAll("filtered", entry(string("a"), integer(1)), entry(string("b"), integer(20)),
                    entry(string("c"), integer(300))));

            assertThat(results(client.call(onRegion("sum", "filtered", null, string("a"), string("c")))))
                    .containsExactly(longValue(301));
        }
    }

    @Test
    void sumOnTheMemberByItsNameAddsTheArgumentsNumbers() throws IOException {
        try (GeodeTestClient client = client()) {
            assertThat(results(client.call(onMembers("sum", json("[1, 2, 3]"), "m1")))).containsExactly(longValue(6));
        }
    }

    @Test
    void sumOnTheMembersGroupAddsTheArgumentsNumbers() throws IOException {
        try (GeodeTestClient client = client()) {
            assertThat(results(client.call(onGroups("sum", json("[1.5, 2]"), "g1")))).containsExactly(doubleValue(3.5));
        }
    }

    @Test
    void anUnknownFunctionIsAServerErrorOnEveryTarget() throws IOException {
        try (GeodeTestClient client = client()) {
            client.call(put("known-region", string("k"), integer(1)));

            for (Message request : List.of(onRegion("nope", "known-region", null), onMembers("nope", null, "m1"),
                    onGroups("nope", null, "g1"))) {
                assertError(client.call(request), ErrorCode.SERVER_ERROR,
                        "Function named nope is not registered on this member");
            }
            assertStillServed(client);
        }
    }

    @Test
    void anUnknownMemberOrGroupIsAServerErrorThatNamesIt() throws IOException {
        try (GeodeTestClient client = client()) {
            assertError(client.call(onMembers("sum", json("[1]"), "m1", "m2")), ErrorCode.SERVER_ERROR,
                    "Member m2 not found (this cluster has: m1)");
            assertError(client.call(onGroups("sum", json("[1]"), "g2")), ErrorCode.SERVER_ERROR,
                    "No member in group g2");
            assertStillServed(client);
        }
    }

    @Test
    void noMemberOrGroupNamedIsAnInvalidRequest() throws IOException {
        try (GeodeTestClient client = client()) {
            assertError(client.call(onMembers("sum", json("[1]"))), ErrorCode.INVALID_REQUEST, "No member named");
            assertError(client.call(onGroups("sum", json("[1]"))), ErrorCode.INVALID_REQUEST, "No group named");
        }
    }

    @Test
    void aFunctionThatThrowsIsAServerErrorWithItsMessage() throws IOException {
        try (GeodeTestClient client = client()) {
            assertError(client.call(onMembers(FAILING.id(), null, "m1")), ErrorCode.SERVER_ERROR,
                    FailingFunction.MESSAGE);
            assertError(client.call(onMembers("sum", null, "m1")), ErrorCode.SERVER_ERROR,
                    "sum runs on a region, or on members with a JSON array of numbers");
            assertStillServed(client);
        }
    }

    /** A function that blocks holds up its own connection's later requests, and nobody else's. */
    @Test
    void aBlockedFunctionHoldsUpOnlyItsOwnConnection() throws Exception {
        try (GeodeTestClient blocked = client(); GeodeTestClient other = client()) {
            blocked.send(onMembers(GATE.id(), null, "m1"));
            blocked.send(get("gated", string("k")));
            assertThat(GATE.entered.await(30, TimeUnit.SECONDS)).as("gate function started").isTrue();

            assertThat(other.call(put("gated", string("k"), string("v"))).hasPutResponse()).isTrue();
            assertThat(results(other.call(onMembers("sum", json("[1, 2]"), "m1")))).containsExactly(longValue(3));

            GATE.open.countDown();
            assertThat(results(blocked.receive())).containsExactly(string(GateFunction.RESULT));
            assertThat(blocked.receive().getGetResponse().getResult()).isEqualTo(string("v"));
        }
    }

    private static GeodeTestClient client() throws IOException {
        return MEMBERS.client(Security.SECURED);
    }

    private static Message onRegion(String function, String region, EncodedValue arguments, EncodedValue... keys) {
        ExecuteFunctionOnRegionRequest.Builder request = ExecuteFunctionOnRegionRequest.newBuilder()
                .setFunctionID(function).setRegion(region).addAllKeyFilter(List.of(keys));
        return Message.newBuilder().setExecuteFunctionOnRegionRequest(
                arguments == null ? request : request.setArguments(arguments)).build();
    }

    private static Message onMembers(String function, EncodedValue arguments, String... members) {
        ExecuteFunctionOnMemberRequest.Builder request = ExecuteFunctionOnMemberRequest.newBuilder()
                .setFunctionID(function).addAllMemberName(List.of(members));
        return Message.newBuilder().setExecuteFunctionOnMemberRequest(
                arguments == null ? request : request.setArguments(arguments)).build();
    }

    private static Message onGroups(String function, EncodedValue arguments, String... groups) {
        ExecuteFunctionOnGroupRequest.Builder request = ExecuteFunctionOnGroupRequest.newBuilder()
                .setFunctionID(function).addAllGroupName(List.of(groups));
        return Message.newBuilder().setExecuteFunctionOnGroupRequest(
                arguments == null ? request : request.setArguments(arguments)).build();
    }

    /** The results of any function response, failing on an error. */
    private static List<EncodedValue> results(Message answer) {
        return switch (answer.getMessageTypeCase()) {
            case EXECUTEFUNCTIONONREGIONRESPONSE -> answer.getExecuteFunctionOnRegionResponse().getResultsList();
            case EXECUTEFUNCTIONONMEMBERRESPONSE -> answer.getExecuteFunctionOnMemberResponse().getResultsList();
            case EXECUTEFUNCTIONONGROUPRESPONSE -> answer.getExecuteFunctionOnGroupResponse().getResultsList();
            default -> throw new AssertionError("not a function response: " + answer);
        };
    }

    /** Fails with its own message. */
    private static final class FailingFunction implements MemberFunction {
        static final String MESSAGE = "the books do not balance";

        @Override
        public String id() {
            return "failing";
        }

        @Override
        public List<Object> execute(FunctionContext context) {
            throw new IllegalStateException(MESSAGE);
        }
    }

    /** Waits until the test opens its gate. */
    private static final class GateFunction implements MemberFunction {
        static final String RESULT = "passed";

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);

        @Override
        public String id() {
            return "gate";
        }

        @Override
        public List<Object> execute(FunctionContext context) throws InterruptedException {
            entered.countDown();
            if (!open.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            return List.of(RESULT);
        }
    }
}
