package io.alder.server.geode;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.geode.proto.v1.Error;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.Message;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import io.alder.server.AlderServer;
import io.alder.testsupport.geode.GeodeTestClient;
import io.alder.testsupport.wire.RawClient;
import java.io.IOException;
import java.time.Duration;

/** Assertions on what a member answers Geode clients, and on whether it still serves its clients. */
final class GeodeAnswers {

    /** How long a test waits for the member; generous, as the machine is shared. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private GeodeAnswers() {
    }

    /** Asserts that {@code answer} is an {@code ErrorResponse} of {@code code} whose message contains {@code text}. */
    static void assertError(Message answer, ErrorCode code, String text) {
        assertThat(answer.getMessageTypeCase()).as("answer %s", answer)
                .isEqualTo(Message.MessageTypeCase.ERRORRESPONSE);
        Error error = answer.getErrorResponse().getError();
        assertThat(error.getErrorCode()).as("error %s", error).isEqualTo(code);
        assertThat(error.getMessage()).contains(text);
    }

    /** Asserts that the member closes the connection cleanly, sending nothing more. */
    static void assertClosedByServer(GeodeTestClient client) throws IOException {
        assertThat(client.endedCleanlyWithin(PATIENCE)).as("closed by the member").isTrue();
    }

    /** Asserts that the member closes the connection cleanly, sending nothing more, in less than {@code limit}. */
    static void assertClosedBefore(GeodeTestClient client, Duration limit) throws IOException {
        long start = System.nanoTime();
        assertClosedByServer(client);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
    }

    /** Asserts that the member closes the connection cleanly, sending nothing more, no sooner than {@code atLeast}. */
    static void assertClosedAfter(GeodeTestClient client, Duration atLeast) throws IOException {
        long start = System.nanoTime();
        assertClosedByServer(client);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(atLeast);
    }

    /** Asserts that the connection is still served: a GetRegionNames is answered. */
    static void assertStillServed(GeodeTestClient client) throws IOException {
        assertThat(client.call(GeodeTestClient.regionNames()).hasGetRegionNamesResponse()).isTrue();
    }

    /** Asserts that a new Hazelcast-protocol client is served on the member's main port. */
    static void assertHazelcastClientServed(AlderServer member) throws IOException {
        try (RawClient client = RawClient.authenticated(member.address(), GeodeMembers.GROUP_NAME,
                GeodeMembers.GROUP_PASSWORD)) {
            client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_PING, 99));
            assertThat(client.read().correlationId()).isEqualTo(99);
        }
    }
}
