package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.BOOLEAN_SIZE;
import static io.alder.protocol.MessageWriter.INT_SIZE;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import java.util.List;

/**
 * Requests of the {@code Ringbuffer.*} family (service 0x19, the 9 Ringbuffer messages of 3.12). Every one
 * is bound to the partition of the ringbuffer's name, which the client puts in the frame header; the
 * payload starts with the name. {@code size}, {@code tailSequence}, {@code headSequence}, {@code capacity}
 * and {@code remainingCapacity} are a {@link NameRequest} each and are answered with a LONG (103);
 * {@code readOne} is a {@link LongRequest} with the sequence to read, and waits while that sequence is the
 * next one to be added; {@code readMany} is answered with a READ_RESULT_SET (115, {@link MapResponseCodec#encodeReadResultSet}).
 *
 * <p>{@link #REQUESTS} decodes and encodes them all, e.g.
 * {@code RingbufferCodec.REQUESTS.decodeAs(message, ReadManyRequest.class)}.
 */
public final class RingbufferCodec {

    /** The 9 Ringbuffer requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("Ringbuffer");

    static {
        REQUESTS.register(NameRequest.class, NameRequest::read, RINGBUFFER_SIZE, RINGBUFFER_TAIL_SEQUENCE,
                RINGBUFFER_HEAD_SEQUENCE, RINGBUFFER_CAPACITY, RINGBUFFER_REMAINING_CAPACITY);
        REQUESTS.register(AddRequest.class, AddRequest::read, RINGBUFFER_ADD);
        REQUESTS.register(LongRequest.class, LongRequest::read, RINGBUFFER_READ_ONE);
        REQUESTS.register(AddAllRequest.class, AddAllRequest::read, RINGBUFFER_ADD_ALL);
        REQUESTS.register(ReadManyRequest.class, ReadManyRequest::read, RINGBUFFER_READ_MANY);
    }

    private RingbufferCodec() {
    }

    /**
     * {@code add} (0x1906): appends one item; answered with its sequence, or -1 when the FAIL policy
     * found no room.
     *
     * <pre>
     *   | name: str | overflowPolicy: i32 | value: Data |
     * </pre>
     *
     * @param overflowPolicy 0 OVERWRITE (the oldest item makes room), 1 FAIL
     */
    public record AddRequest(String name, int overflowPolicy, Data value) implements CodecRequest {

        static AddRequest read(ParameterReader in) {
            return new AddRequest(in.readString(), in.readInt(), in.readData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(overflowPolicy).writeData(value);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + INT_SIZE + sizeOf(value);
        }
    }

    /**
     * {@code addAll} (0x1909): appends the items in order; answered with the sequence of the last one,
     * or -1 when the FAIL policy found no room for all of them.
     *
     * <pre>
     *   | name: str | count: i32 | value: Data * count | overflowPolicy: i32 |
     * </pre>
     */
    public record AddAllRequest(String name, List<Data> values, int overflowPolicy) implements CodecRequest {

        public AddAllRequest {
            values = List.copyOf(values);
        }

        static AddAllRequest read(ParameterReader in) {
            return new AddAllRequest(in.readString(), in.readDataList(), in.readInt());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeDataList(values).writeInt(overflowPolicy);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(values) + INT_SIZE;
        }
    }

    /**
     * {@code readMany} (0x190a): up to {@code maxCount} items from {@code startSequence} on, waiting until
     * at least {@code minCount} are there.
     *
     * <pre>
     *   | name: str | startSequence: i64 | minCount: i32 | maxCount: i32 | filter: Data? |
     * </pre>
     *
     * @param filter a serialized server-side {@code IFunction} that selects items, or null; 3.12 clients
     *     without a filter send either null or the serialized null object (type 0)
     */
    public record ReadManyRequest(String name, long startSequence, int minCount, int maxCount, Data filter)
            implements CodecRequest {

        /** The serializer type id of the serialized null object. */
        private static final int NULL_TYPE = 0;

        /** Whether a filter was sent: neither null nor the serialized null object. */
        public boolean hasFilter() {
            return filter != null && filter.type() != NULL_TYPE;
        }

        static ReadManyRequest read(ParameterReader in) {
            return new ReadManyRequest(in.readString(), in.readLong(), in.readInt(), in.readInt(),
                    in.readNullableData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(startSequence).writeInt(minCount).writeInt(maxCount)
                    .writeNullableData(filter);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + LONG_SIZE + 2 * INT_SIZE + BOOLEAN_SIZE + sizeOf(filter);
        }
    }
}
