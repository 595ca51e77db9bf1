package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.CountDownLatchCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;
import static io.alder.server.clientprotocol.Answers.later;

import io.alder.member.latch.CountDownLatchService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;

/**
 * The {@code CountDownLatch.*} family: one handler for each of the 4 ICountDownLatch messages of 3.12,
 * serving them from the engine's {@link CountDownLatchService}.
 *
 * <p>Every message runs on the partition in its request header, which 3.12 clients fill with the partition
 * of the latch's name; a header without one (-1) is refused with an {@link IllegalArgumentException}. An
 * {@code await} on a latch above 0 is answered when the engine completes it: true once the count reaches 0,
 * false when its timeout passes first.
 */
public final class CountDownLatchRequests {

    private final CountDownLatchService latches;

    public CountDownLatchRequests(CountDownLatchService latches) {
        this.latches = latches;
    }

    /** Registers a handler for every CountDownLatch message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        dispatcher.register(COUNT_DOWN_LATCH_GET_COUNT, (request, connection) -> answer(request, connection,
                        ResponseCodec::encodeInt, latches.getCount(partition(request), name(request))))
                .register(COUNT_DOWN_LATCH_COUNT_DOWN, (request, connection) -> {
                    latches.countDown(partition(request), name(request));
                    answerVoid(request, connection);
                })
                .register(COUNT_DOWN_LATCH_TRY_SET_COUNT, (request, connection) -> {
                    IntRequest set = REQUESTS.decodeAs(request, IntRequest.class);
                    answer(request, connection, ResponseCodec::encodeBoolean,
                            latches.trySetCount(partition(request), set.name(), set.value()));
                })
                .register(COUNT_DOWN_LATCH_AWAIT, (request, connection) -> {
                    LongRequest await = REQUESTS.decodeAs(request, LongRequest.class);
                    latches.await(partition(request), await.name(), connection.clientUuid(), await.value(),
                            later(request, connection, ResponseCodec::encodeBoolean));
                });
    }

    private static int partition(ClientMessage request) {
        return HeaderPartition.of(request, "latch name");
    }

    private static String name(ClientMessage request) {
        return REQUESTS.decodeAs(request, NameRequest.class).name();
    }
}
