package io.alder.server.clientprotocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.RingbufferCodec;
import io.alder.protocol.codec.RingbufferCodec.ReadManyRequest;
import io.alder.serialization.Partitions;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.wire.RawClient;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ringbuffer and Topic requests over a real socket: malformed payloads, and the waits of a vanished client. */
class RingbufferWireIT {

    private static final Duration CLEANUP_DELAY = Duration.ofSeconds(1);
    private static AlderServer server;

    @BeforeAll
    static void start() {
        server = AlderServer.start(ServerConfig.builder().port(0).clientCleanupDelay(CLEANUP_DELAY).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void malformedRingbufferAndTopicPayloadsGetAnErrorAndTheConnectionStaysUsable() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.RINGBUFFER_READ_MANY, 7, 0, 16)
                    .writeString("rb").writeLong(0).build());
            assertThat(ErrorCodec.decode(client.read()).message()).contains("truncated message");

            client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.RINGBUFFER_ADD_ALL, 8, 0, 16)
                    .writeString("rb").writeInt(Integer.MAX_VALUE).build());
            assertThat(ErrorCodec.decode(client.read()).message()).contains("data list length");

            client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.TOPIC_PUBLISH, 9, 0, 16)
                    .writeString("t").build());
            assertThat(ErrorCodec.decode(client.read()).errorCode()).isEqualTo(ErrorCode.HAZELCAST.code());

            client.write(RingbufferCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.RINGBUFFER_CAPACITY, 10,
                    Partitions.partitionIdOfName("rb", 271), new NameRequest("rb")));
            ClientMessage answer = client.read();
            assertThat(answer.correlationId()).isEqualTo(10);
            assertThat(ResponseCodec.decodeLong(answer)).isEqualTo(10_000);
            answer.release();
        }
    }

    @Test
    void theWaitingReadsOfAVanishedClientAreDroppedAfterTheCleanupDelay() throws IOException {
        String name = "waited-on";
        int partition = Partitions.partitionIdOfName(name, 271);
        int before = server.engine().ringbuffers().waitingReads();
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(RingbufferCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.RINGBUFFER_READ_MANY, 5,
                    partition, new ReadManyRequest(name, 0, 1, 10, null)));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> server.engine().ringbuffers().waitingReads() == before + 1);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> server.engine().ringbuffers().waitingReads() == before);
    }
}
