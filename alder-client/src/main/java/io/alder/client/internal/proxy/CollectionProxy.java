package io.alder.client.internal.proxy;

import io.alder.client.AsyncAlderCollection;
import io.alder.client.ItemListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.codec.CollectionMessages;
import io.alder.protocol.codec.ResponseCodec;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The client side of what distributed sets and lists share: builds each request with the family's codecs,
 * sends it on the partition of the collection's name and decodes the answer. Thread-safe.
 *
 * @param <E> the item type
 */
abstract sealed class CollectionProxy<E> implements AsyncAlderCollection<E> permits SetProxy, ListProxy {

    final ItemCalls<E> calls;
    private final CollectionMessages messages;
    private final String serviceName;
    private final ObjectRegistry objects;

    /**
     * @param messages the family's message types
     * @param serviceName the service of the family's objects, e.g. {@code hz:impl:setService}
     * @param objects where the collection is destroyed
     */
    CollectionProxy(String name, CollectionMessages messages, String serviceName, ClientContext context,
            ObjectRegistry objects) {
        this.calls = new ItemCalls<>(name, messages.requests(), context);
        this.messages = messages;
        this.serviceName = serviceName;
        this.objects = objects;
    }

    @Override
    public final String getName() {
        return calls.name();
    }

    @Override
    public final CompletableFuture<Boolean> add(E item) {
        return calls.withItem(messages.add(), item, ResponseCodec::decodeBoolean);
    }

    @Override
    public final CompletableFuture<Boolean> addAll(Collection<? extends E> items) {
        return calls.withItems(messages.addAll(), items);
    }

    @Override
    public final CompletableFuture<Boolean> remove(Object item) {
        return calls.withItem(messages.remove(), item, ResponseCodec::decodeBoolean);
    }

    @Override
    public final CompletableFuture<Boolean> removeAll(Collection<?> items) {
        return calls.withItems(messages.compareAndRemoveAll(), items);
    }

    @Override
    public final CompletableFuture<Boolean> retainAll(Collection<?> items) {
        return calls.withItems(messages.compareAndRetainAll(), items);
    }

    @Override
    public final CompletableFuture<Void> clear() {
        return calls.onName(messages.clear(), Calls::ignore);
    }

    @Override
    public final CompletableFuture<Boolean> contains(Object item) {
        return calls.withItem(messages.contains(), item, ResponseCodec::decodeBoolean);
    }

    @Override
    public final CompletableFuture<Boolean> containsAll(Collection<?> items) {
        return calls.withItems(messages.containsAll(), items);
    }

    @Override
    public final CompletableFuture<Integer> size() {
        return calls.onName(messages.size(), ResponseCodec::decodeInt);
    }

    @Override
    public final CompletableFuture<Boolean> isEmpty() {
        return calls.onName(messages.isEmpty(), ResponseCodec::decodeBoolean);
    }

    @Override
    public final CompletableFuture<List<E>> toList() {
        return calls.onName(messages.getAll(), calls::decodeItems);
    }

    @Override
    public final CompletableFuture<String> addItemListener(ItemListener<E> listener, boolean includeValue) {
        return calls.addItemListener(messages.addListener(), messages.removeListener(), listener, includeValue);
    }

    @Override
    public final CompletableFuture<Boolean> removeItemListener(String registrationId) {
        return calls.removeItemListener(registrationId);
    }

    @Override
    public final CompletableFuture<Void> destroy() {
        return objects.destroy(serviceName, getName());
    }
}
