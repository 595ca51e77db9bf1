package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.INT_SIZE;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;

/**
 * Requests of the {@code Queue.*} family (service 0x03, the 20 IQueue messages of 3.12). A queue lives in
 * the partition of its name, which the client puts in the frame header (the listener messages excepted,
 * which carry -1); the payload starts with the name. Messages that share a layout share a record:
 * {@code size}, {@code take}, {@code peek}, {@code iterator}, {@code drainTo}, {@code clear},
 * {@code remainingCapacity} and {@code isEmpty} are a {@link NameRequest}; {@code put}, {@code remove}
 * and {@code contains} a {@link ValueRequest}; the bulk messages ({@code addAll}, {@code containsAll},
 * {@code compareAndRemoveAll}, {@code compareAndRetainAll}) a {@link ValueListRequest}; {@code addListener} an
 * {@link ItemListenerRequest}; {@code removeListener} a {@link RegistrationIdRequest}.
 *
 * <p>{@link #REQUESTS} decodes and encodes them all; a handler reads its message with, e.g.,
 * {@code QueueCodec.REQUESTS.decodeAs(message, OfferRequest.class)}.
 *
 * <p>Timeouts are milliseconds, as the 3.12 client sends them: 0 does not wait, a negative one waits until
 * the operation can proceed.
 */
public final class QueueCodec {

    /** The 20 Queue requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("Queue");

    static {
        REQUESTS.register(NameRequest.class, NameRequest::read, QUEUE_SIZE, QUEUE_TAKE, QUEUE_PEEK, QUEUE_ITERATOR,
                QUEUE_DRAIN_TO, QUEUE_CLEAR, QUEUE_REMAINING_CAPACITY, QUEUE_IS_EMPTY);
        REQUESTS.register(ValueRequest.class, ValueRequest::read, QUEUE_PUT, QUEUE_REMOVE, QUEUE_CONTAINS);
        REQUESTS.register(OfferRequest.class, OfferRequest::read, QUEUE_OFFER);
        REQUESTS.register(PollRequest.class, PollRequest::read, QUEUE_POLL);
        REQUESTS.register(DrainRequest.class, DrainRequest::read, QUEUE_DRAIN_TO_MAX_SIZE);
        REQUESTS.register(ValueListRequest.class, ValueListRequest::read, QUEUE_CONTAINS_ALL,
                QUEUE_COMPARE_AND_REMOVE_ALL, QUEUE_COMPARE_AND_RETAIN_ALL, QUEUE_ADD_ALL);
        REQUESTS.register(ItemListenerRequest.class, ItemListenerRequest::read, QUEUE_ADD_LISTENER);
        REQUESTS.register(RegistrationIdRequest.class, RegistrationIdRequest::read, QUEUE_REMOVE_LISTENER);
    }

    private QueueCodec() {
    }

    /**
     * {@code offer} (0x0301): adds the item, waiting at most {@code timeoutMillis} for room in a full queue.
     *
     * <pre>
     *   | name: str | value: Data | timeoutMillis: i64 |
     * </pre>
     */
    public record OfferRequest(String name, Data value, long timeoutMillis) implements CodecRequest {

        static OfferRequest read(ParameterReader in) {
            return new OfferRequest(in.readString(), in.readData(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(value).writeLong(timeoutMillis);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(value) + LONG_SIZE;
        }
    }

    /**
     * {@code poll} (0x0305): takes the head, waiting at most {@code timeoutMillis} for an item in an empty
     * queue.
     *
     * <pre>
     *   | name: str | timeoutMillis: i64 |
     * </pre>
     */
    public record PollRequest(String name, long timeoutMillis) implements CodecRequest {

        static PollRequest read(ParameterReader in) {
            return new PollRequest(in.readString(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(timeoutMillis);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + LONG_SIZE;
        }
    }

    /**
     * {@code drainToMaxSize} (0x030a): takes at most {@code maxSize} items from the head (a negative one:
     * all of them).
     *
     * <pre>
     *   | name: str | maxSize: i32 |
     * </pre>
     */
    public record DrainRequest(String name, int maxSize) implements CodecRequest {

        static DrainRequest read(ParameterReader in) {
            return new DrainRequest(in.readString(), in.readInt());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(maxSize);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + INT_SIZE;
        }
    }
}
