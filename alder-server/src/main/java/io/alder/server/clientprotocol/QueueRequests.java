package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.QueueCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.later;

import io.alder.member.queue.QueueService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.QueueCodec.DrainRequest;
import io.alder.protocol.codec.QueueCodec.OfferRequest;
import io.alder.protocol.codec.QueueCodec.PollRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueRequest;

/**
 * The {@code Queue.*} family: one handler for each of the 20 IQueue messages of 3.12, serving them from the
 * engine's {@link QueueService}.
 *
 * <p>Every message but the listener ones runs on the partition in its request header, which 3.12 clients
 * fill with the partition of the queue's name, as on a 3.12 member; a header without one (-1) is refused
 * with an {@link IllegalArgumentException}. {@code offer} with a timeout, {@code put}, {@code poll} with a
 * timeout and {@code take} are answered when the engine completes them: they wait in the engine, not on
 * this thread. They belong to the connection's client, and are dropped as soon as its connection closes,
 * as in 3.12. Item listener registrations live as long as the connection
 * (or until removed); their events carry the registration's correlation id and the queue's partition.
 */
public final class QueueRequests {

    /** What {@code put} and {@code take} wait: as long as it takes. */
    private static final long WAIT_FOREVER = -1;
    /** What {@code drainTo} without a maximum drains: everything. */
    private static final int DRAIN_ALL = -1;
    /** Queue messages carry no thread id; their operations run as thread 0 of the client. */
    private static final long NO_THREAD = 0;

    private final QueueService queues;
    private final NameBoundHandlers handlers = new NameBoundHandlers(REQUESTS, "queue name");

    public QueueRequests(QueueService queues) {
        this.queues = queues;
    }

    /** Registers a handler for every Queue message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        dispatcher.register(QUEUE_OFFER, this::offer)
                .register(QUEUE_PUT, this::put)
                .register(QUEUE_POLL, this::poll)
                .register(QUEUE_TAKE, this::take)
                .register(QUEUE_DRAIN_TO_MAX_SIZE, this::drainToMaxSize);
        new ItemListenerHandlers(REQUESTS, queues).registerAll(dispatcher, QUEUE_ADD_LISTENER, QUEUE_REMOVE_LISTENER);
        handlers.byName(dispatcher, QUEUE_CLEAR, ResponseCodec::encodeVoid, (partitionId, name) -> {
            queues.clear(partitionId, name);
            return null;
        });
        handlers.byName(dispatcher, QUEUE_PEEK, ResponseCodec::encodeData, queues::peek);
        handlers.byName(dispatcher, QUEUE_SIZE, ResponseCodec::encodeInt, queues::size);
        handlers.byName(dispatcher, QUEUE_IS_EMPTY, ResponseCodec::encodeBoolean, queues::isEmpty);
        handlers.byName(dispatcher, QUEUE_REMAINING_CAPACITY, ResponseCodec::encodeInt, queues::remainingCapacity);
        handlers.byName(dispatcher, QUEUE_ITERATOR, ResponseCodec::encodeDataList, queues::snapshot);
        handlers.byName(dispatcher, QUEUE_DRAIN_TO, ResponseCodec::encodeDataList,
                (partitionId, name) -> queues.drain(partitionId, name, DRAIN_ALL));
        handlers.byValue(dispatcher, QUEUE_REMOVE, ResponseCodec::encodeBoolean, queues::remove);
        handlers.byValue(dispatcher, QUEUE_CONTAINS, ResponseCodec::encodeBoolean, queues::contains);
        handlers.byValues(dispatcher, QUEUE_ADD_ALL, queues::addAll);
        handlers.byValues(dispatcher, QUEUE_CONTAINS_ALL, queues::containsAll);
        handlers.byValues(dispatcher, QUEUE_COMPARE_AND_REMOVE_ALL, queues::removeAll);
        handlers.byValues(dispatcher, QUEUE_COMPARE_AND_RETAIN_ALL, queues::retainAll);
    }

    private void offer(ClientMessage request, ClientConnection connection) {
        OfferRequest offer = REQUESTS.decodeAs(request, OfferRequest.class);
        queues.offer(handlers.partition(request), offer.name(), offer.value(), offer.timeoutMillis(),
                connection.caller(NO_THREAD), later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void put(ClientMessage request, ClientConnection connection) {
        ValueRequest put = REQUESTS.decodeAs(request, ValueRequest.class);
        queues.offer(handlers.partition(request), put.name(), put.value(), WAIT_FOREVER, connection.caller(NO_THREAD),
                later(request, connection, ResponseCodec::encodeVoid));
    }

    private void poll(ClientMessage request, ClientConnection connection) {
        PollRequest poll = REQUESTS.decodeAs(request, PollRequest.class);
        queues.poll(handlers.partition(request), poll.name(), poll.timeoutMillis(), connection.caller(NO_THREAD),
                later(request, connection, ResponseCodec::encodeData));
    }

    private void take(ClientMessage request, ClientConnection connection) {
        queues.poll(handlers.partition(request), handlers.name(request), WAIT_FOREVER, connection.caller(NO_THREAD),
                later(request, connection, ResponseCodec::encodeData));
    }

    private void drainToMaxSize(ClientMessage request, ClientConnection connection) {
        DrainRequest drain = REQUESTS.decodeAs(request, DrainRequest.class);
        answer(request, connection, ResponseCodec::encodeDataList,
                queues.drain(handlers.partition(request), drain.name(), drain.maxSize()));
    }
}
