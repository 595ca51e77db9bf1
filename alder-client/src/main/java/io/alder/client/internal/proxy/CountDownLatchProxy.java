package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderCountDownLatch;
import io.alder.client.DistributedObject;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.codec.CountDownLatchCodec;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.ResponseCodec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The client side of one distributed count-down latch: builds each request with the CountDownLatch codec and
 * sends it to the partition of the latch's name. An {@code await} is held by the member, so its deadline is
 * its timeout plus the invocation timeout. Thread-safe.
 */
public final class CountDownLatchProxy extends NameRoutedProxy implements AsyncAlderCountDownLatch {

    /**
     * A proxy for the latch {@code name}.
     *
     * @param objects where the latch is destroyed
     */
    public CountDownLatchProxy(String name, ClientContext context, ObjectRegistry objects) {
        super(name, DistributedObject.COUNT_DOWN_LATCH_SERVICE, CountDownLatchCodec.REQUESTS, context, objects);
    }

    @Override
    public CompletableFuture<Boolean> await(long timeout, TimeUnit unit) {
        LongRequest request = new LongRequest(getName(), Durations.toMillis(timeout, unit));
        return send(COUNT_DOWN_LATCH_AWAIT, request, Durations.waitTime(timeout, unit), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> countDown() {
        return send(COUNT_DOWN_LATCH_COUNT_DOWN, nameOnly(), Calls::ignore);
    }

    @Override
    public CompletableFuture<Integer> getCount() {
        return send(COUNT_DOWN_LATCH_GET_COUNT, nameOnly(), ResponseCodec::decodeInt);
    }

    /** As 3.12's client, refuses a negative count before sending anything. */
    @Override
    public CompletableFuture<Boolean> trySetCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count can't be negative");
        }
        return send(COUNT_DOWN_LATCH_TRY_SET_COUNT, new IntRequest(getName(), count), ResponseCodec::decodeBoolean);
    }
}
