package io.alder.client.internal.invocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alder.client.ClientConfig;
import io.alder.client.ClientNotActiveException;
import io.alder.client.ClusterUnavailableException;
import io.alder.client.MemberErrorException;
import io.alder.client.OperationTimeoutException;
import io.alder.client.TargetDisconnectedException;
import io.alder.client.WhenDisconnected;
import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.EmbeddedConnection;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.HashedWheelTimer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries, deadlines and disconnection policies of invocations, over an in-memory connection. */
class InvocationTest {

    private static final ByteBufAllocator ALLOCATOR = new UnpooledByteBufAllocator(false);

    private final HashedWheelTimer timer = Invoker.newTimer();
    private final EmbeddedConnection embedded = EmbeddedConnection.open();
    private final AtomicReference<Connection> route = new AtomicReference<>(embedded.connection());

    @AfterEach
    void stop() {
        timer.stop();
        embedded.close();
    }

    private Invoker invoker(ClientConfig.Builder config, WhenDisconnected whenDisconnected) {
        return new Invoker(config.whenDisconnected(whenDisconnected).build(), partitionId -> route.get(), Runnable::run,
                timer);
    }

    private Invoker invoker() {
        return invoker(ClientConfig.builder(), WhenDisconnected.WAIT);
    }

    private static ClientMessage request() {
        return ClientCodec.encodeStringRequest(ALLOCATOR, MessageType.CLIENT_STATISTICS, 0, "stats");
    }

    private static ClientMessage error(long correlationId, ErrorCode code) {
        return ErrorCodec.encode(ALLOCATOR, correlationId, new ErrorCodec.Error(code.code(), code.className(),
                "from the member", List.of(), 0, null));
    }

    /** Why a completed call failed. */
    private static Throwable failure(CompletableFuture<?> call) {
        assertThat(call).isCompletedExceptionally();
        return call.handle((result, failure) -> failure).join();
    }

    /** Waits for a call to end, running the connection's scheduled deadline checks meanwhile. */
    private void awaitDone(CompletableFuture<?> call) {
        await().atMost(5, TimeUnit.SECONDS).until(() -> {
            embedded.runScheduledTasks();
            return call.isDone();
        });
    }

    /** The next request written, with its correlation id; the frame is released. */
    private long nextWrittenId() {
        ClientMessage written = embedded.written();
        assertThat(written).as("a request was written").isNotNull();
        try {
            return written.correlationId();
        } finally {
            written.release();
        }
    }

    @Test
    void aRetryableErrorIsRetriedWithANewCorrelationId() {
        CompletableFuture<ClientMessage> call = invoker().invoke(request(), false, Duration.ZERO);
        long first = nextWrittenId();

        embedded.receive(error(first, ErrorCode.PARTITION_MIGRATING));
        long second = nextWrittenId();
        embedded.receive(ResponseCodec.encodeVoid(ALLOCATOR, second, null));

        assertThat(second).isNotEqualTo(first);
        assertThat(call).isCompleted();
        call.join().release();
    }

    @Test
    void anErrorThatIsNotRetryableFailsTheCallWithItsJavaType() {
        CompletableFuture<ClientMessage> call = invoker().invoke(request(), true, Duration.ZERO);

        embedded.receive(error(nextWrittenId(), ErrorCode.ILLEGAL_ARGUMENT));

        assertThat(call).isCompletedExceptionally();
        assertThat(failure(call)).isInstanceOf(IllegalArgumentException.class).hasMessage("from the member");
        assertThat(embedded.written()).isNull();
    }

    @Test
    void aLostConnectionFailsARequestThatMayNotBeRepeated() {
        CompletableFuture<ClientMessage> call = invoker().invoke(request(), false, Duration.ZERO);
        nextWrittenId();
        route.set(null);

        embedded.closeFromMember();

        assertThat(failure(call)).isInstanceOf(TargetDisconnectedException.class)
                .hasMessageContaining("may or may not have been applied");
    }

    @Test
    void aLostConnectionRetriesAnIdempotentRequestOnceTheClusterIsBack() {
        Invoker invoker = invoker();
        CompletableFuture<ClientMessage> call = invoker.invoke(request(), true, Duration.ZERO);
        nextWrittenId();
        route.set(null);
        invoker.clusterDisconnected();

        embedded.closeFromMember();
        assertThat(call).isNotDone();
        try (EmbeddedConnection replacement = EmbeddedConnection.open()) {
            route.set(replacement.connection());
            invoker.clusterConnected();

            ClientMessage resent = replacement.written();
            replacement.receive(ResponseCodec.encodeVoid(ALLOCATOR, resent.correlationId(), null));
            resent.release();

            assertThat(call).isCompleted();
            call.join().release();
        }
    }

    @Test
    void redoOperationRetriesEveryRequestAfterALostConnection() {
        Invoker invoker = invoker(ClientConfig.builder().redoOperation(true), WhenDisconnected.WAIT);
        CompletableFuture<ClientMessage> call = invoker.invoke(request(), false, Duration.ZERO);
        nextWrittenId();
        route.set(null);
        invoker.clusterDisconnected();

        embedded.closeFromMember();

        assertThat(call).isNotDone();
        invoker.close(new ClientNotActiveException("test over"));
        assertThat(failure(call)).isInstanceOf(ClientNotActiveException.class);
    }

    @Test
    void withTheFailPolicyACallWithoutConnectionFailsAtOnce() {
        route.set(null);

        CompletableFuture<ClientMessage> call = invoker(ClientConfig.builder(), WhenDisconnected.FAIL)
                .invoke(request(), true, Duration.ZERO);

        assertThat(failure(call)).isInstanceOf(ClusterUnavailableException.class);
    }

    @Test
    void aCallWithoutAnswerFailsAtItsDeadlineWithTheLastFailureAsCause() {
        Invoker invoker = invoker(ClientConfig.builder().invocationTimeout(Duration.ofMillis(300))
                .invocationRetryPause(Duration.ofMillis(50)), WhenDisconnected.WAIT);
        long start = System.nanoTime();
        CompletableFuture<ClientMessage> call = invoker.invoke(request(), true, Duration.ZERO);
        embedded.receive(error(nextWrittenId(), ErrorCode.RETRYABLE_HAZELCAST));

        awaitDone(call);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(failure(call)).isInstanceOf(OperationTimeoutException.class)
                .hasMessageContaining("ClientStatistics")
                .cause().hasMessageContaining("from the member");
    }

    @Test
    void aWaitTimeExtendsTheDeadline() {
        Invoker invoker = invoker(ClientConfig.builder().invocationTimeout(Duration.ofMillis(100)), WhenDisconnected.WAIT);
        CompletableFuture<ClientMessage> shortCall = invoker.invoke(request(), true, Duration.ZERO);
        CompletableFuture<ClientMessage> longCall = invoker.invoke(request(), true, Duration.ofSeconds(30));
        nextWrittenId();
        long longId = nextWrittenId();

        awaitDone(shortCall);
        embedded.receive(ResponseCodec.encodeVoid(ALLOCATOR, longId, null));

        assertThat(failure(shortCall)).isInstanceOf(OperationTimeoutException.class);
        assertThat(longCall).isCompleted();
        longCall.join().release();
    }

    @Test
    void aPinnedRequestKeepsItsCorrelationIdAndIsNotRetried() {
        Invoker invoker = invoker();
        long id = invoker.nextCorrelationId();
        CompletableFuture<ClientMessage> call = invoker.invokeOn(embedded.connection(),
                request().setCorrelationId(id), null, Duration.ofSeconds(5));

        assertThat(nextWrittenId()).isEqualTo(id);
        embedded.receive(error(id, ErrorCode.RETRYABLE_HAZELCAST));

        assertThat(failure(call)).isInstanceOf(MemberErrorException.class);
        assertThat(embedded.written()).isNull();
    }
}
