package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;

/**
 * Requests of the {@code CountDownLatch.*} family (service 0x0C, the 4 ICountDownLatch messages of 3.12).
 * Every one is bound to the partition of the latch's name, which the client puts in the frame header; the
 * payload starts with the name. {@code await} carries its timeout in milliseconds as a {@link LongRequest},
 * {@code trySetCount} its count as an {@link IntRequest}.
 */
public final class CountDownLatchCodec {

    /** The 4 CountDownLatch requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("CountDownLatch");

    static {
        REQUESTS.register(LongRequest.class, LongRequest::read, COUNT_DOWN_LATCH_AWAIT);
        REQUESTS.register(NameRequest.class, NameRequest::read, COUNT_DOWN_LATCH_COUNT_DOWN,
                COUNT_DOWN_LATCH_GET_COUNT);
        REQUESTS.register(IntRequest.class, IntRequest::read, COUNT_DOWN_LATCH_TRY_SET_COUNT);
    }

    private CountDownLatchCodec() {
    }
}
