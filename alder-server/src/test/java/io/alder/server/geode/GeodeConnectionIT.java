package io.alder.server.geode;

import static io.alder.server.geode.GeodeAnswers.assertClosedByServer;
import static io.alder.server.geode.GeodeAnswers.assertError;
import static io.alder.server.geode.GeodeAnswers.assertStillServed;
import static io.alder.server.geode.GeodeMembers.GROUP_NAME;
import static io.alder.server.geode.GeodeMembers.GROUP_PASSWORD;
import static io.alder.server.geode.WireBytes.bytes;
import static io.alder.server.geode.WireBytes.hex;
import static io.alder.testsupport.geode.GeodeTestClient.PASSWORD;
import static io.alder.testsupport.geode.GeodeTestClient.USERNAME;
import static io.alder.testsupport.geode.GeodeTestClient.clear;
import static io.alder.testsupport.geode.GeodeTestClient.disconnect;
import static io.alder.testsupport.geode.GeodeTestClient.get;
import static io.alder.testsupport.geode.GeodeTestClient.getServer;
import static io.alder.testsupport.geode.GeodeTestClient.handshake;
import static io.alder.testsupport.geode.GeodeTestClient.put;
import static io.alder.testsupport.geode.GeodeTestClient.regionNames;
import static io.alder.testsupport.geode.GeodeTestClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.alder.geode.proto.NewConnectionClientVersion;
import io.alder.geode.proto.VersionAcknowledgement;
import io.alder.geode.proto.v1.DisconnectClientResponse;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.HandshakeRequest;
import io.alder.geode.proto.v1.HandshakeResponse;
import io.alder.geode.proto.v1.Message;
import io.alder.geode.proto.v1.Server;
import io.alder.server.AlderServer;
import io.alder.server.config.GeodeConfig;
import io.alder.server.geode.GeodeMembers.Security;
import io.alder.testsupport.geode.GeodeTestClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The connection state machine of a Geode protobuf connection (version, authentication, requests, the closing
 * requests) over a real socket, on a secured member (Alder's default) and on an unsecured one, and the exact
 * opening bytes of the protocol fact sheet.
 */
class GeodeConnectionIT {

    @RegisterExtension
    static final GeodeMembers MEMBERS = new GeodeMembers(config -> config.geode(GeodeConfig.DEFAULTS
            .withGroups(Set.of("g1"))));

    private static final String NOT_AUTHENTICATED = "User has not yet authenticated";
    private static final Message DISCONNECTED = Message.newBuilder()
            .setDisconnectClientResponse(DisconnectClientResponse.getDefaultInstance()).build();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void versionOneOneIsAccepted(Security security) throws IOException {
        try (GeodeTestClient client = GeodeTestClient.connect(MEMBERS.member(security).address())) {
            assertThat(client.negotiate(1, 1)).isEqualTo(acknowledgement(true));
        }
    }

    static Stream<Arguments> refusedVersions() {
        return Stream.of(Security.values()).flatMap(security -> Stream.of(
                arguments(security, 1, 2), arguments(security, 2, 1), arguments(security, 0xFFFF_FFFF, 1)));
    }

    @ParameterizedTest(name = "{0} {1}.{2}")
    @MethodSource("refusedVersions")
    void anyOtherVersionIsRefusedThenClosed(Security security, int major, int minor) throws IOException {
        try (GeodeTestClient client = GeodeTestClient.connect(MEMBERS.member(security).address())) {
            assertThat(client.negotiate(major, minor)).isEqualTo(acknowledgement(false));
            assertClosedByServer(client);
        }
    }

    static Stream<Message> requestsBeforeAuthentication() {
        return Stream.of(get("r", string("k")), put("r", string("k"), string("v")), regionNames(), getServer(""),
                disconnect("bye"), Message.getDefaultInstance());
    }

    @ParameterizedTest
    @MethodSource("requestsBeforeAuthentication")
    void onASecuredMemberAnyRequestBeforeTheHandshakeFailsAuthenticationThenCloses(Message request)
            throws IOException {
        try (GeodeTestClient client = GeodeTestClient.open(MEMBERS.member(Security.SECURED).address())) {
            assertError(client.call(request), ErrorCode.AUTHENTICATION_FAILED, NOT_AUTHENTICATED);
            assertClosedByServer(client);
        }
    }

    static Stream<Map<String, String>> refusedCredentials() {
        return Stream.of(Map.of(USERNAME, GROUP_NAME, PASSWORD, "wrong"), Map.of(USERNAME, "other", PASSWORD,
                GROUP_PASSWORD), Map.of(USERNAME, GROUP_NAME), Map.of());
    }

    @ParameterizedTest
    @MethodSource("refusedCredentials")
    void onASecuredMemberRefusedCredentialsAnswerFalseThenClose(Map<String, String> credentials) throws IOException {
        try (GeodeTestClient client = GeodeTestClient.open(MEMBERS.member(Security.SECURED).address())) {
            assertThat(client.call(handshakeWith(credentials))).isEqualTo(authenticated(false));
            assertClosedByServer(client);
        }
    }

    @Test
    void onASecuredMemberAHandshakeWithRefusedCredentialsAfterAuthenticationAnswersFalseThenCloses()
            throws IOException {
        try (GeodeTestClient client = MEMBERS.client(Security.SECURED)) {
            assertThat(client.call(handshake(GROUP_NAME, "wrong"))).isEqualTo(authenticated(false));
            assertClosedByServer(client);
        }
    }

    @Test
    void anUnsecuredMemberServesRequestsWithoutAHandshakeAndAcceptsAnyCredentials() throws IOException {
        try (GeodeTestClient client = GeodeTestClient.open(MEMBERS.member(Security.UNSECURED).address())) {
            assertThat(client.call(put("no-handshake", string("k"), string("v"))).hasPutResponse()).isTrue();

            assertThat(client.call(handshake("anyone", "anything"))).isEqualTo(authenticated(true));
            assertThat(client.call(get("no-handshake", string("k"))).getGetResponse().getResult())
                    .isEqualTo(string("v"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void aLaterHandshakeWithCredentialsAnswersTrueAndWithoutAnswersFalseWhileTheConnectionStays(Security security)
            throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            assertThat(client.call(handshake(GROUP_NAME, GROUP_PASSWORD))).isEqualTo(authenticated(true));
            assertThat(client.call(handshakeWith(Map.of()))).isEqualTo(authenticated(false));
            assertStillServed(client);
            assertThat(client.call(handshake(GROUP_NAME, GROUP_PASSWORD))).isEqualTo(authenticated(true));
        }
    }

    static Stream<Arguments> handshakesOfEveryMode() {
        return Stream.of(Security.values()).flatMap(security -> Stream.of(arguments(security, "first"),
                arguments(security, "later")));
    }

    @ParameterizedTest(name = "{0} {1} handshake")
    @MethodSource("handshakesOfEveryMode")
    void aValueFormatInAHandshakeIsAnInvalidRequestThenCloses(Security security, String handshake)
            throws IOException {
        try (GeodeTestClient client = handshake.equals("first")
                ? GeodeTestClient.open(MEMBERS.member(security).address()) : MEMBERS.client(security)) {
            assertError(client.call(handshakeWithValueFormat()), ErrorCode.INVALID_REQUEST, "Unknown value format");
            assertClosedByServer(client);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void disconnectIsAnsweredThenCloses(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            assertThat(client.call(disconnect("done"))).isEqualTo(DISCONNECTED);
            assertClosedByServer(client);
        }
    }

    static Stream<Arguments> serverGroupsOfThisMember() {
        return Stream.of(Security.values()).flatMap(security -> Stream.of(arguments(security, ""),
                arguments(security, "g1")));
    }

    @ParameterizedTest(name = "{0} group \"{1}\"")
    @MethodSource("serverGroupsOfThisMember")
    void getServerAnswersThisMemberThenCloses(Security security, String group) throws IOException {
        AlderServer member = MEMBERS.member(security);
        try (GeodeTestClient client = MEMBERS.client(security)) {
            Message answer = client.call(getServer(group));

            assertThat(answer.getGetServerResponse().getServer()).isEqualTo(thisMember(member));
            assertClosedByServer(client);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void getServerExcludingThisMemberFindsNoServerThenCloses(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            Message answer = client.call(getServer("", Server.newBuilder().setHostname("elsewhere").setPort(1).build(),
                    thisMember(MEMBERS.member(security))));

            assertError(answer, ErrorCode.NO_AVAILABLE_SERVER, "Unable to find a server");
            assertClosedByServer(client);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void getServerInAGroupThisMemberIsNotInFindsNoServerThenCloses(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            assertError(client.call(getServer("g2")), ErrorCode.NO_AVAILABLE_SERVER,
                    "Unable to find a server in server group g2");
            assertClosedByServer(client);
        }
    }

    /** The Java driver writes its version message and its handshake back to back before reading anything. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Security.class)
    void aHandshakeAndARequestWrittenWithTheVersionMessageAreServed(Security security) throws IOException {
        ByteArrayOutputStream opening = new ByteArrayOutputStream();
        NewConnectionClientVersion.newBuilder().setMajorVersion(1).setMinorVersion(1).build().writeDelimitedTo(opening);
        handshake(GROUP_NAME, GROUP_PASSWORD).writeDelimitedTo(opening);
        regionNames().writeDelimitedTo(opening);
        try (GeodeTestClient client = GeodeTestClient.connect(MEMBERS.member(security).address())) {
            client.sendRaw(opening.toByteArray());

            assertThat(VersionAcknowledgement.parseFrom(client.readFrame())).isEqualTo(acknowledgement(true));
            assertThat(client.receive()).isEqualTo(authenticated(true));
            assertThat(client.receive().hasGetRegionNamesResponse()).isTrue();
        }
    }

    /** The opening of the fact sheet (§2.3), with this member's group name and password as credentials. */
    @Test
    void aSecuredMemberAnswersTheOpeningSequenceByteForByte() throws IOException {
        prefillFoo(Security.SECURED);
        try (GeodeTestClient client = GeodeTestClient.connect(MEMBERS.member(Security.SECURED).address())) {
            assertExchange(client, "0A 0D 01 00 00 00 15 01 00 00 00", "06 08 01 10 01 18 01");
            assertExchange(client, """
                    3C B2 01 39 0A 18 0A 11 "security-username" 12 03 "dev"
                                0A 1D 0A 11 "security-password" 12 08 "dev-pass"
                    """, "05 BA 01 02 08 01");
            assertRegionExchanges(client);
        }
    }

    @Test
    void anUnsecuredMemberAnswersTheOpeningSequenceByteForByte() throws IOException {
        prefillFoo(Security.UNSECURED);
        try (GeodeTestClient client = GeodeTestClient.connect(MEMBERS.member(Security.UNSECURED).address())) {
            assertExchange(client, "0A 0D 01 00 00 00 15 01 00 00 00", "06 08 01 10 01 18 01");
            assertRegionExchanges(client);
        }
    }

    /** Two entries besides the one the opening puts, so that its size answer is the fact sheet's. */
    private static void prefillFoo(Security security) throws IOException {
        try (GeodeTestClient client = MEMBERS.client(security)) {
            client.call(put("FOO", string("k2"), string("v2")));
            client.call(put("FOO", string("k3"), string("v3")));
        }
    }

    private static void assertRegionExchanges(GeodeTestClient client) throws IOException {
        assertExchange(client, """
                15 12 13 0A 03 "FOO" 12 0C 0A 04 4A 02 "k1" 12 04 4A 02 "v1"
                """, "02 1A 00");
        assertExchange(client, "08 82 01 05 0A 03 \"FOO\"", "05 8A 01 02 08 03");
        client.call(clear("FOO"));
        assertExchange(client, "08 82 01 05 0A 03 \"FOO\"", "03 8A 01 00");
    }

    private static void assertExchange(GeodeTestClient client, String request, String expectedAnswer)
            throws IOException {
        client.sendRaw(bytes(request));
        assertThat(hex(client.readRawFrame())).as("answer to %s", request.strip()).isEqualTo(hex(expectedAnswer));
    }

    private static Server thisMember(AlderServer member) {
        return Server.newBuilder().setHostname("127.0.0.1").setPort(member.address().getPort()).build();
    }

    private static Message handshakeWith(Map<String, String> credentials) {
        return Message.newBuilder().setHandshakeRequest(HandshakeRequest.newBuilder().putAllCredentials(credentials))
                .build();
    }

    private static Message handshakeWithValueFormat() {
        return Message.newBuilder().setHandshakeRequest(HandshakeRequest.newBuilder()
                .putCredentials(USERNAME, GROUP_NAME).putCredentials(PASSWORD, GROUP_PASSWORD)
                .setValueFormat("protobuf-struct")).build();
    }

    private static Message authenticated(boolean authenticated) {
        return Message.newBuilder().setHandshakeResponse(HandshakeResponse.newBuilder().setAuthenticated(authenticated))
                .build();
    }

    private static VersionAcknowledgement acknowledgement(boolean accepted) {
        return VersionAcknowledgement.newBuilder().setServerMajorVersion(1).setServerMinorVersion(1)
                .setVersionAccepted(accepted).build();
    }
}
