package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.INT_SIZE;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * Requests of the {@code Semaphore.*} family (service 0x0D, the 8 ISemaphore messages of 3.12). Every one
 * is bound to the partition of the semaphore's name, which the client puts in the frame header; the payload
 * starts with the name. The calls that take a number of permits are {@link IntRequest}s, except
 * {@code tryAcquire}, which also carries its timeout.
 */
public final class SemaphoreCodec {

    /** The 8 Semaphore requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("Semaphore");

    static {
        REQUESTS.register(IntRequest.class, IntRequest::read, SEMAPHORE_INIT, SEMAPHORE_ACQUIRE, SEMAPHORE_RELEASE,
                SEMAPHORE_REDUCE_PERMITS, SEMAPHORE_INCREASE_PERMITS);
        REQUESTS.register(NameRequest.class, NameRequest::read, SEMAPHORE_AVAILABLE_PERMITS, SEMAPHORE_DRAIN_PERMITS);
        REQUESTS.register(TryAcquireRequest.class, TryAcquireRequest::read, SEMAPHORE_TRY_ACQUIRE);
    }

    private SemaphoreCodec() {
    }

    /**
     * {@code tryAcquire} (0x0D07): waits at most {@code timeout} ms (0: not at all, negative: forever) for
     * {@code permits} permits.
     *
     * <pre>
     *   | name: str | permits: i32 | timeout: i64 |
     * </pre>
     */
    public record TryAcquireRequest(String name, int permits, long timeout) implements CodecRequest {

        static TryAcquireRequest read(ParameterReader in) {
            return new TryAcquireRequest(in.readString(), in.readInt(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(permits).writeLong(timeout);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + INT_SIZE + LONG_SIZE;
        }
    }
}
