package io.alder.client.internal.proxy;

import io.alder.client.ItemListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RequestFamily;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The requests of one structure of items that lives in the partition of its name (a queue, set or list):
 * each goes out through the client's invocation service with that partition in its header, as 3.12 clients
 * send them, with its items serialized on the calling thread, and its answer is decoded into items.
 * Thread-safe.
 *
 * @param <E> the item type
 */
final class ItemCalls<E> {

    private final String name;
    private final RequestFamily family;
    private final ClientContext context;

    /** @param family the codecs of the structure's requests */
    ItemCalls(String name, RequestFamily family, ClientContext context) {
        this.name = Objects.requireNonNull(name, "name");
        this.family = family;
        this.context = context;
    }

    String name() {
        return name;
    }

    /**
     * Sends a request on the partition of the structure's name.
     *
     * @param waitTime how long the member may hold it on purpose: {@link Calls#NO_WAIT}, a timeout, or null
     *     for as long as it takes
     */
    <T> CompletableFuture<T> send(MessageType type, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        ClientMessage message = family.encode(context.allocator(), type, 0, context.partitionIdOfName(name), request);
        return Calls.invoke(context.invocations(), message, waitTime, decoder);
    }

    /** Sends a request the member answers without waiting. */
    <T> CompletableFuture<T> send(MessageType type, CodecRequest request, Function<ClientMessage, T> decoder) {
        return send(type, request, Calls.NO_WAIT, decoder);
    }

    /** Sends a request of the structure's name alone. */
    <T> CompletableFuture<T> onName(MessageType type, Function<ClientMessage, T> decoder) {
        return send(type, new NameRequest(name), decoder);
    }

    /** Sends a request with one item. */
    <T> CompletableFuture<T> withItem(MessageType type, Object item, Function<ClientMessage, T> decoder) {
        return send(type, new ValueRequest(name, toData(item)), decoder);
    }

    /** Sends a request with a list of items, answered with a boolean. */
    CompletableFuture<Boolean> withItems(MessageType type, Collection<?> items) {
        return send(type, new ValueListRequest(name, toData(items)), ResponseCodec::decodeBoolean);
    }

    /** Registers an item listener with the structure's {@code add} and {@code remove} listener messages. */
    CompletableFuture<String> addItemListener(MessageType add, MessageType remove, ItemListener<E> listener,
            boolean includeValue) {
        Objects.requireNonNull(listener, "listener");
        return context.invocations().addListener(new ItemListenerProtocol(family, add, remove, name, includeValue),
                new ItemEventDispatcher<>(name, listener, context.serialization()));
    }

    CompletableFuture<Boolean> removeItemListener(String registrationId) {
        return context.invocations().removeListener(Objects.requireNonNull(registrationId, "registrationId"));
    }

    /** An item, serialized; {@link NullPointerException} for null, as 3.12 clients refuse null items. */
    Data toData(Object item) {
        return context.serialization().toData(Objects.requireNonNull(item, "item"));
    }

    /** Items, serialized in their order. */
    List<Data> toData(Collection<?> items) {
        Objects.requireNonNull(items, "items");
        List<Data> serialized = new ArrayList<>(items.size());
        items.forEach(item -> serialized.add(toData(item)));
        return serialized;
    }

    /** The item of a nullable DATA answer, or null. */
    E decodeItem(ClientMessage response) {
        Data item = ResponseCodec.decodeData(response);
        return item == null ? null : context.serialization().toObject(item);
    }

    /** The items of a LIST_DATA answer, unmodifiable. */
    List<E> decodeItems(ClientMessage response) {
        List<Data> items = ResponseCodec.decodeDataList(response);
        List<E> result = new ArrayList<>(items.size());
        items.forEach(item -> result.add(context.serialization().toObject(item)));
        return Collections.unmodifiableList(result);
    }
}
