package io.alder.server.clientprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.semaphore.SemaphoreSettings;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.codec.AtomicLongCodec;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.SemaphoreCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.wire.RawClient;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AtomicLong, AtomicReference, CountDownLatch and Semaphore requests on a real socket: the configured initial
 * permits, refused functions, and malformed payloads, each answered with an error on a connection that stays
 * usable.
 */
class SynchronizerWireIT {

    private static AlderServer server;

    @BeforeAll
    static void start() {
        server = AlderServer.start(ServerConfig.builder().port(0)
                .semaphores(Map.of("pool-*", new SemaphoreSettings(4))).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSemaphoreStartsWithThePermitsConfiguredForItsName() throws IOException {
        try (RawClient client = authenticated()) {
            assertThat(ResponseCodec.decodeInt(call(client, MessageType.SEMAPHORE_AVAILABLE_PERMITS, "pool-db")))
                    .isEqualTo(4);
            assertThat(ResponseCodec.decodeInt(call(client, MessageType.SEMAPHORE_AVAILABLE_PERMITS, "other")))
                    .isZero();
            client.write(SemaphoreCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.SEMAPHORE_INIT, 3,
                    partitionOf("pool-db"), new IntRequest("pool-db", 10)));
            assertThat(ResponseCodec.decodeBoolean(client.read())).as("initial permits count as set").isFalse();
        }
    }

    @Test
    void aRefusedFunctionLeavesTheConnectionUsable() throws IOException {
        try (RawClient client = authenticated()) {
            client.write(AtomicLongCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.ATOMIC_LONG_APPLY, 5,
                    partitionOf("n"), new ValueRequest("n", Strings.toData("function"))));
            ErrorCodec.Error error = ErrorCodec.decode(client.read());
            assertThat(error.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_OPERATION.code());
            assertThat(error.message()).contains("IAtomicLong functions");

            assertStillServed(client, "after-refusal");
        }
    }

    @Test
    void malformedPayloadsGetAnErrorAndTheConnectionStays() throws IOException {
        try (RawClient client = authenticated()) {
            // a semaphore acquire without its permits
            client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.SEMAPHORE_ACQUIRE, 7, partitionOf("s"),
                    8).writeString("s").build());
            assertThat(ErrorCodec.decode(client.read()).message()).contains("truncated message");

            // an atomic reference whose value claims more bytes than the frame holds
            client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.ATOMIC_REFERENCE_SET, 8,
                    partitionOf("r"), 16).writeString("r").writeBoolean(false).writeInt(1_000_000).build());
            ErrorCodec.Error error = ErrorCodec.decode(client.read());
            assertThat(error.errorCode()).isEqualTo(ErrorCode.HAZELCAST.code());

            // a latch await with a timeout cut short
            client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.COUNT_DOWN_LATCH_AWAIT, 9,
                    partitionOf("l"), 12).writeString("l").writeInt(1).build());
            assertThat(ErrorCodec.decode(client.read()).message()).contains("truncated message");

            // an atomic long without header partition
            client.write(AtomicLongCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.ATOMIC_LONG_GET, 10, -1,
                    new NameRequest("n")));
            assertThat(ErrorCodec.decode(client.read()).errorCode()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());

            assertStillServed(client, "after-malformed");
        }
    }

    private static RawClient authenticated() throws IOException {
        return RawClient.authenticated(server.address(), "dev", "dev-pass");
    }

    private static ClientMessage call(RawClient client, MessageType type, String name) throws IOException {
        client.write(SemaphoreCodec.REQUESTS.encode(RawClient.ALLOCATOR, type, client.nextCorrelationId(),
                partitionOf(name), new NameRequest(name)));
        return client.read();
    }

    /** The connection still serves requests: an increment of a counter only this call uses, and a ping. */
    private static void assertStillServed(RawClient client, String counter) throws IOException {
        client.write(AtomicLongCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.ATOMIC_LONG_INCREMENT_AND_GET,
                42, partitionOf(counter), new NameRequest(counter)));
        ClientMessage answer = client.read();
        assertThat(answer.correlationId()).isEqualTo(42);
        assertThat(ResponseCodec.decodeLong(answer)).isEqualTo(1);
        client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_PING, 43));
        assertThat(client.read().correlationId()).isEqualTo(43);
    }

    private static int partitionOf(String name) {
        return Partitions.partitionIdOfName(name, 271);
    }
}
