package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.server.clientprotocol.HandlerHarness.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.queue.QueueService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.QueueCodec;
import io.alder.protocol.codec.QueueCodec.DrainRequest;
import io.alder.protocol.codec.ItemListenerRequest;
import io.alder.protocol.codec.QueueCodec.OfferRequest;
import io.alder.protocol.codec.QueueCodec.PollRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Queue frames in, Queue frames out: every handler against a real engine, without sockets. */
class QueueRequestsTest {

    private static final String QUEUE = "jobs";
    private static final int PQ = Partitions.partitionIdOfName(QUEUE, 271);
    private static final Data A = Strings.toData("a");
    private static final Data B = Strings.toData("b");

    private final HandlerHarness harness = new HandlerHarness(QueueCodec.REQUESTS);
    private final RecordingConnection alice = harness.alice();
    private final RecordingConnection bob = harness.bob();

    QueueRequestsTest() {
        new QueueRequests(harness.engine().queues()).registerAll(harness.dispatcher());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyQueueMessageHasAHandler() {
        assertThat(QueueCodec.REQUESTS.types()).hasSize(20).allMatch(harness.dispatcher()::serves);
    }

    @Test
    void offersAndPollsAnswerAs312() {
        assertThat(decoded(call(alice, QUEUE_OFFER, new OfferRequest(QUEUE, A, 0)), ResponseCodec::decodeBoolean))
                .isTrue();
        assertThat(decoded(call(alice, QUEUE_PUT, new ValueRequest(QUEUE, B)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
        assertThat(decoded(call(bob, QUEUE_SIZE, new NameRequest(QUEUE)), ResponseCodec::decodeInt)).isEqualTo(2);
        assertThat(decoded(call(bob, QUEUE_PEEK, new NameRequest(QUEUE)), ResponseCodec::decodeData)).isEqualTo(A);
        assertThat(decoded(call(bob, QUEUE_POLL, new PollRequest(QUEUE, 0)), ResponseCodec::decodeData)).isEqualTo(A);
        assertThat(decoded(call(bob, QUEUE_TAKE, new NameRequest(QUEUE)), ResponseCodec::decodeData)).isEqualTo(B);
        assertThat(decoded(call(bob, QUEUE_POLL, new PollRequest(QUEUE, 0)), ResponseCodec::decodeData)).isNull();
        assertThat(decoded(call(bob, QUEUE_IS_EMPTY, new NameRequest(QUEUE)), ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(bob, QUEUE_REMAINING_CAPACITY, new NameRequest(QUEUE)), ResponseCodec::decodeInt))
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void bulkMessagesAndViews() {
        assertThat(decoded(call(alice, QUEUE_ADD_ALL, new ValueListRequest(QUEUE, List.of(A, B, A))),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(alice, QUEUE_CONTAINS, new ValueRequest(QUEUE, B)), ResponseCodec::decodeBoolean))
                .isTrue();
        assertThat(decoded(call(alice, QUEUE_CONTAINS_ALL, new ValueListRequest(QUEUE, List.of(A, B))),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(alice, QUEUE_ITERATOR, new NameRequest(QUEUE)), ResponseCodec::decodeDataList))
                .containsExactly(A, B, A);
        assertThat(decoded(call(alice, QUEUE_COMPARE_AND_RETAIN_ALL, new ValueListRequest(QUEUE, List.of(A))),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(alice, QUEUE_COMPARE_AND_REMOVE_ALL, new ValueListRequest(QUEUE, List.of(B))),
                ResponseCodec::decodeBoolean)).isFalse();
        assertThat(decoded(call(alice, QUEUE_REMOVE, new ValueRequest(QUEUE, A)), ResponseCodec::decodeBoolean))
                .isTrue();
        assertThat(decoded(call(alice, QUEUE_ADD_ALL, new ValueListRequest(QUEUE, List.of(B, B, B))),
                ResponseCodec::decodeBoolean)).isTrue();
        assertThat(decoded(call(alice, QUEUE_DRAIN_TO_MAX_SIZE, new DrainRequest(QUEUE, 2)),
                ResponseCodec::decodeDataList)).containsExactly(A, B);
        assertThat(decoded(call(alice, QUEUE_DRAIN_TO, new NameRequest(QUEUE)), ResponseCodec::decodeDataList))
                .containsExactly(B, B);
        call(alice, QUEUE_ADD_ALL, new ValueListRequest(QUEUE, List.of(A))).release();
        assertThat(decoded(call(alice, QUEUE_CLEAR, new NameRequest(QUEUE)), ClientMessage::type))
                .isEqualTo(MessageType.VOID.id());
        assertThat(decoded(call(alice, QUEUE_SIZE, new NameRequest(QUEUE)), ResponseCodec::decodeInt)).isZero();
    }

    @Test
    void aTakeIsAnsweredWhenAnotherClientOffers() {
        long takeId = harness.send(bob, QUEUE_TAKE, PQ, new NameRequest(QUEUE));
        assertThat(bob.pendingFrames()).isZero();

        call(alice, QUEUE_OFFER, new OfferRequest(QUEUE, A, 0)).release();

        ClientMessage answer = bob.poll();
        assertThat(answer.correlationId()).isEqualTo(takeId);
        assertThat(decoded(answer, ResponseCodec::decodeData)).isEqualTo(A);
    }

    @Test
    void aPollWithATimeoutIsAnsweredNullOnTheScheduler() {
        harness.send(bob, QUEUE_POLL, PQ, new PollRequest(QUEUE, 50));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> bob.pendingFrames() == 1);
        assertThat(decoded(bob.poll(), ResponseCodec::decodeData)).isNull();
    }

    @Test
    void listenersHearItemEventsUntilRemoved() {
        long registrationCall = harness.send(bob, QUEUE_ADD_LISTENER, -1, new ItemListenerRequest(QUEUE, true, true));
        String registrationId = decoded(bob.poll(), ResponseCodec::decodeString);

        call(alice, QUEUE_OFFER, new OfferRequest(QUEUE, A, 0)).release();
        call(alice, QUEUE_POLL, new PollRequest(QUEUE, 0)).release();

        ClientMessage added = bob.poll();
        assertThat(added.correlationId()).isEqualTo(registrationCall);
        assertThat(added.partitionId()).isEqualTo(PQ);
        assertThat(decoded(added, EventCodec::decodeItem)).isEqualTo(new EventCodec.ItemEvent(A,
                harness.engine().memberUuid(), EventCodec.ITEM_ADDED));
        assertThat(decoded(bob.poll(), EventCodec::decodeItem).eventType()).isEqualTo(EventCodec.ITEM_REMOVED);

        assertThat(decoded(harness.call(bob, QUEUE_REMOVE_LISTENER, -1,
                new RegistrationIdRequest(QUEUE, registrationId)), ResponseCodec::decodeBoolean)).isTrue();
        call(alice, QUEUE_OFFER, new OfferRequest(QUEUE, B, 0)).release();
        assertThat(bob.pendingFrames()).isZero();
    }

    @Test
    void listenersWithoutValuesHearNoItem() {
        harness.send(bob, QUEUE_ADD_LISTENER, -1, new ItemListenerRequest(QUEUE, false, true));
        bob.poll().release();

        call(alice, QUEUE_OFFER, new OfferRequest(QUEUE, A, 0)).release();

        assertThat(decoded(bob.poll(), EventCodec::decodeItem).item()).isNull();
    }

    @Test
    void destroyingTheQueueFailsItsWaitersAsDestroyed() {
        harness.send(bob, QUEUE_TAKE, PQ, new NameRequest(QUEUE));

        harness.engine().distributedObjects().destroy(QueueService.SERVICE_NAME, QUEUE);

        ErrorCodec.Error error = decoded(bob.poll(), ErrorCodec::decode);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.DISTRIBUTED_OBJECT_DESTROYED.code());
    }

    @Test
    void aQueueMessageWithoutHeaderPartitionIsRefused() {
        long correlationId = harness.send(alice, QUEUE_OFFER, -1, new OfferRequest(QUEUE, A, 0));

        ClientMessage answer = alice.poll();
        assertThat(answer.correlationId()).isEqualTo(correlationId);
        ErrorCodec.Error error = decoded(answer, ErrorCodec::decode);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT.code());
        assertThat(error.message()).contains("QueueOffer").contains("partition id in the frame header");
    }

    /** Sends a request on the queue's partition that must be answered at once, and returns the answer. */
    private ClientMessage call(RecordingConnection connection, MessageType type, CodecRequest request) {
        return harness.call(connection, type, PQ, request);
    }
}
