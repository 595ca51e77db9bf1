package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.AtomicLongCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;

import io.alder.member.UnsupportedFeatureException;
import io.alder.member.atomic.AtomicLongService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.AtomicLongCodec.CompareAndSetRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;

/**
 * The {@code AtomicLong.*} family: a handler for each of the 9 IAtomicLong messages of 3.12 that work on
 * the value, served from the engine's {@link AtomicLongService}; the 4 that run a client's function on the
 * member ({@code apply}, {@code alter}, {@code alterAndGet}, {@code getAndAlter}) are refused with error 65,
 * since an Alder member runs no user code.
 *
 * <p>Every message runs on the partition in its request header, which 3.12 clients fill with the partition
 * of the counter's name; a header without one (-1) is refused with an {@link IllegalArgumentException}.
 * Nothing waits: every request is answered at once.
 */
public final class AtomicLongRequests {

    private final AtomicLongService counters;

    public AtomicLongRequests(AtomicLongService counters) {
        this.counters = counters;
    }

    /** A call that reads or changes the counter and answers a value of it. */
    @FunctionalInterface
    private interface CounterCall {
        long apply(int partitionId, String name);
    }

    /** A call with a long argument (a delta or a new value) that answers a value of the counter. */
    @FunctionalInterface
    private interface CounterUpdate {
        long apply(int partitionId, String name, long argument);
    }

    /** Registers a handler for every AtomicLong message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        onName(dispatcher, ATOMIC_LONG_GET, counters::get);
        onName(dispatcher, ATOMIC_LONG_INCREMENT_AND_GET, (partition, name) -> counters.addAndGet(partition, name, 1));
        onName(dispatcher, ATOMIC_LONG_DECREMENT_AND_GET, (partition, name) -> counters.addAndGet(partition, name, -1));
        onName(dispatcher, ATOMIC_LONG_GET_AND_INCREMENT, (partition, name) -> counters.getAndAdd(partition, name, 1));
        withLong(dispatcher, ATOMIC_LONG_ADD_AND_GET, counters::addAndGet);
        withLong(dispatcher, ATOMIC_LONG_GET_AND_ADD, counters::getAndAdd);
        withLong(dispatcher, ATOMIC_LONG_GET_AND_SET, counters::getAndSet);
        dispatcher.register(ATOMIC_LONG_SET, (request, connection) -> {
            LongRequest set = REQUESTS.decodeAs(request, LongRequest.class);
            counters.set(partition(request), set.name(), set.value());
            answerVoid(request, connection);
        }).register(ATOMIC_LONG_COMPARE_AND_SET, (request, connection) -> {
            CompareAndSetRequest cas = REQUESTS.decodeAs(request, CompareAndSetRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean,
                    counters.compareAndSet(partition(request), cas.name(), cas.expected(), cas.updated()));
        }).refuse(() -> new UnsupportedFeatureException("IAtomicLong functions (apply, alter, alterAndGet, "
                + "getAndAlter) are not supported by Alder: they run a client's IFunction on the member, and an "
                + "Alder member runs no user code"), ATOMIC_LONG_APPLY, ATOMIC_LONG_ALTER, ATOMIC_LONG_ALTER_AND_GET,
                ATOMIC_LONG_GET_AND_ALTER);
    }

    private static void onName(RequestDispatcher dispatcher, MessageType type, CounterCall call) {
        dispatcher.register(type, (request, connection) -> answerLong(request, connection,
                call.apply(partition(request), REQUESTS.decodeAs(request, NameRequest.class).name())));
    }

    private static void withLong(RequestDispatcher dispatcher, MessageType type, CounterUpdate update) {
        dispatcher.register(type, (request, connection) -> {
            LongRequest call = REQUESTS.decodeAs(request, LongRequest.class);
            answerLong(request, connection, update.apply(partition(request), call.name(), call.value()));
        });
    }

    private static void answerLong(ClientMessage request, ClientConnection connection, long value) {
        answer(request, connection, ResponseCodec::encodeLong, value);
    }

    private static int partition(ClientMessage request) {
        return HeaderPartition.of(request, "counter name");
    }
}
