package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.INT_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import java.util.List;

/**
 * Requests of the {@code List.*} family (service 0x05, the 23 IList messages of 3.12). A list lives in the
 * partition of its name, which the client puts in the frame header (the listener messages excepted, which
 * carry -1); the payload starts with the name. Messages that share a layout share a record: {@code size},
 * {@code clear}, {@code getAll}, {@code isEmpty} and {@code iterator} are a {@link NameRequest};
 * {@code contains}, {@code add}, {@code remove}, {@code indexOf} and {@code lastIndexOf} a
 * {@link ValueRequest}; the bulk messages ({@code containsAll}, {@code addAll}, {@code compareAndRemoveAll},
 * {@code compareAndRetainAll}) a {@link ValueListRequest}; {@code addListener} an
 * {@link ItemListenerRequest}; {@code removeListener} a {@link RegistrationIdRequest}; {@code get},
 * {@code removeWithIndex} and {@code listIterator} an {@link IndexRequest}; {@code set} and
 * {@code addWithIndex} an {@link IndexedValueRequest}; {@code addAllWithIndex} an
 * {@link AddAllWithIndexRequest}; {@code sub} a {@link SubRequest}.
 *
 * <p>{@link #REQUESTS} decodes and encodes them all; a handler reads its message with, e.g.,
 * {@code ListCodec.REQUESTS.decodeAs(message, IndexRequest.class)}.
 */
public final class ListCodec {

    /** The 23 List requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("List");

    static {
        REQUESTS.register(NameRequest.class, NameRequest::read, LIST_SIZE, LIST_CLEAR, LIST_GET_ALL, LIST_IS_EMPTY,
                LIST_ITERATOR);
        REQUESTS.register(ValueRequest.class, ValueRequest::read, LIST_CONTAINS, LIST_ADD, LIST_REMOVE,
                LIST_INDEX_OF, LIST_LAST_INDEX_OF);
        REQUESTS.register(ValueListRequest.class, ValueListRequest::read, LIST_CONTAINS_ALL, LIST_ADD_ALL,
                LIST_COMPARE_AND_REMOVE_ALL, LIST_COMPARE_AND_RETAIN_ALL);
        REQUESTS.register(ItemListenerRequest.class, ItemListenerRequest::read, LIST_ADD_LISTENER);
        REQUESTS.register(RegistrationIdRequest.class, RegistrationIdRequest::read, LIST_REMOVE_LISTENER);
        REQUESTS.register(IndexRequest.class, IndexRequest::read, LIST_GET, LIST_REMOVE_WITH_INDEX,
                LIST_LIST_ITERATOR);
        REQUESTS.register(IndexedValueRequest.class, IndexedValueRequest::read, LIST_SET, LIST_ADD_WITH_INDEX);
        REQUESTS.register(AddAllWithIndexRequest.class, AddAllWithIndexRequest::read, LIST_ADD_ALL_WITH_INDEX);
        REQUESTS.register(SubRequest.class, SubRequest::read, LIST_SUB);
    }

    /** The List message of each operation sets and lists share. */
    public static final CollectionMessages MESSAGES = new CollectionMessages(REQUESTS, LIST_SIZE, LIST_CONTAINS,
            LIST_CONTAINS_ALL, LIST_ADD, LIST_REMOVE, LIST_ADD_ALL, LIST_COMPARE_AND_REMOVE_ALL,
            LIST_COMPARE_AND_RETAIN_ALL, LIST_CLEAR, LIST_GET_ALL, LIST_ADD_LISTENER, LIST_REMOVE_LISTENER,
            LIST_IS_EMPTY);

    private ListCodec() {
    }

    /**
     * {@code get} (0x050f), {@code removeWithIndex} (0x0512) and {@code listIterator} (0x0517): the item at
     * {@code index}, or for {@code listIterator} the items from it on (-1: all of them).
     *
     * <pre>
     *   | name: str | index: i32 |
     * </pre>
     */
    public record IndexRequest(String name, int index) implements CodecRequest {

        static IndexRequest read(ParameterReader in) {
            return new IndexRequest(in.readString(), in.readInt());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(index);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + INT_SIZE;
        }
    }

    /**
     * {@code set} (0x0510) and {@code addWithIndex} (0x0511): puts {@code value} at {@code index}.
     *
     * <pre>
     *   | name: str | index: i32 | value: Data |
     * </pre>
     */
    public record IndexedValueRequest(String name, int index, Data value) implements CodecRequest {

        static IndexedValueRequest read(ParameterReader in) {
            return new IndexedValueRequest(in.readString(), in.readInt(), in.readData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(index).writeData(value);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + INT_SIZE + sizeOf(value);
        }
    }

    /**
     * {@code addAllWithIndex} (0x050e): inserts {@code values} at {@code index}, in their order.
     *
     * <pre>
     *   | name: str | index: i32 | count: i32 | value: Data * count |
     * </pre>
     */
    public record AddAllWithIndexRequest(String name, int index, List<Data> values) implements CodecRequest {

        public AddAllWithIndexRequest {
            values = List.copyOf(values);
        }

        static AddAllWithIndexRequest read(ParameterReader in) {
            return new AddAllWithIndexRequest(in.readString(), in.readInt(), in.readDataList());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(index).writeDataList(values);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + INT_SIZE + sizeOf(values);
        }
    }

    /**
     * {@code sub} (0x0515): the items from {@code from} (inclusive) to {@code to} (exclusive); -1 for both
     * means every item, and {@code to} -1 alone every item from {@code from} on.
     *
     * <pre>
     *   | name: str | from: i32 | to: i32 |
     * </pre>
     */
    public record SubRequest(String name, int from, int to) implements CodecRequest {

        static SubRequest read(ParameterReader in) {
            return new SubRequest(in.readString(), in.readInt(), in.readInt());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(from).writeInt(to);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + 2 * INT_SIZE;
        }
    }
}
