package io.alder.server.clientprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec.KeyValueRequest;
import io.alder.protocol.codec.MultiMapCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ReplicatedMapCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.wire.RawClient;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed MultiMap and ReplicatedMap requests on a real socket: each gets an error response, and the same
 * connection then still puts to and reads a multimap.
 */
class MultiMapBadInputIT {

    private static final String NAME = "tags";
    private static final Data KEY = Strings.toData("k");
    private static final int PARTITION = Partitions.partitionId(KEY, 271);

    private static AlderServer server;
    private RawClient client;

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
            connection.write(MultiMapCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.MULTI_MAP_PUT, 100,
                    PARTITION, new KeyValueRequest(NAME, KEY, Strings.toData("fine"), 1)));
            assertThat(ResponseCodec.decodeBoolean(connection.read())).isTrue();
            connection.write(MultiMapCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.MULTI_MAP_REMOVE, 101,
                    PARTITION, new KeyRequest(NAME, KEY, 1)));
            assertThat(ResponseCodec.decodeDataList(connection.read())).containsExactly(Strings.toData("fine"));
        }
    }

    @Test
    void putWithoutItsThreadIdGetsAnError() throws IOException {
        client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.MULTI_MAP_PUT, 7, PARTITION, 64)
                .writeString(NAME).writeData(KEY).writeData(Strings.toData("v")).build());

        assertError(client.read(), 7, ErrorCode.HAZELCAST, "truncated message");
    }

    @Test
    void valueWithANegativeLengthGetsAnError() throws IOException {
        client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.MULTI_MAP_CONTAINS_VALUE, 8, -1, 16)
                .writeString(NAME).writeInt(-5).build());

        assertThat(ErrorCodec.decode(client.read()).errorCode()).isEqualTo(ErrorCode.HAZELCAST.code());
    }

    @Test
    void keyRequestWithoutThePartitionOfItsKeyGetsAnError() throws IOException {
        client.write(MultiMapCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.MULTI_MAP_VALUE_COUNT, 9, -1,
                new KeyRequest(NAME, KEY, 1)));

        assertError(client.read(), 9, ErrorCode.ILLEGAL_ARGUMENT, "partition id in the frame header");
    }

    @Test
    void replicatedPutAllCountingMoreEntriesThanItCarriesGetsAnError() throws IOException {
        client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.REPLICATED_MAP_PUT_ALL, 10, -1, 16)
                .writeString(NAME).writeInt(1_000_000_000).build());

        assertError(client.read(), 10, ErrorCode.HAZELCAST, "length: 1000000000");
    }

    @Test
    void replicatedSizeWithoutItsNameGetsAnError() throws IOException {
        client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.REPLICATED_MAP_SIZE, 11, 3, 0).build());
        assertThat(ErrorCodec.decode(client.read()).errorCode()).isEqualTo(ErrorCode.HAZELCAST.code());

        client.write(ReplicatedMapCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.REPLICATED_MAP_SIZE, 12, 3,
                new NameRequest(NAME)));
        assertThat(ResponseCodec.decodeInt(client.read())).isZero();
    }

    private static void assertError(ClientMessage answer, long correlationId, ErrorCode code, String message) {
        assertThat(answer.correlationId()).isEqualTo(correlationId);
        ErrorCodec.Error error = ErrorCodec.decode(answer);
        assertThat(error.errorCode()).isEqualTo(code.code());
        assertThat(error.message()).contains(message);
    }
}
