package io.alder.server.clientprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.AuthenticationResult;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.wire.RawClient;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client endpoint over real sockets: authentication, the Client.* family, errors. */
class ClientEndpointIT {

    private static AlderServer server;

    @BeforeAll
    static void start() {
        server = AlderServer.start(ServerConfig.builder().port(0).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void authenticatesWithGroupNameAndPassword() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 10_000)) {
            client.writePreamble();
            AuthenticationResult result = client.authenticate("dev", "dev-pass");

            assertThat(result.status()).isEqualTo(AuthenticationResult.STATUS_AUTHENTICATED);
            assertThat(result.address()).isEqualTo(new Address("127.0.0.1", server.address().getPort()));
            assertThat(result.uuid()).isNotBlank();
            assertThat(result.ownerUuid()).isEqualTo(server.engine().memberUuid());
            assertThat(result.serverVersion()).isEqualTo("3.12.13");
            assertThat(result.unregisteredMembers()).isEmpty();
            assertThat(result.partitionCount()).isEqualTo(271);
            assertThat(result.clusterId()).isEqualTo(server.engine().clusterId());
        }
    }

    @Test
    void refusesWrongGroupNameAndKeepsTheSocketOpenLike312() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 1_000)) {
            client.writePreamble();
            AuthenticationResult result = client.authenticate("other", "dev-pass");

            assertThat(result.status()).isEqualTo(AuthenticationResult.STATUS_CREDENTIALS_FAILED);
            assertThat(result.address()).isNull();
            assertThat(result.uuid()).isNull();
            assertThat(result.unregisteredMembers()).isNull();
            assertThat(result.partitionCount()).isEqualTo(271);
            assertThat(client.awaitClosedByServer()).isFalse();
        }
    }

    @Test
    void refusesWrongPasswordUnlike312WhichIgnoresIt() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 10_000)) {
            client.writePreamble();

            assertThat(client.authenticate("dev", "wrong").status())
                    .isEqualTo(AuthenticationResult.STATUS_CREDENTIALS_FAILED);
        }
    }

    @Test
    void refusesOtherClusterAndSerializationVersion() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 10_000)) {
            client.writePreamble();
            client.write(ClientCodec.encodeAuthentication(RawClient.ALLOCATOR, 1, new ClientCodec.AuthenticationRequest(
                    "dev", "dev-pass", new ClientCodec.AuthenticationParameters(null, null, true, "JVM", (byte) 1,
                            "3.12.13", "c", List.of(), 7, null))));
            assertThat(ResponseCodec.decodeAuthentication(client.read()).status())
                    .isEqualTo(AuthenticationResult.STATUS_NOT_ALLOWED_IN_CLUSTER);

            client.write(ClientCodec.encodeAuthentication(RawClient.ALLOCATOR, 2, new ClientCodec.AuthenticationRequest(
                    "dev", "dev-pass", new ClientCodec.AuthenticationParameters(null, null, true, "JVM", (byte) 2,
                            "3.12.13", "c", List.of(), null, null))));
            assertThat(ResponseCodec.decodeAuthentication(client.read()).status())
                    .isEqualTo(AuthenticationResult.STATUS_SERIALIZATION_VERSION_MISMATCH);
        }
    }

    @Test
    void acceptsTheShorterAuthenticationOfOlderClients() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 10_000)) {
            client.writePreamble();
            client.write(ClientCodec.encodeAuthentication(RawClient.ALLOCATOR, 1, new ClientCodec.AuthenticationRequest(
                    "dev", "dev-pass", new ClientCodec.AuthenticationParameters(null, null, true, "NJS", (byte) 1,
                            "3.12.3", null, null, null, null))));

            assertThat(ResponseCodec.decodeAuthentication(client.read()).status())
                    .isEqualTo(AuthenticationResult.STATUS_AUTHENTICATED);
        }
    }

    @Test
    void requestBeforeAuthenticationGetsError49ThenClose() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 10_000)) {
            client.writePreamble();
            client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_PING, 5));

            ErrorCodec.Error error = ErrorCodec.decode(client.read());
            assertThat(error.errorCode()).isEqualTo(ErrorCode.RETRYABLE_HAZELCAST.code());
            assertThat(error.causeErrorCode()).isEqualTo(ErrorCode.AUTHENTICATION.code());
            assertThat(client.awaitClosedByServer()).isTrue();
        }
    }

    @Test
    void answersPingAndUnsupportedTypesKeepTheConnectionUsable() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CACHE_SIZE, 10));
            ErrorCodec.Error error = ErrorCodec.decode(client.read());
            assertThat(error.errorCode()).isEqualTo(65);
            assertThat(error.className()).isEqualTo("java.lang.UnsupportedOperationException");
            assertThat(error.message()).contains("CacheSize(0x1519)");

            client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_PING, 11));
            ClientMessage pong = client.read();
            assertThat(pong.type()).isEqualTo(MessageType.VOID.id());
            assertThat(pong.correlationId()).isEqualTo(11);
        }
    }

    @Test
    void membershipListenerSendsTheMemberListBeforeItsResponse() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(ClientCodec.encodeBooleanRequest(RawClient.ALLOCATOR,
                    MessageType.CLIENT_ADD_MEMBERSHIP_LISTENER, 20, false));

            ClientMessage event = client.read();
            assertThat(event.isEvent()).isTrue();
            assertThat(event.correlationId()).isEqualTo(20);
            assertThat(EventCodec.decodeMemberList(event)).singleElement()
                    .satisfies(member -> assertThat(member.uuid()).isEqualTo(server.engine().memberUuid()));
            ClientMessage response = client.read();
            assertThat(ResponseCodec.decodeString(response)).isNotBlank();
        }
    }

    @Test
    void memberAttributesAreListedAndTheirChangesSentAsEvents() throws IOException {
        server.engine().memberAttributes().put("zone", "eu-1");
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(ClientCodec.encodeBooleanRequest(RawClient.ALLOCATOR,
                    MessageType.CLIENT_ADD_MEMBERSHIP_LISTENER, 21, false));
            assertThat(EventCodec.decodeMemberList(client.read()).get(0).attributes()).containsEntry("zone", "eu-1");
            assertThat(ResponseCodec.decodeString(client.read())).isNotBlank();

            server.engine().memberAttributes().put("rack", "7");
            server.engine().memberAttributes().remove("zone");

            String member = server.engine().memberUuid();
            assertThat(EventCodec.decodeMemberAttributeChange(client.read()))
                    .isEqualTo(new EventCodec.MemberAttributeEvent(member, "rack", 1, "7"));
            assertThat(EventCodec.decodeMemberAttributeChange(client.read()))
                    .isEqualTo(new EventCodec.MemberAttributeEvent(member, "zone", 2, null));
        } finally {
            server.engine().memberAttributes().remove("rack");
        }
    }

    @Test
    void partitionListenerAndGetPartitionsReportEveryPartitionOnThisMember() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_ADD_PARTITION_LISTENER, 3));
            assertThat(EventCodec.decodePartitions(client.read()).owners().get(0).partitionIds()).hasSize(271);
            assertThat(client.read().type()).isEqualTo(MessageType.VOID.id());

            client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_GET_PARTITIONS, 4));
            assertThat(ResponseCodec.decodePartitions(client.read()).owners()).singleElement()
                    .satisfies(owner -> assertThat(owner.partitionIds()).hasSize(271).startsWith(0, 1, 2));
        }
    }

    @Test
    void proxiesAreListedAndDestroyedWithEvents() throws IOException {
        try (RawClient listener = RawClient.authenticated(server.address(), "dev", "dev-pass");
                RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            listener.write(ClientCodec.encodeBooleanRequest(RawClient.ALLOCATOR,
                    MessageType.CLIENT_ADD_DISTRIBUTED_OBJECT_LISTENER, 30, false));
            assertThat(ResponseCodec.decodeString(listener.read())).isNotBlank();

            client.write(ClientCodec.encodeCreateProxy(RawClient.ALLOCATOR, 1, new ClientCodec.CreateProxyRequest(
                    "proxies-map", "hz:impl:mapService", new Address("127.0.0.1", 1))));
            assertThat(client.read().type()).isEqualTo(MessageType.VOID.id());
            client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_GET_DISTRIBUTED_OBJECTS, 2));
            assertThat(ResponseCodec.decodeDistributedObjects(client.read()))
                    .contains(new DistributedObjectInfo("hz:impl:mapService", "proxies-map"));
            client.write(ClientCodec.encodeDestroyProxy(RawClient.ALLOCATOR, 3,
                    new ClientCodec.DestroyProxyRequest("proxies-map", "hz:impl:mapService")));
            assertThat(client.read().type()).isEqualTo(MessageType.VOID.id());

            assertThat(EventCodec.decodeDistributedObject(listener.read()))
                    .isEqualTo(new EventCodec.DistributedObjectEvent("proxies-map", "hz:impl:mapService", "CREATED"));
            assertThat(EventCodec.decodeDistributedObject(listener.read()))
                    .isEqualTo(new EventCodec.DistributedObjectEvent("proxies-map", "hz:impl:mapService", "DESTROYED"));
        }
    }

    @Test
    void reassemblesFragmentedRequests() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            String name = "fragmented-" + "x".repeat(200);
            ClientMessage whole = ClientCodec.encodeCreateProxy(RawClient.ALLOCATOR, 40,
                    new ClientCodec.CreateProxyRequest(name, "hz:impl:mapService", new Address("127.0.0.1", 1)));
            byte[] payload = new byte[whole.frameLength() - ClientMessage.HEADER_SIZE];
            whole.content().getBytes(ClientMessage.HEADER_SIZE, payload);
            whole.release();
            int[] cuts = {0, 50, 120, payload.length};
            for (int i = 0; i < cuts.length - 1; i++) {
                int flags = (i == 0 ? ClientMessage.BEGIN_FLAG : 0) | (i == cuts.length - 2 ? ClientMessage.END_FLAG : 0);
                MessageWriter fragment = MessageWriter.start(RawClient.ALLOCATOR, MessageType.CLIENT_CREATE_PROXY.id(),
                        flags, 40, -1, 0);
                for (int b = cuts[i]; b < cuts[i + 1]; b++) {
                    fragment.writeByte(payload[b]);
                }
                client.write(fragment.build());
            }
            ClientMessage response = client.read();
            assertThat(response.type()).isEqualTo(MessageType.VOID.id());
            assertThat(response.correlationId()).isEqualTo(40);
            assertThat(server.engine().distributedObjects().list())
                    .anySatisfy(object -> assertThat(object.name()).isEqualTo(name));
        }
    }
}
