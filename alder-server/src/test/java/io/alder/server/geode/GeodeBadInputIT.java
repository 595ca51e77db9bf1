package io.alder.server.geode;

import static io.alder.server.geode.GeodeAnswers.PATIENCE;
import static io.alder.server.geode.GeodeAnswers.assertClosedAfter;
import static io.alder.server.geode.GeodeAnswers.assertClosedBefore;
import static io.alder.server.geode.GeodeAnswers.assertClosedByServer;
import static io.alder.server.geode.GeodeAnswers.assertError;
import static io.alder.server.geode.GeodeAnswers.assertHazelcastClientServed;
import static io.alder.server.geode.GeodeAnswers.assertStillServed;
import static io.alder.server.geode.GeodeMembers.GROUP_NAME;
import static io.alder.server.geode.GeodeMembers.GROUP_PASSWORD;
import static io.alder.server.geode.WireBytes.bytes;
import static io.alder.testsupport.geode.GeodeTestClient.get;
import static io.alder.testsupport.geode.GeodeTestClient.handshake;
import static io.alder.testsupport.geode.GeodeTestClient.put;
import static io.alder.testsupport.geode.GeodeTestClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.protobuf.CodedOutputStream;
import io.alder.geode.proto.v1.DisconnectClientResponse;
import io.alder.geode.proto.v1.Error;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.ErrorResponse;
import io.alder.geode.proto.v1.GetResponse;
import io.alder.geode.proto.v1.GetServerResponse;
import io.alder.geode.proto.v1.HandshakeRequest;
import io.alder.geode.proto.v1.HandshakeResponse;
import io.alder.geode.proto.v1.Message;
import io.alder.geode.proto.v1.PutAllResponse;
import io.alder.server.AlderServer;
import io.alder.server.config.GeodeConfig;
import io.alder.server.geode.GeodeMembers.Security;
import io.alder.testsupport.geode.GeodeTestClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken input from Geode clients, on a secured member with a dedicated Geode port: each gets a
 * clear error or a clean close, and after each a well-behaved Geode client and a Hazelcast client are still
 * served.
 */
class GeodeBadInputIT {

    private static final int UNAUTHENTICATED_LIMIT = 1024;
    private static final int AUTHENTICATED_LIMIT = 64 * 1024;
    /** Both the main port's heartbeat timeout and the Geode idle timeout. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Less than {@link #TIMEOUT}, so that a close this early was not caused by the timeout. */
    private static final Duration CLEARLY_BEFORE_TIMEOUT = Duration.ofMillis(1_500);

    @RegisterExtension
    static final GeodeMembers MEMBERS = new GeodeMembers(config -> config.heartbeatTimeout(TIMEOUT)
            .maxUnauthenticatedFrameBytes(UNAUTHENTICATED_LIMIT).maxFrameBytes(AUTHENTICATED_LIMIT)
            .geode(GeodeConfig.DEFAULTS.withPort(0).withIdleTimeout(TIMEOUT)));

    /** Connections of any client the member has let go of. */
    private static final AtomicInteger DISCONNECTIONS = new AtomicInteger();

    /** How far a connection got before the bad input. */
    enum Stage { CONNECTED, VERSION_NEGOTIATED, AUTHENTICATED }

    /** The member's ports that serve Geode clients. */
    enum Port { MAIN, GEODE }

    @BeforeAll
    static void countDisconnections() {
        member().engine().clientSessions().onClientDisconnected(client -> DISCONNECTIONS.incrementAndGet());
    }

    @AfterEach
    void wellBehavedGeodeAndHazelcastClientsAreStillServed() throws IOException {
        try (GeodeTestClient client = MEMBERS.client(Security.SECURED)) {
            assertThat(client.call(put("after", string("k"), string("v"))).hasPutResponse()).isTrue();
            assertThat(client.call(get("after", string("k"))).getGetResponse().getResult()).isEqualTo(string("v"));
        }
        assertHazelcastClientServed(member());
    }

    /** Input that cannot be framed or parsed, with what the error says, for a client of each stage. */
    static Stream<Arguments> unframeableInput() {
        return Stream.of(Stage.VERSION_NEGOTIATED, Stage.AUTHENTICATED).flatMap(stage -> {
            int limit = stage == Stage.AUTHENTICATED ? AUTHENTICATED_LIMIT : UNAUTHENTICATED_LIMIT;
            return Stream.of(
                    arguments(stage, "a length prefix of 6 bytes", bytes("FF FF FF FF FF 01"),
                            "more than 5 varint bytes"),
                    // The member refuses on the length alone: it does not wait for a body it will not read.
                    arguments(stage, "a length one byte over the limit", lengthPrefix(limit + 1),
                            "Message of " + (limit + 1) + " bytes is larger than the maximum of " + limit),
                    arguments(stage, "a length of 2 GiB", lengthPrefix(Integer.MAX_VALUE), "larger than the maximum"),
                    arguments(stage, "a body that is no message", bytes("05 FF FF FF FF FF"), "Unreadable message"));
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unframeableInput")
    void inputThatCannotBeFramedOrParsedIsAnInvalidRequestThenCloses(Stage stage, String name, byte[] input,
            String error) throws IOException {
        try (GeodeTestClient client = client(stage)) {
            client.sendRaw(input);

            assertError(client.receive(), ErrorCode.INVALID_REQUEST, error);
            assertClosedByServer(client);
        }
    }

    @Test
    void aHandshakeOfExactlyTheUnauthenticatedLimitIsServed() throws IOException {
        Message handshake = sizedTo(UNAUTHENTICATED_LIMIT, padding -> Message.newBuilder().setHandshakeRequest(
                HandshakeRequest.newBuilder().putAllCredentials(handshake(GROUP_NAME, GROUP_PASSWORD)
                        .getHandshakeRequest().getCredentialsMap()).putCredentials("padding", padding)).build());
        try (GeodeTestClient client = client(Stage.VERSION_NEGOTIATED)) {
            assertThat(client.call(handshake).getHandshakeResponse().getAuthenticated()).isTrue();
        }
    }

    @Test
    void aRequestOfExactlyTheAuthenticatedLimitIsServed() throws IOException {
        Message put = sizedTo(AUTHENTICATED_LIMIT, padding -> put("at-the-limit", string("k"), string(padding)));
        try (GeodeTestClient client = client(Stage.AUTHENTICATED)) {
            assertThat(client.call(put).hasPutResponse()).isTrue();
        }
    }

    @Test
    void aRequestOverTheUnauthenticatedLimitIsServedOnceAuthenticated() throws IOException {
        Message put = sizedTo(UNAUTHENTICATED_LIMIT + 1, padding -> put("over-before", string("k"), string(padding)));
        try (GeodeTestClient client = client(Stage.AUTHENTICATED)) {
            assertThat(client.call(put).hasPutResponse()).isTrue();
        }
    }

    @Test
    void requestsWrittenBeforeGarbageInTheSameWriteAreServedFirst() throws IOException {
        ByteArrayOutputStream requests = new ByteArrayOutputStream();
        put("before-garbage", string("k"), string("v")).writeDelimitedTo(requests);
        get("before-garbage", string("k")).writeDelimitedTo(requests);
        requests.writeBytes(bytes("05 FF FF FF FF FF"));
        try (GeodeTestClient client = client(Stage.AUTHENTICATED)) {
            client.sendRaw(requests.toByteArray());

            assertThat(client.receive().hasPutResponse()).isTrue();
            assertThat(client.receive().getGetResponse().getResult()).isEqualTo(string("v"));
            assertError(client.receive(), ErrorCode.INVALID_REQUEST, "Unreadable message");
            assertClosedByServer(client);
        }
    }

    static Stream<Arguments> messagesOfNoKnownType() {
        return Stream.of(
                arguments("field 99", "03 98 06 01", "field [99]"),
                arguments("nothing set", "00", "the message is empty"),
                arguments("putRequest as a number", "02 10 01", "field [2]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messagesOfNoKnownType")
    void aMessageOfNoKnownTypeIsAnInvalidRequestAndTheConnectionStays(String name, String frame, String detail)
            throws IOException {
        try (GeodeTestClient client = client(Stage.AUTHENTICATED)) {
            client.sendRaw(bytes(frame));

            assertError(client.receive(), ErrorCode.INVALID_REQUEST, detail);
            assertStillServed(client);
        }
    }

    static Stream<Message> responses() {
        return Stream.of(
                Message.newBuilder().setGetResponse(GetResponse.newBuilder().setResult(string("v"))).build(),
                Message.newBuilder().setErrorResponse(ErrorResponse.newBuilder().setError(Error.newBuilder()
                        .setErrorCode(ErrorCode.SERVER_ERROR).setMessage("from a client"))).build(),
                Message.newBuilder().setPutAllResponse(PutAllResponse.getDefaultInstance()).build(),
                Message.newBuilder().setHandshakeResponse(HandshakeResponse.newBuilder().setAuthenticated(true))
                        .build(),
                Message.newBuilder().setGetServerResponse(GetServerResponse.getDefaultInstance()).build(),
                Message.newBuilder().setDisconnectClientResponse(DisconnectClientResponse.getDefaultInstance())
                        .build());
    }

    @ParameterizedTest
    @MethodSource("responses")
    void aResponseSentAsARequestIsAnInvalidRequestAndTheConnectionStays(Message response) throws IOException {
        try (GeodeTestClient client = client(Stage.AUTHENTICATED)) {
            assertError(client.call(response), ErrorCode.INVALID_REQUEST, "is not a request a client sends");
            assertStillServed(client);
        }
    }

    static Stream<Arguments> openingsThatAreNotAVersionMessage() {
        return Stream.of(
                arguments(Port.MAIN, "05 0D 01 00 00 00"),
                arguments(Port.GEODE, "05 0D 01 00 00 00"),
                arguments(Port.GEODE, "0B 0D 01 00 00 00 15 01 00 00 00 00"),
                arguments(Port.GEODE, "FF FF FF FF FF 01"),
                arguments(Port.MAIN, "0A FF FF FF FF FF FF FF FF FF FF"),
                arguments(Port.GEODE, "0A FF FF FF FF FF FF FF FF FF FF"));
    }

    /** Geode reads the version message's length as its protocol's mode byte: 10 or nothing. */
    @ParameterizedTest(name = "{0} port: {1}")
    @MethodSource("openingsThatAreNotAVersionMessage")
    void anOpeningThatIsNotATenByteVersionMessageIsClosedWithoutAnAnswer(Port port, String opening)
            throws IOException {
        try (GeodeTestClient client = GeodeTestClient.connect(address(port))) {
            client.sendRaw(bytes(opening));

            assertClosedBefore(client, CLEARLY_BEFORE_TIMEOUT);
        }
    }

    @ParameterizedTest
    @EnumSource(Port.class)
    void aConnectionThatSendsNothingIsClosedAfterItsTimeout(Port port) throws IOException {
        try (GeodeTestClient client = GeodeTestClient.connect(address(port))) {
            assertClosedAfter(client, CLEARLY_BEFORE_TIMEOUT);
        }
    }

    static Stream<Arguments> halfMessages() {
        return Stream.of(Stage.values()).flatMap(stage -> Stream.of(arguments(stage, true), arguments(stage, false)));
    }

    /** Half a message is never served: the idle timeout closes the connection, or sooner the client's end of stream. */
    @ParameterizedTest(name = "{0}, output shut down: {1}")
    @MethodSource("halfMessages")
    void halfAMessageIsClosedAfterTheIdleTimeoutOrAtTheEndOfTheStream(Stage stage, boolean shutOutput)
            throws IOException {
        try (GeodeTestClient client = client(stage)) {
            client.sendRaw(halfAMessage(stage));

            if (shutOutput) {
                client.shutdownOutput();
                assertClosedBefore(client, CLEARLY_BEFORE_TIMEOUT);
            } else {
                assertClosedAfter(client, CLEARLY_BEFORE_TIMEOUT);
            }
        }
    }

    /** The member lets go of a connection whose client vanished in the middle of a message. */
    @ParameterizedTest
    @EnumSource(Stage.class)
    void aClientThatClosesInTheMiddleOfAMessageIsLetGo(Stage stage) throws IOException {
        int before;
        try (GeodeTestClient client = client(stage)) {
            before = DISCONNECTIONS.get();
            client.sendRaw(halfAMessage(stage));
        }

        await().atMost(PATIENCE).until(() -> DISCONNECTIONS.get() > before);
    }

    private static AlderServer member() {
        return MEMBERS.member(Security.SECURED);
    }

    private static InetSocketAddress address(Port port) {
        return port == Port.MAIN ? member().address() : member().geodeAddress();
    }

    private static GeodeTestClient client(Stage stage) throws IOException {
        return switch (stage) {
            case CONNECTED -> GeodeTestClient.connect(member().address());
            case VERSION_NEGOTIATED -> GeodeTestClient.open(member().address());
            case AUTHENTICATED -> MEMBERS.client(Security.SECURED);
        };
    }

    /** The first bytes of a message a client of this stage sends next: half a version message, or of a request. */
    private static byte[] halfAMessage(Stage stage) {
        return bytes(stage == Stage.CONNECTED ? "0A 0D 01" : "10 22 0E 0A 03");
    }

    private static byte[] lengthPrefix(int length) {
        byte[] prefix = new byte[CodedOutputStream.computeUInt32SizeNoTag(length)];
        try {
            CodedOutputStream.newInstance(prefix).writeUInt32NoTag(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prefix;
    }

    /** The message {@code withPadding} builds around the padding that makes it exactly {@code size} bytes long. */
    private static Message sizedTo(int size, Function<String, Message> withPadding) {
        int padding = size - withPadding.apply("").getSerializedSize();
        while (withPadding.apply("x".repeat(padding)).getSerializedSize() > size) {
            padding--; // the length prefixes around the padding grow with it
        }
        Message message = withPadding.apply("x".repeat(padding));
        assertThat(message.getSerializedSize()).isEqualTo(size);
        return message;
    }
}
