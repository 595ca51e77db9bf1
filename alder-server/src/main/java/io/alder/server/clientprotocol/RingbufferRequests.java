package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.RingbufferCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.later;

import io.alder.member.UnsupportedFeatureException;
import io.alder.member.ringbuffer.OverflowPolicy;
import io.alder.member.ringbuffer.ReadResult;
import io.alder.member.ringbuffer.RingbufferService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.MapResponseCodec.ReadResultSet;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.RingbufferCodec.AddAllRequest;
import io.alder.protocol.codec.RingbufferCodec.AddRequest;
import io.alder.protocol.codec.RingbufferCodec.ReadManyRequest;
import java.util.function.BiFunction;

/**
 * The {@code Ringbuffer.*} family: one handler for each of the 9 Ringbuffer messages of 3.12, serving them
 * from the engine's {@link RingbufferService}.
 *
 * <p>Every message runs on the partition in its request header, which 3.12 clients fill with the
 * partition of the ringbuffer's name; a header without one (-1) is refused with an
 * {@link IllegalArgumentException}. A {@code readOne} or {@code readMany} that must wait for items is
 * answered when an add brings them; its wait belongs to the connection's client. A read of a sequence
 * older than the head is answered with 3.12's {@code StaleSequenceException} (54), one past the next
 * sequence with an {@link IllegalArgumentException}.
 *
 * <p>A {@code readMany} with a filter is refused with error 65: the filter is an {@code IFunction} that would
 * run on the member, and an Alder member never runs client code. 3.12 clients that send no filter send
 * null or the serialized null object, and are served.
 */
public final class RingbufferRequests {

    /** Reads carry no thread id: a waiting read belongs to its client as a whole. */
    private static final long NO_THREAD = 0;
    /**
     * A 3.12.13 member never fills in a read result's next sequence and sends 0; clients go on at the start
     * plus the read count.
     */
    private static final long NEXT_SEQUENCE_AS_312 = 0;
    private static final ResponseEncoder<ReadResult> READ_RESULT_SET = (allocator, correlationId, result) ->
            MapResponseCodec.encodeReadResultSet(allocator, correlationId, new ReadResultSet(result.readCount(),
                    result.items(), result.itemSequences(), NEXT_SEQUENCE_AS_312));

    private final RingbufferService ringbuffers;

    public RingbufferRequests(RingbufferService ringbuffers) {
        this.ringbuffers = ringbuffers;
    }

    /** Registers a handler for every Ringbuffer message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        registerQuery(dispatcher, RINGBUFFER_SIZE, ringbuffers::size);
        registerQuery(dispatcher, RINGBUFFER_TAIL_SEQUENCE, ringbuffers::tailSequence);
        registerQuery(dispatcher, RINGBUFFER_HEAD_SEQUENCE, ringbuffers::headSequence);
        registerQuery(dispatcher, RINGBUFFER_CAPACITY, ringbuffers::capacity);
        registerQuery(dispatcher, RINGBUFFER_REMAINING_CAPACITY, ringbuffers::remainingCapacity);
        dispatcher.register(RINGBUFFER_ADD, this::add)
                .register(RINGBUFFER_ADD_ALL, this::addAll)
                .register(RINGBUFFER_READ_ONE, this::readOne)
                .register(RINGBUFFER_READ_MANY, this::readMany);
    }

    /** A message that asks one number of a ringbuffer: the partition and the name in, a LONG out. */
    private static void registerQuery(RequestDispatcher dispatcher, MessageType type,
            BiFunction<Integer, String, Long> query) {
        dispatcher.register(type, (request, connection) -> {
            String name = REQUESTS.decodeAs(request, NameRequest.class).name();
            answer(request, connection, ResponseCodec::encodeLong, query.apply(namePartition(request), name));
        });
    }

    private void add(ClientMessage request, ClientConnection connection) {
        AddRequest add = REQUESTS.decodeAs(request, AddRequest.class);
        answer(request, connection, ResponseCodec::encodeLong, ringbuffers.add(namePartition(request), add.name(),
                add.value(), OverflowPolicy.of(add.overflowPolicy())));
    }

    private void addAll(ClientMessage request, ClientConnection connection) {
        AddAllRequest add = REQUESTS.decodeAs(request, AddAllRequest.class);
        answer(request, connection, ResponseCodec::encodeLong, ringbuffers.addAll(namePartition(request), add.name(),
                add.values(), OverflowPolicy.of(add.overflowPolicy())));
    }

    private void readOne(ClientMessage request, ClientConnection connection) {
        LongRequest read = REQUESTS.decodeAs(request, LongRequest.class);
        ringbuffers.readOne(namePartition(request), read.name(), read.value(), connection.caller(NO_THREAD),
                later(request, connection, ResponseCodec::encodeData));
    }

    private void readMany(ClientMessage request, ClientConnection connection) {
        ReadManyRequest read = REQUESTS.decodeAs(request, ReadManyRequest.class);
        if (read.hasFilter()) {
            throw new UnsupportedFeatureException("Ringbuffer.readMany with a filter is not supported: the filter "
                    + "is an IFunction that would run on the member, and an Alder member never runs client code; "
                    + "read without a filter and filter on the client");
        }
        ringbuffers.readMany(namePartition(request), read.name(), read.startSequence(), read.minCount(),
                read.maxCount(), connection.caller(NO_THREAD), later(request, connection, READ_RESULT_SET));
    }

    private static int namePartition(ClientMessage request) {
        return HeaderPartition.of(request, "ringbuffer name");
    }
}
