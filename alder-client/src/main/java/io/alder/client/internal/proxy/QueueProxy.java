package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderQueue;
import io.alder.client.DistributedObject;
import io.alder.client.ItemListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.QueueCodec;
import io.alder.protocol.codec.QueueCodec.DrainRequest;
import io.alder.protocol.codec.QueueCodec.OfferRequest;
import io.alder.protocol.codec.QueueCodec.PollRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueRequest;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The client side of one distributed queue: builds each request with the Queue codecs, sends it through the
 * client's invocation service and decodes the answer. Every request carries the partition of the queue's
 * name in its header, as 3.12 clients send them. Items are serialized on the calling thread. The operations
 * that wait on the member get no deadline beyond their own timeout. Thread-safe.
 */
public final class QueueProxy<E> implements AsyncAlderQueue<E> {

    private static final String FULL = "Queue is full!";
    private static final String EMPTY = "Queue is empty!";

    private final ItemCalls<E> calls;
    private final ObjectRegistry objects;

    /**
     * A proxy for the queue {@code name}.
     *
     * @param objects where the queue is destroyed
     */
    public QueueProxy(String name, ClientContext context, ObjectRegistry objects) {
        this.calls = new ItemCalls<>(name, QueueCodec.REQUESTS, context);
        this.objects = objects;
    }

    @Override
    public String getName() {
        return calls.name();
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
        OfferRequest request = new OfferRequest(getName(), calls.toData(item), Durations.toMillis(timeout, unit));
        return calls.send(QUEUE_OFFER, request, Durations.waitTime(timeout, unit), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> put(E item) {
        return calls.send(QUEUE_PUT, new ValueRequest(getName(), calls.toData(item)), null, Calls::ignore);
    }

    @Override
    public CompletableFuture<E> poll() {
        return poll(0, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<E> poll(long timeout, TimeUnit unit) {
        PollRequest request = new PollRequest(getName(), Durations.toMillis(timeout, unit));
        return calls.send(QUEUE_POLL, request, Durations.waitTime(timeout, unit), calls::decodeItem);
    }

    @Override
    public CompletableFuture<E> take() {
        return calls.send(QUEUE_TAKE, new NameRequest(getName()), null, calls::decodeItem);
    }

    @Override
    public CompletableFuture<E> remove() {
        return poll().thenApply(QueueProxy::present);
    }

    @Override
    public CompletableFuture<E> peek() {
        return calls.onName(QUEUE_PEEK, calls::decodeItem);
    }

    @Override
    public CompletableFuture<E> element() {
        return peek().thenApply(QueueProxy::present);
    }

    @Override
    public CompletableFuture<Boolean> remove(Object item) {
        return calls.withItem(QUEUE_REMOVE, item, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> contains(Object item) {
        return calls.withItem(QUEUE_CONTAINS, item, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> containsAll(Collection<?> items) {
        return calls.withItems(QUEUE_CONTAINS_ALL, items);
    }

    @Override
    public CompletableFuture<Boolean> addAll(Collection<? extends E> items) {
        return calls.withItems(QUEUE_ADD_ALL, items);
    }

    @Override
    public CompletableFuture<Boolean> removeAll(Collection<?> items) {
        return calls.withItems(QUEUE_COMPARE_AND_REMOVE_ALL, items);
    }

    @Override
    public CompletableFuture<Boolean> retainAll(Collection<?> items) {
        return calls.withItems(QUEUE_COMPARE_AND_RETAIN_ALL, items);
    }

    @Override
    public CompletableFuture<Void> clear() {
        return calls.onName(QUEUE_CLEAR, Calls::ignore);
    }

    @Override
    public CompletableFuture<Integer> size() {
        return calls.onName(QUEUE_SIZE, ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<Boolean> isEmpty() {
        return calls.onName(QUEUE_IS_EMPTY, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Integer> remainingCapacity() {
        return calls.onName(QUEUE_REMAINING_CAPACITY, ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<List<E>> toList() {
        return calls.onName(QUEUE_ITERATOR, calls::decodeItems);
    }

    @Override
    public CompletableFuture<List<E>> drain() {
        return calls.onName(QUEUE_DRAIN_TO, calls::decodeItems);
    }

    @Override
    public CompletableFuture<List<E>> drain(int maxItems) {
        return calls.send(QUEUE_DRAIN_TO_MAX_SIZE, new DrainRequest(getName(), maxItems), calls::decodeItems);
    }

    @Override
    public CompletableFuture<String> addItemListener(ItemListener<E> listener, boolean includeValue) {
        return calls.addItemListener(QUEUE_ADD_LISTENER, QUEUE_REMOVE_LISTENER, listener, includeValue);
    }

    @Override
    public CompletableFuture<Boolean> removeItemListener(String registrationId) {
        return calls.removeItemListener(registrationId);
    }

    @Override
    public CompletableFuture<Void> destroy() {
        return objects.destroy(DistributedObject.QUEUE_SERVICE, getName());
    }

    @Override
    public String toString() {
        return "AsyncAlderQueue{name=" + getName() + "}";
    }

    private static <E> E present(E item) {
        if (item == null) {
            throw new NoSuchElementException(EMPTY);
        }
        return item;
    }
}
