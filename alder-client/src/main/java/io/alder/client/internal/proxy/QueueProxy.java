package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderQueue;
import io.alder.client.DistributedObject;
import io.alder.client.ItemListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.IntRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.QueueCodec;
import io.alder.protocol.codec.QueueCodec.OfferRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The client side of one distributed queue: builds each request with the Queue codecs, sends it through the
 * client's invocation service and decodes the answer. Every request carries the partition of the queue's
 * name in its header, as 3.12 clients send them. Items are serialized on the calling thread. The operations
 * that wait on the member get no deadline beyond their own timeout. Thread-safe.
 */
public final class QueueProxy<E> implements AsyncAlderQueue<E> {

    private static final String FULL = "Queue is full!";
    private static final String EMPTY = "Queue is empty!";

    private final String name;
    private final ClientContext context;
    private final ObjectRegistry objects;

    /**
     * A proxy for the queue {@code name}.
     *
     * @param objects where the queue is destroyed
     */
    public QueueProxy(String name, ClientContext context, ObjectRegistry objects) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
        this.objects = objects;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CompletableFuture<Boolean> offer(E item) {
        return offer(item, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Boolean> add(E item) {
        return offer(item).thenApply(added -> {
            if (!added) {
                throw new IllegalStateException(FULL);
            }
            return true;
        });
    }

    @Override
    public CompletableFuture<Boolean> offer(E item, long timeout, TimeUnit unit) {
        OfferRequest request = new OfferRequest(name, itemData(item), Durations.toMillis(timeout, unit));
        return send(QUEUE_OFFER, request, Durations.waitTime(timeout, unit), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> put(E item) {
        return send(QUEUE_PUT, new ValueRequest(name, itemData(item)), null, Calls::ignore);
    }

    @Override
    public CompletableFuture<E> poll() {
        return poll(0, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<E> poll(long timeout, TimeUnit unit) {
        LongRequest request = new LongRequest(name, Durations.toMillis(timeout, unit));
        return send(QUEUE_POLL, request, Durations.waitTime(timeout, unit), this::decodeItem);
    }

    @Override
    public CompletableFuture<E> take() {
        return send(QUEUE_TAKE, new NameRequest(name), null, this::decodeItem);
    }

    @Override
    public CompletableFuture<E> remove() {
        return poll().thenApply(QueueProxy::present);
    }

    @Override
    public CompletableFuture<E> peek() {
        return onName(QUEUE_PEEK, this::decodeItem);
    }

    @Override
    public CompletableFuture<E> element() {
        return peek().thenApply(QueueProxy::present);
    }

    @Override
    public CompletableFuture<Boolean> remove(Object item) {
        return send(QUEUE_REMOVE, new ValueRequest(name, itemData(item)), Calls.NO_WAIT, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> contains(Object item) {
        return send(QUEUE_CONTAINS, new ValueRequest(name, itemData(item)), Calls.NO_WAIT,
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> containsAll(Collection<?> items) {
        return bulk(QUEUE_CONTAINS_ALL, items);
    }

    @Override
    public CompletableFuture<Boolean> addAll(Collection<? extends E> items) {
        return bulk(QUEUE_ADD_ALL, items);
    }

    @Override
    public CompletableFuture<Boolean> removeAll(Collection<?> items) {
        return bulk(QUEUE_COMPARE_AND_REMOVE_ALL, items);
    }

    @Override
    public CompletableFuture<Boolean> retainAll(Collection<?> items) {
        return bulk(QUEUE_COMPARE_AND_RETAIN_ALL, items);
    }

    @Override
    public CompletableFuture<Void> clear() {
        return onName(QUEUE_CLEAR, Calls::ignore);
    }

    @Override
    public CompletableFuture<Integer> size() {
        return onName(QUEUE_SIZE, ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<Boolean> isEmpty() {
        return onName(QUEUE_IS_EMPTY, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Integer> remainingCapacity() {
        return onName(QUEUE_REMAINING_CAPACITY, ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<List<E>> toList() {
        return onName(QUEUE_ITERATOR, this::decodeItems);
    }

    @Override
    public CompletableFuture<List<E>> drain() {
        return onName(QUEUE_DRAIN_TO, this::decodeItems);
    }

    @Override
    public CompletableFuture<List<E>> drain(int maxItems) {
        return send(QUEUE_DRAIN_TO_MAX_SIZE, new IntRequest(name, maxItems), Calls.NO_WAIT, this::decodeItems);
    }

    @Override
    public CompletableFuture<String> addItemListener(ItemListener<E> listener, boolean includeValue) {
        Objects.requireNonNull(listener, "listener");
        return context.invocations().addListener(new ItemListenerProtocol(name, includeValue),
                new ItemEventDispatcher<>(name, listener, context.serialization()));
    }

    @Override
    public CompletableFuture<Boolean> removeItemListener(String registrationId) {
        return context.invocations().removeListener(Objects.requireNonNull(registrationId, "registrationId"));
    }

    @Override
    public CompletableFuture<Void> destroy() {
        return objects.destroy(DistributedObject.QUEUE_SERVICE, name);
    }

    @Override
    public String toString() {
        return "AsyncAlderQueue{name=" + name + "}";
    }

    private CompletableFuture<Boolean> bulk(MessageType type, Collection<?> items) {
        Objects.requireNonNull(items, "items");
        List<Data> serialized = new ArrayList<>(items.size());
        items.forEach(item -> serialized.add(itemData(item)));
        return send(type, new ValueListRequest(name, serialized), Calls.NO_WAIT, ResponseCodec::decodeBoolean);
    }

    private <T> CompletableFuture<T> onName(MessageType type, Function<ClientMessage, T> decoder) {
        return send(type, new NameRequest(name), Calls.NO_WAIT, decoder);
    }

    /**
     * Sends a request on the partition of the queue's name.
     *
     * @param waitTime how long the member may hold it on purpose: {@link Calls#NO_WAIT}, a timeout, or null
     *     for as long as it takes
     */
    private <T> CompletableFuture<T> send(MessageType type, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        ClientMessage message = QueueCodec.REQUESTS.encode(context.allocator(), type, 0,
                context.partitionIdOfName(name), request);
        return Calls.invoke(context.invocations(), message, waitTime, decoder);
    }

    private E decodeItem(ClientMessage response) {
        Data item = ResponseCodec.decodeData(response);
        return item == null ? null : context.serialization().toObject(item);
    }

    private List<E> decodeItems(ClientMessage response) {
        List<Data> items = ResponseCodec.decodeDataList(response);
        List<E> result = new ArrayList<>(items.size());
        items.forEach(item -> result.add(context.serialization().toObject(item)));
        return Collections.unmodifiableList(result);
    }

    private Data itemData(Object item) {
        return context.serialization().toData(Objects.requireNonNull(item, "item"));
    }

    private static <E> E present(E item) {
        if (item == null) {
            throw new NoSuchElementException(EMPTY);
        }
        return item;
    }
}
