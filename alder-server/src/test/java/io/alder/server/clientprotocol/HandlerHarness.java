package io.alder.server.clientprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.RequestFamily;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * A real engine behind a request dispatcher, and two recording client connections: what the handler test
 * of each family needs to send request frames in and read answer frames out, without sockets.
 */
final class HandlerHarness implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60)), Clock.SYSTEM, scheduler);
    private final RequestDispatcher dispatcher = new RequestDispatcher();
    private final RecordingConnection alice = new RecordingConnection("client-alice");
    private final RecordingConnection bob = new RecordingConnection("client-bob");
    private final List<RequestFamily> families;
    private long nextCorrelationId = 1;

    /**
     * A harness whose requests are encoded as those of the families, e.g. {@code MapCodec.REQUESTS}; each
     * request by the family its message type belongs to.
     */
    HandlerHarness(RequestFamily... families) {
        this.families = List.of(families);
    }

    Engine engine() {
        return engine;
    }

    RequestDispatcher dispatcher() {
        return dispatcher;
    }

    RecordingConnection alice() {
        return alice;
    }

    RecordingConnection bob() {
        return bob;
    }

    /** Sends a request and returns its correlation id. */
    long send(RecordingConnection connection, MessageType type, int partitionId, CodecRequest request) {
        long correlationId = nextCorrelationId++;
        connection.dispatch(dispatcher,
                familyOf(type).encode(UnpooledByteBufAllocator.DEFAULT, type, correlationId, partitionId, request));
        return correlationId;
    }

    private RequestFamily familyOf(MessageType type) {
        return families.stream().filter(family -> family.types().contains(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no family of this harness has " + type));
    }

    /** Sends a request that must be answered at once and returns the answer. */
    ClientMessage call(RecordingConnection connection, MessageType type, int partitionId, CodecRequest request) {
        long correlationId = send(connection, type, partitionId, request);
        ClientMessage answer = connection.poll();
        assertThat(answer).as("answer to " + type).isNotNull();
        assertThat(answer.correlationId()).isEqualTo(correlationId);
        return answer;
    }

    /** What {@code decoder} reads from a message; releases the message. */
    static <T> T decoded(ClientMessage message, Function<ClientMessage, T> decoder) {
        try {
            return decoder.apply(message);
        } finally {
            message.release();
        }
    }

    /** Stops the engine's scheduler. */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
