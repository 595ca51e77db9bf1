package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * Requests of the {@code AtomicLong.*} family (service 0x0A, the 13 IAtomicLong messages of 3.12). Every
 * one is bound to the partition of the counter's name, which the client puts in the frame header; the
 * payload starts with the name. The four function messages ({@code apply}, {@code alter},
 * {@code alterAndGet}, {@code getAndAlter}) carry a serialized {@code IFunction} as a {@link ValueRequest};
 * the reads and the increments carry the name alone, the writes and additions one long
 * ({@link LongRequest}).
 */
public final class AtomicLongCodec {

    /** The 13 AtomicLong requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("AtomicLong");

    static {
        REQUESTS.register(ValueRequest.class, ValueRequest::read, ATOMIC_LONG_APPLY, ATOMIC_LONG_ALTER,
                ATOMIC_LONG_ALTER_AND_GET, ATOMIC_LONG_GET_AND_ALTER);
        REQUESTS.register(NameRequest.class, NameRequest::read, ATOMIC_LONG_GET, ATOMIC_LONG_INCREMENT_AND_GET,
                ATOMIC_LONG_DECREMENT_AND_GET, ATOMIC_LONG_GET_AND_INCREMENT);
        REQUESTS.register(LongRequest.class, LongRequest::read, ATOMIC_LONG_ADD_AND_GET, ATOMIC_LONG_GET_AND_ADD,
                ATOMIC_LONG_SET, ATOMIC_LONG_GET_AND_SET);
        REQUESTS.register(CompareAndSetRequest.class, CompareAndSetRequest::read, ATOMIC_LONG_COMPARE_AND_SET);
    }

    private AtomicLongCodec() {
    }

    /**
     * {@code compareAndSet} (0x0A06): sets {@code updated} if the value is {@code expected}.
     *
     * <pre>
     *   | name: str | expected: i64 | updated: i64 |
     * </pre>
     */
    public record CompareAndSetRequest(String name, long expected, long updated) implements CodecRequest {

        static CompareAndSetRequest read(ParameterReader in) {
            return new CompareAndSetRequest(in.readString(), in.readLong(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(expected).writeLong(updated);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + 2 * LONG_SIZE;
        }
    }
}
