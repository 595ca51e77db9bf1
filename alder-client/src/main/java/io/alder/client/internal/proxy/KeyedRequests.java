package io.alder.client.internal.proxy;

import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.RequestFamily;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What the proxies of the keyed structures share (multimaps and replicated maps): serializing keys and values
 * on the calling thread, sending a request of their message family to a partition, and turning the serialized
 * answers back into objects, as unmodifiable collections. Thread-safe.
 */
final class KeyedRequests {

    private final RequestFamily family;
    private final ClientContext context;

    /** @param family the codec of the structure's messages, e.g. {@code MultiMapCodec.REQUESTS} */
    KeyedRequests(RequestFamily family, ClientContext context) {
        this.family = family;
        this.context = context;
    }

    /**
     * Sends a request with {@code partitionId} in its header (-1: any member).
     *
     * @param waitTime how long the member may hold it on purpose: {@link Calls#NO_WAIT}, a timeout, or null for
     *     as long as it takes
     */
    <T> CompletableFuture<T> send(MessageType type, int partitionId, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        ClientMessage message = family.encode(context.allocator(), type, 0, partitionId, request);
        return Calls.invoke(context.invocations(), message, waitTime, decoder);
    }

    /** The partition of a serialized key. */
    int partitionOf(Data key) {
        return context.partitionId(key);
    }

    Data keyData(Object key) {
        return context.serialization().toData(Objects.requireNonNull(key, "key"));
    }

    Data valueData(Object value) {
        return context.serialization().toData(Objects.requireNonNull(value, "value"));
    }

    <T> T toObject(Data data) {
        return data == null ? null : context.serialization().toObject(data);
    }

    /** The value of a DATA answer, or null. */
    <T> T decodeObject(ClientMessage response) {
        return toObject(ResponseCodec.decodeData(response));
    }

    /** The values of a LIST_DATA answer, in order, duplicates kept. */
    <T> List<T> decodeList(ClientMessage response) {
        List<Data> values = ResponseCodec.decodeDataList(response);
        List<T> objects = new ArrayList<>(values.size());
        values.forEach(value -> objects.add(toObject(value)));
        return Collections.unmodifiableList(objects);
    }

    /** The values of a LIST_DATA answer, in order, each once. */
    <T> Set<T> decodeSet(ClientMessage response) {
        List<Data> values = ResponseCodec.decodeDataList(response);
        Set<T> objects = new LinkedHashSet<>(values.size() * 2);
        values.forEach(value -> objects.add(toObject(value)));
        return Collections.unmodifiableSet(objects);
    }

    /** The pairs of a LIST_ENTRY answer, in order, each once. */
    <K, V> Set<Map.Entry<K, V>> decodeEntrySet(ClientMessage response) {
        List<Map.Entry<Data, Data>> entries = ResponseCodec.decodeEntryList(response);
        Set<Map.Entry<K, V>> objects = new LinkedHashSet<>(entries.size() * 2);
        entries.forEach(entry -> objects.add(
                new SimpleImmutableEntry<>(toObject(entry.getKey()), toObject(entry.getValue()))));
        return Collections.unmodifiableSet(objects);
    }
}
