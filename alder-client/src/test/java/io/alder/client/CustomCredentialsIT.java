package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.security.Credentials;
import io.alder.serialization.Data;
import io.alder.serialization.IdentifiedDataSerializable;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.SerializationConfig;
import io.alder.serialization.SerializationService;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.server.security.Authenticator;
import io.alder.testsupport.reference.ReferenceMembers;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Custom credentials ({@code Client.authenticationCustom}): an Alder member with its own authenticator
 * checks the serialized object; a reference 3.12.13 member without the enterprise security feature refuses
 * every custom credentials object.
 */
class CustomCredentialsIT {

    private static final SerializationConfig SERIALIZATION = SerializationConfig.builder()
            .addDataSerializableFactory(Token.FACTORY_ID, classId -> classId == Token.CLASS_ID ? new Token() : null)
            .build();
    private static final Data EXPECTED = SerializationService.create(SERIALIZATION).toData(new Token("open-sesame"));

    /** Accepts only the expected token, never a group name and password; counts the custom attempts. */
    private static final class TokenAuthenticator implements Authenticator {

        final AtomicInteger customAttempts = new AtomicInteger();

        @Override
        public boolean authenticate(String username, String password) {
            return false;
        }

        @Override
        public boolean authenticateCustom(Data credentials) {
            customAttempts.incrementAndGet();
            return EXPECTED.equals(credentials);
        }
    }

    private static TestServer alderMember(Authenticator authenticator) {
        AlderServer server = AlderServer.start(ServerConfig.builder().host(TestServer.HOST).port(0)
                .groupName(TestServer.GROUP).groupPassword(TestServer.PASSWORD).build(), authenticator);
        return new TestServer(ServerKind.ALDER, server.address().getPort(), server::close, (key, value) -> { });
    }

    @Test
    @DisplayName("an Alder member accepts the token it expects, serialized with the client's factories")
    void accepted() {
        assumeThat(ServerKind.selected()).contains(ServerKind.ALDER);
        TokenAuthenticator authenticator = new TokenAuthenticator();
        try (TestServer server = alderMember(authenticator);
                AlderClient client = AlderClient.connect(server.clientConfig()
                        .credentials(new Token("open-sesame")).serialization(SERIALIZATION).build())) {
            AlderMap<String, String> map = client.getMap("guarded");

            map.put("key", "value");

            assertThat(map.get("key")).isEqualTo("value");
            assertThat(authenticator.customAttempts).hasPositiveValue();
        }
    }

    @Test
    @DisplayName("an Alder member refuses another token at once")
    void refused() {
        assumeThat(ServerKind.selected()).contains(ServerKind.ALDER);
        TokenAuthenticator authenticator = new TokenAuthenticator();
        try (TestServer server = alderMember(authenticator)) {
            ClientConfig config = server.clientConfig().credentials(new Token("guess")).serialization(SERIALIZATION)
                    .build();
            long start = System.nanoTime();

            assertThatThrownBy(() -> AlderClient.connect(config)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("custom credentials");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(authenticator.customAttempts).hasValue(1);
        }
    }

    @Test
    @DisplayName("a reference member without security refuses custom credentials (status 1)")
    void refusedByReference() {
        assumeThat(ServerKind.selected()).contains(ServerKind.REFERENCE);
        HazelcastInstance member = ReferenceMembers.startAlone();
        try (TestServer server = new TestServer(ServerKind.REFERENCE, ReferenceMembers.port(member), member::shutdown,
                (key, value) -> { })) {
            // A credentials object the member can read, so that it is refused, not misunderstood.
            ClientConfig config = server.clientConfig().credentials(new ReferenceCredentials("open-sesame")).build();

            assertThatThrownBy(() -> AlderClient.connect(config)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("refused the custom credentials");
        }
    }

    /** A token as a 3.12 client application would write it: an IdentifiedDataSerializable. */
    static final class Token implements IdentifiedDataSerializable {

        static final int FACTORY_ID = 4242;
        static final int CLASS_ID = 1;

        private String value;

        Token() {
        }

        Token(String value) {
            this.value = value;
        }

        @Override
        public int getFactoryId() {
            return FACTORY_ID;
        }

        @Override
        public int getId() {
            return CLASS_ID;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeUTF(value);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            value = in.readUTF();
        }
    }

    /**
     * Credentials of the reference member's own type, sent with Java serialization, which it can read. The
     * member has no use for an endpoint here: it refuses the object before it would look at one.
     */
    record ReferenceCredentials(String principal) implements Credentials {

        @Override
        public String getPrincipal() {
            return principal;
        }

        @Override
        public String getEndpoint() {
            return null;
        }

        @Override
        public void setEndpoint(String endpoint) {
        }
    }
}
