package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.SemaphoreCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;
import static io.alder.server.clientprotocol.Answers.later;

import io.alder.member.semaphore.SemaphoreService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.SemaphoreCodec.TryAcquireRequest;

/**
 * The {@code Semaphore.*} family: one handler for each of the 8 ISemaphore messages of 3.12, serving them
 * from the engine's {@link SemaphoreService}.
 *
 * <p>Every message runs on the partition in its request header, which 3.12 clients fill with the partition
 * of the semaphore's name; a header without one (-1) is refused with an {@link IllegalArgumentException}.
 * Permits acquired or drained belong to the connection's client, which gets them back when it is gone. An
 * {@code acquire} or {@code tryAcquire} that must wait for permits is answered when the engine completes it.
 */
public final class SemaphoreRequests {

    private final SemaphoreService semaphores;

    public SemaphoreRequests(SemaphoreService semaphores) {
        this.semaphores = semaphores;
    }

    /** A call with a number of permits that answers nothing. */
    @FunctionalInterface
    private interface PermitsChange {
        void apply(int partitionId, String name, String clientUuid, int permits);
    }

    /** Registers a handler for every Semaphore message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        onPermits(dispatcher, SEMAPHORE_RELEASE, semaphores::release);
        onPermits(dispatcher, SEMAPHORE_REDUCE_PERMITS,
                (partition, name, clientUuid, reduction) -> semaphores.reducePermits(partition, name, reduction));
        onPermits(dispatcher, SEMAPHORE_INCREASE_PERMITS,
                (partition, name, clientUuid, increase) -> semaphores.increasePermits(partition, name, increase));
        dispatcher.register(SEMAPHORE_INIT, (request, connection) -> {
            IntRequest init = REQUESTS.decodeAs(request, IntRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean,
                    semaphores.init(partition(request), init.name(), init.value()));
        }).register(SEMAPHORE_ACQUIRE, (request, connection) -> {
            IntRequest acquire = REQUESTS.decodeAs(request, IntRequest.class);
            semaphores.acquire(partition(request), acquire.name(), connection.clientUuid(), acquire.value(),
                    later(request, connection, ResponseCodec::encodeVoid));
        }).register(SEMAPHORE_TRY_ACQUIRE, (request, connection) -> {
            TryAcquireRequest acquire = REQUESTS.decodeAs(request, TryAcquireRequest.class);
            semaphores.tryAcquire(partition(request), acquire.name(), connection.clientUuid(), acquire.permits(),
                    acquire.timeout(), later(request, connection, ResponseCodec::encodeBoolean));
        }).register(SEMAPHORE_AVAILABLE_PERMITS, (request, connection) -> answer(request, connection,
                ResponseCodec::encodeInt, semaphores.availablePermits(partition(request), name(request))))
                .register(SEMAPHORE_DRAIN_PERMITS, (request, connection) -> answer(request, connection,
                        ResponseCodec::encodeInt,
                        semaphores.drainPermits(partition(request), name(request), connection.clientUuid())));
    }

    private static void onPermits(RequestDispatcher dispatcher, MessageType type, PermitsChange change) {
        dispatcher.register(type, (request, connection) -> {
            IntRequest call = REQUESTS.decodeAs(request, IntRequest.class);
            change.apply(partition(request), call.name(), connection.clientUuid(), call.value());
            answerVoid(request, connection);
        });
    }

    private static int partition(ClientMessage request) {
        return HeaderPartition.of(request, "semaphore name");
    }

    private static String name(ClientMessage request) {
        return REQUESTS.decodeAs(request, NameRequest.class).name();
    }
}
