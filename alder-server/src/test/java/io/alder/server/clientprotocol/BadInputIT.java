package io.alder.server.clientprotocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.codec.AuthenticationResult;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.codec.MapCodec.PutRequest;
import io.alder.protocol.codec.QueueCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.wire.RawClient;
import io.netty.buffer.ByteBufUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input: each case gets a clear error or a clean close, and after each one a
 * well-behaved client is still served.
 */
class BadInputIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * Sixteen answers of this size are more than the socket buffers take (a few MiB on loopback) plus the
     * member's 1 MiB high-water mark.
     */
    private static final int BIG_ANSWER_BYTES = 900_000;
    private static final int BIG_ANSWERS = 16;

    private static AlderServer server;

    @BeforeAll
    static void start() {
        server = AlderServer.start(ServerConfig.builder().port(0).heartbeatTimeout(Duration.ofSeconds(3))
                .maxFrameBytes(1 << 20).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void wellBehavedClientsAreStillServed() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_PING, 99));
            assertThat(client.read().correlationId()).isEqualTo(99);
        }
    }

    @Test
    void garbagePreambleIsClosed() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 5_000)) {
            client.writeBytes("GET / HTTP/1.1\r\n\r\n".getBytes());
            assertThat(client.awaitClosedByServer()).isTrue();
        }
    }

    @Test
    void frameShorterThanHeaderIsClosed() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 5_000)) {
            client.writePreamble().writeBytes(new byte[] {10, 0, 0, 0, 1, (byte) 0xc0, 2, 0, 0, 0});
            assertThat(client.awaitClosedByServer()).isTrue();
        }
    }

    @Test
    void hugeFrameBeforeAuthenticationIsClosedWithoutWaitingForIt() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 5_000)) {
            // Claims 2 GiB; the member must refuse on the length alone, before any payload arrives.
            client.writePreamble().writeBytes(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 1, (byte) 0xc0});
            assertThat(client.awaitClosedByServer()).isTrue();
        }
    }

    @Test
    void frameAboveTheAuthenticatedLimitIsClosed() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            int tooLong = (1 << 20) + 1;
            client.writeBytes(new byte[] {(byte) tooLong, (byte) (tooLong >>> 8), (byte) (tooLong >>> 16), 0});
            assertThat(client.awaitClosedByServer()).isTrue();
        }
    }

    @Test
    void truncatedFrameFromHalfClosedSocketIsDropped() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.writeBytes(new byte[] {100, 0, 0, 0, 1, (byte) 0xc0, 15, 0});
            client.socket().shutdownOutput();
            assertThat(client.awaitClosedByServer()).isTrue();
        }
    }

    @Test
    void silentConnectionIsClosedAfterTheHeartbeatTimeout() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.socket().setSoTimeout(10_000);
            assertThat(client.awaitClosedByServer()).isTrue();
        }
    }

    @Test
    void countLargerThanThePayloadGetsAnErrorAndTheConnectionStays() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.CLIENT_CREATE_PROXIES, 7, -1, 4)
                    .writeInt(1_000_000_000).build());
            ErrorCodec.Error error = ErrorCodec.decode(client.read());
            assertThat(error.errorCode()).isEqualTo(ErrorCode.HAZELCAST.code());
            assertThat(error.message()).contains("proxies length: 1000000000");

            client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_PING, 8));
            assertThat(client.read().correlationId()).isEqualTo(8);
        }
    }

    @Test
    void invalidUtf8GetsAnError() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.CLIENT_DESTROY_PROXY, 9, -1, 16)
                    .writeBytes(new byte[] {(byte) 0xc3, (byte) 0x28}).writeString("hz:impl:mapService").build());

            assertThat(ErrorCodec.decode(client.read()).message()).contains("invalid UTF-8");
        }
    }

    @Test
    void truncatedPayloadGetsAnError() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.CLIENT_DESTROY_PROXY, 9, -1, 16)
                    .writeString("only-the-name").build());

            assertThat(ErrorCodec.decode(client.read()).message()).contains("truncated message");
        }
    }

    @Test
    void unknownMessageTypeGetsError65() throws IOException {
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(MessageWriter.start(RawClient.ALLOCATOR, 0x7777, ClientMessage.BEGIN_AND_END_FLAGS, 12, -1, 0)
                    .build());

            ErrorCodec.Error error = ErrorCodec.decode(client.read());
            assertThat(error.errorCode()).isEqualTo(65);
            assertThat(error.message()).contains("unknown(0x7777)");
        }
    }

    @Test
    void customCredentialsAreRefusedByTheDefaultAuthenticator() throws IOException {
        try (RawClient client = RawClient.connect(server.address(), 5_000)) {
            client.writePreamble();
            client.write(ClientCodec.encodeCustomAuthentication(RawClient.ALLOCATOR, 1,
                    new ClientCodec.CustomAuthenticationRequest(Strings.toData("token"),
                            new ClientCodec.AuthenticationParameters(null, null, true, "JVM", (byte) 1, "3.12.13",
                                    "c", List.of(), null, null))));

            assertThat(ResponseCodec.decodeAuthentication(client.read()).status())
                    .isEqualTo(AuthenticationResult.STATUS_CREDENTIALS_FAILED);
        }
    }

    @Test
    void clientThatStopsReadingIsThrottledAndOthersAreNot() throws Exception {
        try (RawClient flooder = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            byte[] request = new byte[ClientMessage.HEADER_SIZE];
            ClientMessage ping = ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_GET_PARTITIONS, 1);
            ping.content().getBytes(0, request);
            AtomicLong written = new AtomicLong();
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = flooder.socket().getOutputStream();
                    for (int i = 0; i < 2_000_000; i++) {
                        out.write(request);
                        written.incrementAndGet();
                    }
                } catch (IOException closed) {
                    // the member may close the flooding connection: that is an accepted outcome
                }
            });
            writer.setDaemon(true);
            writer.start();

            // Each answer is ~1 KiB; without back-pressure 2 million of them would be 2 GiB of member memory.
            // With it, the member stops reading this client and its writes stall once the socket buffers fill.
            long[] last = {-1};
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                long now = written.get();
                boolean stalled = now == last[0];
                last[0] = now;
                return stalled;
            });
            try (RawClient other = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
                other.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_PING, 5));
                assertThat(other.read().correlationId()).isEqualTo(5);
            }
            assertThat(written.get()).isLessThan(2_000_000);
        }
    }

    /**
     * Once a client's unread answers pass the outbound high-water mark, the member serves none of the requests
     * it has already read from that client until the client reads again: turning auto-read off alone left
     * the rest of the current read (thousands of small requests) to be served, holding up the other
     * connections of the same I/O thread.
     */
    @Test
    void requestsAlreadyReadWaitWhileTheClientDoesNotReadItsAnswers() throws Exception {
        String map = "big-values";
        Data key = Strings.toData("big");
        String queue = "queue-behind-big-answers";
        try (RawClient client = RawClient.authenticated(server.address(), "dev", "dev-pass")) {
            client.write(MapCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.MAP_PUT, 1, partitionOf(key),
                    new PutRequest(map, key, Strings.toData("v".repeat(BIG_ANSWER_BYTES)), 1, -1)));
            assertThat(client.read().correlationId()).isEqualTo(1);

            // One write, so one read on the member: answers far above the high-water mark, then an offer.
            byte[] requests = new byte[0];
            for (int i = 0; i < BIG_ANSWERS; i++) {
                requests = concat(requests, frame(MapCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.MAP_GET,
                        10 + i, partitionOf(key), new KeyRequest(map, key, 1))));
            }
            ClientMessage offer = QueueCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.QUEUE_PUT, 99,
                    namePartition(queue), new ValueRequest(queue, Strings.toData("item")));
            client.writeBytes(concat(requests, frame(offer)));

            // The answers leave the member at the end of that read, when everything in it was decoded.
            InputStream unread = client.socket().getInputStream();
            await().atMost(PATIENCE).until(() -> unread.available() > 0);
            assertThat(server.engine().queues().size(namePartition(queue), queue)).as("served while held back")
                    .isZero();
            for (int i = 0; i < BIG_ANSWERS; i++) {
                assertThat(client.read().correlationId()).isEqualTo(10 + i);
            }
            assertThat(client.read().correlationId()).isEqualTo(99);
            assertThat(server.engine().queues().size(namePartition(queue), queue)).isEqualTo(1);
        }
    }

    private static int partitionOf(Data key) {
        return Partitions.partitionId(key, server.engine().partitionCount());
    }

    private static int namePartition(String name) {
        return Partitions.partitionIdOfName(name, server.engine().partitionCount());
    }

    /** The bytes of {@code message}, which is released. */
    private static byte[] frame(ClientMessage message) {
        try {
            return ByteBufUtil.getBytes(message.content());
        } finally {
            message.release();
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
