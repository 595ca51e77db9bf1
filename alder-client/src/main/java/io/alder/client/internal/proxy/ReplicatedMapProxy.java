package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderReplicatedMap;
import io.alder.client.DistributedObject;
import io.alder.client.EntryListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ReplicatedMapCodec;
import io.alder.protocol.codec.ReplicatedMapCodec.EntryListenerRequest;
import io.alder.protocol.codec.ReplicatedMapCodec.PutRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The client side of one replicated map: builds each request with the ReplicatedMap codecs, sends it through
 * the client's invocation service and decodes the answer. It routes as 3.12 clients do: requests on one key to
 * the key's partition, the whole-map reads to one partition of the map (the partition of its name, as the
 * Node.js client picks it; any member holds every entry), {@code putAll} and {@code clear} to any member.
 * Thread-safe.
 */
public final class ReplicatedMapProxy<K, V> implements AsyncAlderReplicatedMap<K, V> {

    /** What {@code put} without a time to live sends: keep the entry forever. */
    private static final long FOREVER = 0;

    private final String name;
    private final ClientContext context;
    private final KeyedRequests requests;
    private final ObjectRegistry objects;

    /**
     * A proxy for the replicated map {@code name}.
     *
     * @param objects where the map is destroyed
     */
    public ReplicatedMapProxy(String name, ClientContext context, ObjectRegistry objects) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
        this.requests = new KeyedRequests(ReplicatedMapCodec.REQUESTS, context);
        this.objects = objects;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CompletableFuture<V> put(K key, V value) {
        return put(key, value, FOREVER, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<V> put(K key, V value, long ttl, TimeUnit ttlUnit) {
        Data keyData = requests.keyData(key);
        PutRequest request = new PutRequest(name, keyData, requests.valueData(value), Durations.toMillis(ttl, ttlUnit));
        return requests.send(REPLICATED_MAP_PUT, requests.partitionOf(keyData), request, Calls.NO_WAIT,
                requests::decodeObject);
    }

    @Override
    public CompletableFuture<V> get(Object key) {
        return onKey(REPLICATED_MAP_GET, key, requests::decodeObject);
    }

    @Override
    public CompletableFuture<V> remove(Object key) {
        return onKey(REPLICATED_MAP_REMOVE, key, requests::decodeObject);
    }

    @Override
    public CompletableFuture<Void> putAll(Map<? extends K, ? extends V> entries) {
        Objects.requireNonNull(entries, "entries");
        List<Map.Entry<Data, Data>> serialized = new ArrayList<>(entries.size());
        entries.forEach((key, value) -> serialized.add(Map.entry(requests.keyData(key), requests.valueData(value))));
        return requests.send(REPLICATED_MAP_PUT_ALL, -1, new PutAllRequest(name, serialized), Calls.NO_WAIT,
                Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> containsKey(Object key) {
        return onKey(REPLICATED_MAP_CONTAINS_KEY, key, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> containsValue(Object value) {
        return onMap(REPLICATED_MAP_CONTAINS_VALUE, new ValueRequest(name, requests.valueData(value)),
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Integer> size() {
        return onMap(REPLICATED_MAP_SIZE, new NameRequest(name), ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<Boolean> isEmpty() {
        return onMap(REPLICATED_MAP_IS_EMPTY, new NameRequest(name), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> clear() {
        return requests.send(REPLICATED_MAP_CLEAR, -1, new NameRequest(name), Calls.NO_WAIT, Calls::ignore);
    }

    @Override
    public CompletableFuture<Set<K>> keySet() {
        return onMap(REPLICATED_MAP_KEY_SET, new NameRequest(name), requests::decodeSet);
    }

    @Override
    public CompletableFuture<Collection<V>> values() {
        return onMap(REPLICATED_MAP_VALUES, new NameRequest(name), requests::decodeList);
    }

    @Override
    public CompletableFuture<Collection<V>> values(Comparator<V> comparator) {
        Objects.requireNonNull(comparator, "comparator");
        return values().thenApply(values -> {
            List<V> sorted = new ArrayList<>(values);
            sorted.sort(comparator);
            return Collections.unmodifiableList(sorted);
        });
    }

    @Override
    public CompletableFuture<Set<Map.Entry<K, V>>> entrySet() {
        return onMap(REPLICATED_MAP_ENTRY_SET, new NameRequest(name), requests::decodeEntrySet);
    }

    @Override
    public CompletableFuture<String> addEntryListener(EntryListener<K, V> listener) {
        return addListener(listener, null);
    }

    @Override
    public CompletableFuture<String> addEntryListener(EntryListener<K, V> listener, K key) {
        return addListener(listener, requests.keyData(key));
    }

    @Override
    public CompletableFuture<Boolean> removeEntryListener(String registrationId) {
        return context.invocations().removeListener(Objects.requireNonNull(registrationId, "registrationId"));
    }

    @Override
    public CompletableFuture<Void> destroy() {
        return objects.destroy(DistributedObject.REPLICATED_MAP_SERVICE, name);
    }

    @Override
    public String toString() {
        return "AsyncAlderReplicatedMap{name=" + name + "}";
    }

    private CompletableFuture<String> addListener(EntryListener<K, V> listener, Data key) {
        Objects.requireNonNull(listener, "listener");
        MessageType type = key == null ? REPLICATED_MAP_ADD_ENTRY_LISTENER : REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY;
        FamilyListenerProtocol protocol = new FamilyListenerProtocol(ReplicatedMapCodec.REQUESTS, name, type,
                localOnly -> new EntryListenerRequest(name, key, null, localOnly),
                REPLICATED_MAP_REMOVE_ENTRY_LISTENER);
        return context.invocations().addListener(protocol,
                new EntryEventDispatcher<>(name, listener, context.serialization()));
    }

    /** A request on one key, sent to the key's partition. */
    private <T> CompletableFuture<T> onKey(MessageType type, Object key, Function<ClientMessage, T> decoder) {
        Data keyData = requests.keyData(key);
        return requests.send(type, requests.partitionOf(keyData), new IsLockedRequest(name, keyData), Calls.NO_WAIT,
                decoder);
    }

    /** A whole-map read, sent to the partition of the map's name. */
    private <T> CompletableFuture<T> onMap(MessageType type, CodecRequest request, Function<ClientMessage, T> decoder) {
        return requests.send(type, context.partitionIdOfName(name), request, Calls.NO_WAIT, decoder);
    }
}
