package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.BOOLEAN_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;

/**
 * Requests of the {@code AtomicReference.*} family (service 0x0B, the 12 IAtomicReference messages of
 * 3.12; there is no 0x0B07). Every one is bound to the partition of the reference's name, which the client
 * puts in the frame header; the payload starts with the name. The four function messages carry a serialized
 * {@code IFunction} as a {@link ValueRequest}; values are nullable ({@code Data?}): null is a value an
 * atomic reference may hold.
 */
public final class AtomicReferenceCodec {

    /** The 12 AtomicReference requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("AtomicReference");

    static {
        REQUESTS.register(ValueRequest.class, ValueRequest::read, ATOMIC_REFERENCE_APPLY, ATOMIC_REFERENCE_ALTER,
                ATOMIC_REFERENCE_ALTER_AND_GET, ATOMIC_REFERENCE_GET_AND_ALTER);
        REQUESTS.register(NameRequest.class, NameRequest::read, ATOMIC_REFERENCE_GET, ATOMIC_REFERENCE_CLEAR,
                ATOMIC_REFERENCE_IS_NULL);
        REQUESTS.register(ReferenceRequest.class, ReferenceRequest::read, ATOMIC_REFERENCE_CONTAINS,
                ATOMIC_REFERENCE_SET, ATOMIC_REFERENCE_GET_AND_SET, ATOMIC_REFERENCE_SET_AND_GET);
        REQUESTS.register(CompareAndSetRequest.class, CompareAndSetRequest::read, ATOMIC_REFERENCE_COMPARE_AND_SET);
    }

    private AtomicReferenceCodec() {
    }

    /**
     * {@code contains} (the expected value), {@code set}, {@code getAndSet} and {@code setAndGet} (the new
     * value).
     *
     * <pre>
     *   | name: str | value: Data? |
     * </pre>
     *
     * @param value null for the null reference
     */
    public record ReferenceRequest(String name, Data value) implements CodecRequest {

        static ReferenceRequest read(ParameterReader in) {
            return new ReferenceRequest(in.readString(), in.readNullableData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeNullableData(value);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + BOOLEAN_SIZE + sizeOf(value);
        }
    }

    /**
     * {@code compareAndSet} (0x0B06): sets {@code updated} if the value's serialized form is
     * {@code expected}'s.
     *
     * <pre>
     *   | name: str | expected: Data? | updated: Data? |
     * </pre>
     */
    public record CompareAndSetRequest(String name, Data expected, Data updated) implements CodecRequest {

        static CompareAndSetRequest read(ParameterReader in) {
            return new CompareAndSetRequest(in.readString(), in.readNullableData(), in.readNullableData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeNullableData(expected).writeNullableData(updated);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + 2 * BOOLEAN_SIZE + sizeOf(expected) + sizeOf(updated);
        }
    }
}
