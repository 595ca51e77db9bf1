package io.alder.server.clientprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.wire.RawClient;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Malformed requests of one family on a real socket: each test writes some to {@link #client} and checks the
 * error responses; afterwards, the same connection must still be served, as
 * {@link #assertConnectionStillServed} checks.
 */
abstract class MalformedRequestSuite {

    private static AlderServer server;

    /** An authenticated connection of this test. */
    RawClient client;

    @BeforeAll
    static void start() {
        server = AlderServer.start(ServerConfig.builder().port(0).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void connect() throws IOException {
        client = RawClient.authenticated(server.address(), "dev", "dev-pass");
    }

    @AfterEach
    void theConnectionIsStillServed() throws IOException {
        try (RawClient connection = client) {
            assertConnectionStillServed(connection);
        }
    }

    /** Sends well-formed requests of the family on the connection and checks their answers. */
    abstract void assertConnectionStillServed(RawClient connection) throws IOException;

    /** An error answer to the request {@code correlationId}, with that code and a message containing that. */
    static void assertError(ClientMessage answer, long correlationId, ErrorCode code, String message) {
        assertThat(answer.correlationId()).isEqualTo(correlationId);
        ErrorCodec.Error error = ErrorCodec.decode(answer);
        assertThat(error.errorCode()).isEqualTo(code.code());
        assertThat(error.message()).contains(message);
    }
}
