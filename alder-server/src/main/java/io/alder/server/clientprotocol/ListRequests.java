package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.ListCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;

import io.alder.member.collection.ListService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.ListCodec;
import io.alder.protocol.codec.ListCodec.AddAllWithIndexRequest;
import io.alder.protocol.codec.ListCodec.IndexRequest;
import io.alder.protocol.codec.ListCodec.IndexedValueRequest;
import io.alder.protocol.codec.ListCodec.SubRequest;
import io.alder.protocol.codec.ResponseCodec;

/**
 * The {@code List.*} family: one handler for each of the 23 IList messages of 3.12, serving them from the
 * engine's {@link ListService}. Every message but the listener ones runs on the partition in its request
 * header, which 3.12 clients fill with the partition of the list's name; a header without one (-1) is
 * refused with an {@link IllegalArgumentException}. An index out of range is answered with the error a 3.12
 * member sends: {@link IndexOutOfBoundsException} (or {@link IllegalArgumentException} for a range that
 * ends before it starts) and its message. Item listener registrations live as long as the connection (or
 * until removed).
 */
public final class ListRequests {

    /** What {@code listIterator} leaves open: the end of the range, which runs to the end of the list. */
    private static final int TO_THE_END = -1;

    private final ListService lists;
    private final NameBoundHandlers handlers = new NameBoundHandlers(REQUESTS, "list name");

    public ListRequests(ListService lists) {
        this.lists = lists;
    }

    /** Registers a handler for every List message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        new CollectionRequests(ListCodec.MESSAGES, lists, handlers).registerAll(dispatcher);
        handlers.byName(dispatcher, LIST_ITERATOR, ResponseCodec::encodeDataList, lists::getAll);
        handlers.byValue(dispatcher, LIST_INDEX_OF, ResponseCodec::encodeInt, lists::indexOf);
        handlers.byValue(dispatcher, LIST_LAST_INDEX_OF, ResponseCodec::encodeInt, lists::lastIndexOf);
        byIndex(dispatcher, LIST_GET, ResponseCodec::encodeData, lists::get);
        byIndex(dispatcher, LIST_REMOVE_WITH_INDEX, ResponseCodec::encodeData, lists::remove);
        byIndex(dispatcher, LIST_LIST_ITERATOR, ResponseCodec::encodeDataList,
                (partitionId, name, index) -> lists.sub(partitionId, name, index, TO_THE_END));
        dispatcher.register(LIST_SET, this::set)
                .register(LIST_ADD_WITH_INDEX, this::addWithIndex)
                .register(LIST_ADD_ALL_WITH_INDEX, this::addAllWithIndex)
                .register(LIST_SUB, this::sub);
    }

    /** What a request with an index answers. */
    @FunctionalInterface
    private interface IndexOperation<T> {
        T apply(int partitionId, String name, int index);
    }

    private <T> void byIndex(RequestDispatcher dispatcher, MessageType type, ResponseEncoder<T> encoder,
            IndexOperation<T> operation) {
        dispatcher.register(type, (request, connection) -> {
            IndexRequest indexed = REQUESTS.decodeAs(request, IndexRequest.class);
            answer(request, connection, encoder,
                    operation.apply(handlers.partition(request), indexed.name(), indexed.index()));
        });
    }

    private void set(ClientMessage request, ClientConnection connection) {
        IndexedValueRequest set = REQUESTS.decodeAs(request, IndexedValueRequest.class);
        answer(request, connection, ResponseCodec::encodeData,
                lists.set(handlers.partition(request), set.name(), set.index(), set.value()));
    }

    private void addWithIndex(ClientMessage request, ClientConnection connection) {
        IndexedValueRequest add = REQUESTS.decodeAs(request, IndexedValueRequest.class);
        lists.add(handlers.partition(request), add.name(), add.index(), add.value());
        answerVoid(request, connection);
    }

    private void addAllWithIndex(ClientMessage request, ClientConnection connection) {
        AddAllWithIndexRequest add = REQUESTS.decodeAs(request, AddAllWithIndexRequest.class);
        answer(request, connection, ResponseCodec::encodeBoolean,
                lists.addAll(handlers.partition(request), add.name(), add.index(), add.values()));
    }

    private void sub(ClientMessage request, ClientConnection connection) {
        SubRequest sub = REQUESTS.decodeAs(request, SubRequest.class);
        answer(request, connection, ResponseCodec::encodeDataList,
                lists.sub(handlers.partition(request), sub.name(), sub.from(), sub.to()));
    }
}
