package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderList;
import io.alder.client.DistributedObject;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.codec.ListCodec;
import io.alder.protocol.codec.ListCodec.AddAllWithIndexRequest;
import io.alder.protocol.codec.ListCodec.IndexRequest;
import io.alder.protocol.codec.ListCodec.IndexedValueRequest;
import io.alder.protocol.codec.ListCodec.SubRequest;
import io.alder.protocol.codec.ResponseCodec;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The client side of one distributed list: the List messages of {@link CollectionProxy}, and the index
 * messages, which the member checks (no index is checked here, as 3.12 clients check none). The read-only
 * ones are retried after a lost connection (see {@link RetryableMessages}). Thread-safe.
 */
public final class ListProxy<E> extends CollectionProxy<E> implements AsyncAlderList<E> {

    /**
     * A proxy for the list {@code name}.
     *
     * @param objects where the list is destroyed
     */
    public ListProxy(String name, ClientContext context, ObjectRegistry objects) {
        super(name, ListCodec.MESSAGES, DistributedObject.LIST_SERVICE, context, objects);
    }

    @Override
    public CompletableFuture<E> get(int index) {
        return calls.send(LIST_GET, new IndexRequest(getName(), index), calls::decodeItem);
    }

    @Override
    public CompletableFuture<E> set(int index, E item) {
        return calls.send(LIST_SET, new IndexedValueRequest(getName(), index, calls.toData(item)),
                calls::decodeItem);
    }

    @Override
    public CompletableFuture<Void> add(int index, E item) {
        return calls.send(LIST_ADD_WITH_INDEX, new IndexedValueRequest(getName(), index, calls.toData(item)),
                Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> addAll(int index, Collection<? extends E> items) {
        return calls.send(LIST_ADD_ALL_WITH_INDEX, new AddAllWithIndexRequest(getName(), index, calls.toData(items)),
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<E> remove(int index) {
        return calls.send(LIST_REMOVE_WITH_INDEX, new IndexRequest(getName(), index), calls::decodeItem);
    }

    @Override
    public CompletableFuture<Integer> indexOf(Object item) {
        return calls.withItem(LIST_INDEX_OF, item, ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<Integer> lastIndexOf(Object item) {
        return calls.withItem(LIST_LAST_INDEX_OF, item, ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<List<E>> subList(int from, int to) {
        return calls.send(LIST_SUB, new SubRequest(getName(), from, to), calls::decodeItems);
    }

    @Override
    public CompletableFuture<List<E>> toList(int fromIndex) {
        return calls.send(LIST_LIST_ITERATOR, new IndexRequest(getName(), fromIndex), calls::decodeItems);
    }

    @Override
    public String toString() {
        return "AsyncAlderList{name=" + getName() + "}";
    }
}
