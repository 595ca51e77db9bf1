package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.QueueCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;
import static io.alder.server.clientprotocol.Answers.later;

import io.alder.member.queue.QueueItemEvent;
import io.alder.member.queue.QueueService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.QueueCodec.ItemListenerRequest;
import io.alder.protocol.codec.QueueCodec.OfferRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.util.List;

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

    public QueueRequests(QueueService queues) {
        this.queues = queues;
    }

    /** Registers a handler for every Queue message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        dispatcher.register(QUEUE_OFFER, this::offer)
                .register(QUEUE_PUT, this::put)
                .register(QUEUE_POLL, this::poll)
                .register(QUEUE_TAKE, this::take)
                .register(QUEUE_DRAIN_TO_MAX_SIZE, this::drainToMaxSize)
                .register(QUEUE_CLEAR, (request, connection) -> {
                    queues.clear(namePartition(request), name(request));
                    answerVoid(request, connection);
                })
                .register(QUEUE_ADD_LISTENER, this::addListener)
                .register(QUEUE_REMOVE_LISTENER, QueueRequests::removeListener);
        byName(dispatcher, QUEUE_PEEK, ResponseCodec::encodeData, queues::peek);
        byName(dispatcher, QUEUE_SIZE, ResponseCodec::encodeInt, queues::size);
        byName(dispatcher, QUEUE_IS_EMPTY, ResponseCodec::encodeBoolean, queues::isEmpty);
        byName(dispatcher, QUEUE_REMAINING_CAPACITY, ResponseCodec::encodeInt, queues::remainingCapacity);
        byName(dispatcher, QUEUE_ITERATOR, ResponseCodec::encodeDataList, queues::snapshot);
        byName(dispatcher, QUEUE_DRAIN_TO, ResponseCodec::encodeDataList,
                (partitionId, name) -> queues.drain(partitionId, name, DRAIN_ALL));
        byValue(dispatcher, QUEUE_REMOVE, queues::remove);
        byValue(dispatcher, QUEUE_CONTAINS, queues::contains);
        byItems(dispatcher, QUEUE_ADD_ALL, queues::addAll);
        byItems(dispatcher, QUEUE_CONTAINS_ALL, queues::containsAll);
        byItems(dispatcher, QUEUE_COMPARE_AND_REMOVE_ALL, queues::removeAll);
        byItems(dispatcher, QUEUE_COMPARE_AND_RETAIN_ALL, queues::retainAll);
    }

    /** What a request of a queue's name alone answers, given the queue's partition and name. */
    @FunctionalInterface
    private interface NameOperation<T> {
        T apply(int partitionId, String name);
    }

    /** What a request with one item answers. */
    @FunctionalInterface
    private interface ValueOperation {
        boolean apply(int partitionId, String name, Data item);
    }

    /** What a request with a list of items answers. */
    @FunctionalInterface
    private interface ItemsOperation {
        boolean apply(int partitionId, String name, List<Data> items);
    }

    private static <T> void byName(RequestDispatcher dispatcher, MessageType type, ResponseEncoder<T> encoder,
            NameOperation<T> operation) {
        dispatcher.register(type, (request, connection) ->
                answer(request, connection, encoder, operation.apply(namePartition(request), name(request))));
    }

    private static void byValue(RequestDispatcher dispatcher, MessageType type, ValueOperation operation) {
        dispatcher.register(type, (request, connection) -> {
            ValueRequest value = REQUESTS.decodeAs(request, ValueRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean,
                    operation.apply(namePartition(request), value.name(), value.value()));
        });
    }

    private static void byItems(RequestDispatcher dispatcher, MessageType type, ItemsOperation operation) {
        dispatcher.register(type, (request, connection) -> {
            ValueListRequest items = REQUESTS.decodeAs(request, ValueListRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean,
                    operation.apply(namePartition(request), items.name(), items.values()));
        });
    }

    private void offer(ClientMessage request, ClientConnection connection) {
        OfferRequest offer = REQUESTS.decodeAs(request, OfferRequest.class);
        queues.offer(namePartition(request), offer.name(), offer.value(), offer.timeoutMillis(),
                connection.caller(NO_THREAD), later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void put(ClientMessage request, ClientConnection connection) {
        ValueRequest put = REQUESTS.decodeAs(request, ValueRequest.class);
        queues.offer(namePartition(request), put.name(), put.value(), WAIT_FOREVER, connection.caller(NO_THREAD),
                later(request, connection, ResponseCodec::encodeVoid));
    }

    private void poll(ClientMessage request, ClientConnection connection) {
        LongRequest poll = REQUESTS.decodeAs(request, LongRequest.class);
        queues.poll(namePartition(request), poll.name(), poll.value(), connection.caller(NO_THREAD),
                later(request, connection, ResponseCodec::encodeData));
    }

    private void take(ClientMessage request, ClientConnection connection) {
        queues.poll(namePartition(request), name(request), WAIT_FOREVER, connection.caller(NO_THREAD),
                later(request, connection, ResponseCodec::encodeData));
    }

    private void drainToMaxSize(ClientMessage request, ClientConnection connection) {
        IntRequest drain = REQUESTS.decodeAs(request, IntRequest.class);
        answer(request, connection, ResponseCodec::encodeDataList,
                queues.drain(namePartition(request), drain.name(), drain.value()));
    }

    /** A single member holds every queue, so {@code localOnly} changes nothing. */
    private void addListener(ClientMessage request, ClientConnection connection) {
        ItemListenerRequest listen = REQUESTS.decodeAs(request, ItemListenerRequest.class);
        long correlationId = request.correlationId();
        String registrationId = queues.addItemListener(listen.name(), listen.includeValue(),
                event -> connection.send(EventCodec.encodeItem(connection.allocator(), correlationId,
                        event.partitionId(), toWire(event))));
        connection.addRegistration(registrationId, () -> queues.removeItemListener(listen.name(), registrationId));
        answer(request, connection, ResponseCodec::encodeString, registrationId);
    }

    private static EventCodec.ItemEvent toWire(QueueItemEvent event) {
        return new EventCodec.ItemEvent(event.item(), event.memberUuid(), event.type().code());
    }

    private static void removeListener(ClientMessage request, ClientConnection connection) {
        String registrationId = REQUESTS.decodeAs(request, RegistrationIdRequest.class).registrationId();
        answer(request, connection, ResponseCodec::encodeBoolean, connection.removeRegistration(registrationId));
    }

    /** The partition a Queue request runs on: the one in its header, which must name one. */
    private static int namePartition(ClientMessage request) {
        return HeaderPartition.of(request, "queue name");
    }

    private static String name(ClientMessage request) {
        return REQUESTS.decodeAs(request, NameRequest.class).name();
    }
}
