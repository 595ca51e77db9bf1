package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderMap;
import io.alder.client.DistributedObject;
import io.alder.client.EntryView;
import io.alder.client.MapListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.codec.MapCodec.ForceUnlockRequest;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapCodec.KeyValueRequest;
import io.alder.protocol.codec.MapCodec.LockRequest;
import io.alder.protocol.codec.MapCodec.PutRequest;
import io.alder.protocol.codec.MapCodec.PutWithMaxIdleRequest;
import io.alder.protocol.codec.MapCodec.ReplaceIfSameRequest;
import io.alder.protocol.codec.MapCodec.SetTtlRequest;
import io.alder.protocol.codec.MapCodec.TryLockRequest;
import io.alder.protocol.codec.MapCodec.TryPutRequest;
import io.alder.protocol.codec.MapCodec.TryRemoveRequest;
import io.alder.protocol.codec.MapCodec.UnlockRequest;
import io.alder.protocol.codec.MapQueryCodec.LoadAllRequest;
import io.alder.protocol.codec.MapQueryCodec.LoadGivenKeysRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The client side of one distributed map: builds each request with the Map codecs, sends it through the
 * client's invocation service and decodes the answer. Keys and values are serialized on the calling
 * thread, and every request that takes a thread id carries the calling thread's, which makes that thread
 * the owner of the key locks it takes. Key-bound requests carry the key's partition in their header,
 * map-wide ones -1. Thread-safe.
 */
public final class MapProxy<K, V> implements AsyncAlderMap<K, V> {

    /** What {@code tryLock} without a lease sends: hold the lock until it is unlocked. */
    private static final long NO_LEASE = Long.MAX_VALUE;

    private final String name;
    private final ClientContext context;
    private final LockReferenceIds referenceIds;
    private final ObjectRegistry objects;

    /**
     * A proxy for the map {@code name}.
     *
     * @param referenceIds the client's source of lock reference ids
     * @param objects where the map is destroyed
     */
    public MapProxy(String name, ClientContext context, LockReferenceIds referenceIds, ObjectRegistry objects) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
        this.referenceIds = referenceIds;
        this.objects = objects;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CompletableFuture<V> get(K key) {
        Data keyData = keyData(key);
        return onKey(MAP_GET, keyData, new KeyRequest(name, keyData, threadId()), this::decodeValue);
    }

    @Override
    public CompletableFuture<V> put(K key, V value) {
        return store(MAP_PUT, key, value, Durations.UNSET, this::decodeValue);
    }

    @Override
    public CompletableFuture<V> put(K key, V value, long ttl, TimeUnit ttlUnit) {
        return store(MAP_PUT, key, value, Durations.toMillis(ttl, ttlUnit), this::decodeValue);
    }

    @Override
    public CompletableFuture<V> put(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit) {
        return store(MAP_PUT_WITH_MAX_IDLE, key, value, Durations.toMillis(ttl, ttlUnit),
                Durations.toMillis(maxIdle, maxIdleUnit), this::decodeValue);
    }

    @Override
    public CompletableFuture<Void> set(K key, V value) {
        return store(MAP_SET, key, value, Durations.UNSET, Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> set(K key, V value, long ttl, TimeUnit ttlUnit) {
        return store(MAP_SET, key, value, Durations.toMillis(ttl, ttlUnit), Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> set(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle,
            TimeUnit maxIdleUnit) {
        return store(MAP_SET_WITH_MAX_IDLE, key, value, Durations.toMillis(ttl, ttlUnit),
                Durations.toMillis(maxIdle, maxIdleUnit), Calls::ignore);
    }

    @Override
    public CompletableFuture<V> putIfAbsent(K key, V value) {
        return store(MAP_PUT_IF_ABSENT, key, value, Durations.UNSET, this::decodeValue);
    }

    @Override
    public CompletableFuture<V> putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit) {
        return store(MAP_PUT_IF_ABSENT, key, value, Durations.toMillis(ttl, ttlUnit), this::decodeValue);
    }

    @Override
    public CompletableFuture<V> putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle,
            TimeUnit maxIdleUnit) {
        return store(MAP_PUT_IF_ABSENT_WITH_MAX_IDLE, key, value, Durations.toMillis(ttl, ttlUnit),
                Durations.toMillis(maxIdle, maxIdleUnit), this::decodeValue);
    }

    @Override
    public CompletableFuture<Void> putTransient(K key, V value, long ttl, TimeUnit ttlUnit) {
        return store(MAP_PUT_TRANSIENT, key, value, Durations.toMillis(ttl, ttlUnit), Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> putTransient(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle,
            TimeUnit maxIdleUnit) {
        return store(MAP_PUT_TRANSIENT_WITH_MAX_IDLE, key, value, Durations.toMillis(ttl, ttlUnit),
                Durations.toMillis(maxIdle, maxIdleUnit), Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> tryPut(K key, V value, long timeout, TimeUnit timeoutUnit) {
        Data keyData = keyData(key);
        TryPutRequest request = new TryPutRequest(name, keyData, valueData(value), threadId(),
                Durations.toMillis(timeout, timeoutUnit));
        return onKey(MAP_TRY_PUT, keyData, request, Durations.waitTime(timeout, timeoutUnit),
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<V> remove(K key) {
        Data keyData = keyData(key);
        return onKey(MAP_REMOVE, keyData, new KeyRequest(name, keyData, threadId()), this::decodeValue);
    }

    @Override
    public CompletableFuture<Boolean> remove(K key, V value) {
        Data keyData = keyData(key);
        KeyValueRequest request = new KeyValueRequest(name, keyData, valueData(value), threadId());
        return onKey(MAP_REMOVE_IF_SAME, keyData, request, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> delete(K key) {
        Data keyData = keyData(key);
        return onKey(MAP_DELETE, keyData, new KeyRequest(name, keyData, threadId()), Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> tryRemove(K key, long timeout, TimeUnit timeoutUnit) {
        Data keyData = keyData(key);
        TryRemoveRequest request = new TryRemoveRequest(name, keyData, threadId(),
                Durations.toMillis(timeout, timeoutUnit));
        return onKey(MAP_TRY_REMOVE, keyData, request, Durations.waitTime(timeout, timeoutUnit),
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<V> replace(K key, V value) {
        Data keyData = keyData(key);
        KeyValueRequest request = new KeyValueRequest(name, keyData, valueData(value), threadId());
        return onKey(MAP_REPLACE, keyData, request, this::decodeValue);
    }

    @Override
    public CompletableFuture<Boolean> replace(K key, V oldValue, V newValue) {
        Data keyData = keyData(key);
        ReplaceIfSameRequest request = new ReplaceIfSameRequest(name, keyData, valueData(oldValue),
                valueData(newValue), threadId());
        return onKey(MAP_REPLACE_IF_SAME, keyData, request, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> containsKey(K key) {
        Data keyData = keyData(key);
        return onKey(MAP_CONTAINS_KEY, keyData, new KeyRequest(name, keyData, threadId()),
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> containsValue(V value) {
        return onMap(MAP_CONTAINS_VALUE, new ValueRequest(name, valueData(value)), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> putAll(Map<? extends K, ? extends V> entries) {
        Objects.requireNonNull(entries, "entries");
        List<Map.Entry<Data, Data>> serialized = new ArrayList<>(entries.size());
        entries.forEach((key, value) -> serialized.add(Map.entry(keyData(key), valueData(value))));
        Map<Integer, List<Map.Entry<Data, Data>>> byPartition =
                PartitionGroups.group(serialized, entry -> context.partitionId(entry.getKey()));
        CompletableFuture<?>[] calls = byPartition.entrySet().stream()
                .map(group -> send(MAP_PUT_ALL, group.getKey(), new PutAllRequest(name, group.getValue()),
                        Calls.NO_WAIT, Calls::ignore))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(calls);
    }

    @Override
    public CompletableFuture<Map<K, V>> getAll(Set<K> keys) {
        Objects.requireNonNull(keys, "keys");
        List<Data> serialized = keys.stream().map(this::keyData).toList();
        Map<Integer, List<Data>> byPartition = PartitionGroups.group(serialized, context::partitionId);
        List<CompletableFuture<List<Map.Entry<Data, Data>>>> calls = byPartition.entrySet().stream()
                .map(group -> send(MAP_GET_ALL, group.getKey(), new ValueListRequest(name, group.getValue()),
                        Calls.NO_WAIT, ResponseCodec::decodeEntryList))
                .toList();
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<K, V> result = new HashMap<>();
            for (CompletableFuture<List<Map.Entry<Data, Data>>> call : calls) {
                call.join().forEach(entry -> result.put(toObject(entry.getKey()), toObject(entry.getValue())));
            }
            return result;
        });
    }

    @Override
    public CompletableFuture<Integer> size() {
        return onMap(MAP_SIZE, new NameRequest(name), ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<Boolean> isEmpty() {
        return onMap(MAP_IS_EMPTY, new NameRequest(name), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> clear() {
        return onMap(MAP_CLEAR, new NameRequest(name), Calls::ignore);
    }

    @Override
    public CompletableFuture<Set<K>> keySet() {
        return onMap(MAP_KEY_SET, new NameRequest(name), response -> {
            List<Data> keys = ResponseCodec.decodeDataList(response);
            Set<K> result = new LinkedHashSet<>(keys.size() * 2);
            keys.forEach(key -> result.add(toObject(key)));
            return Collections.unmodifiableSet(result);
        });
    }

    @Override
    public CompletableFuture<Collection<V>> values() {
        return onMap(MAP_VALUES, new NameRequest(name), response -> {
            List<Data> values = ResponseCodec.decodeDataList(response);
            List<V> result = new ArrayList<>(values.size());
            values.forEach(value -> result.add(toObject(value)));
            return Collections.unmodifiableList(result);
        });
    }

    @Override
    public CompletableFuture<Set<Map.Entry<K, V>>> entrySet() {
        return onMap(MAP_ENTRY_SET, new NameRequest(name), response -> {
            List<Map.Entry<Data, Data>> entries = ResponseCodec.decodeEntryList(response);
            Set<Map.Entry<K, V>> result = new LinkedHashSet<>(entries.size() * 2);
            entries.forEach(entry -> result.add(
                    new SimpleImmutableEntry<>(toObject(entry.getKey()), toObject(entry.getValue()))));
            return Collections.unmodifiableSet(result);
        });
    }

    @Override
    public CompletableFuture<Boolean> evict(K key) {
        Data keyData = keyData(key);
        return onKey(MAP_EVICT, keyData, new KeyRequest(name, keyData, threadId()), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> evictAll() {
        return onMap(MAP_EVICT_ALL, new NameRequest(name), Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> flush() {
        return onMap(MAP_FLUSH, new NameRequest(name), Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> loadAll(boolean replaceExistingValues) {
        return onMap(MAP_LOAD_ALL, new LoadAllRequest(name, replaceExistingValues), Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> loadAll(Set<K> keys, boolean replaceExistingValues) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<Data> serialized = keys.stream().map(this::keyData).toList();
        return onMap(MAP_LOAD_GIVEN_KEYS, new LoadGivenKeysRequest(name, serialized, replaceExistingValues),
                Calls::ignore);
    }

    @Override
    public CompletableFuture<EntryView<K, V>> getEntryView(K key) {
        Data keyData = keyData(key);
        return onKey(MAP_GET_ENTRY_VIEW, keyData, new KeyRequest(name, keyData, threadId()), response -> {
            MapResponseCodec.EntryView view = MapResponseCodec.decodeEntryView(response);
            return view == null ? null : new EntryView<>(toObject(view.key()), toObject(view.value()), view.cost(),
                    view.creationTime(), view.expirationTime(), view.hits(), view.lastAccessTime(),
                    view.lastStoredTime(), view.lastUpdateTime(), view.version(), view.ttl(), view.maxIdle());
        });
    }

    @Override
    public CompletableFuture<Boolean> setTtl(K key, long ttl, TimeUnit ttlUnit) {
        Data keyData = keyData(key);
        SetTtlRequest request = new SetTtlRequest(name, keyData, Durations.toMillis(ttl, ttlUnit));
        return onKey(MAP_SET_TTL, keyData, request, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> lock(K key) {
        return lock(key, Durations.UNSET, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Void> lock(K key, long leaseTime, TimeUnit leaseUnit) {
        Data keyData = keyData(key);
        LockRequest request = new LockRequest(name, keyData, threadId(), Durations.toMillis(leaseTime, leaseUnit),
                referenceIds.next());
        return onKey(MAP_LOCK, keyData, request, null, Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> tryLock(K key) {
        return tryLock(key, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Boolean> tryLock(K key, long time, TimeUnit timeUnit) {
        return tryLock(key, time, timeUnit, NO_LEASE, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Boolean> tryLock(K key, long time, TimeUnit timeUnit, long leaseTime,
            TimeUnit leaseUnit) {
        Data keyData = keyData(key);
        TryLockRequest request = new TryLockRequest(name, keyData, threadId(),
                Durations.toMillis(leaseTime, leaseUnit), Durations.toMillis(time, timeUnit), referenceIds.next());
        return onKey(MAP_TRY_LOCK, keyData, request, Durations.waitTime(time, timeUnit), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> unlock(K key) {
        Data keyData = keyData(key);
        UnlockRequest request = new UnlockRequest(name, keyData, threadId(), referenceIds.next());
        return onKey(MAP_UNLOCK, keyData, request, Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> forceUnlock(K key) {
        Data keyData = keyData(key);
        return onKey(MAP_FORCE_UNLOCK, keyData, new ForceUnlockRequest(name, keyData, referenceIds.next()),
                Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> isLocked(K key) {
        Data keyData = keyData(key);
        return onKey(MAP_IS_LOCKED, keyData, new IsLockedRequest(name, keyData), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<String> addEntryListener(MapListener<K, V> listener, boolean includeValue) {
        return addListener(listener, null, includeValue);
    }

    @Override
    public CompletableFuture<String> addEntryListener(MapListener<K, V> listener, K key, boolean includeValue) {
        return addListener(listener, keyData(key), includeValue);
    }

    @Override
    public CompletableFuture<Boolean> removeEntryListener(String registrationId) {
        return context.invocations().removeListener(Objects.requireNonNull(registrationId, "registrationId"));
    }

    @Override
    public CompletableFuture<Void> destroy() {
        return objects.destroy(DistributedObject.MAP_SERVICE, name);
    }

    @Override
    public String toString() {
        return "AsyncAlderMap{name=" + name + "}";
    }

    private CompletableFuture<String> addListener(MapListener<K, V> listener, Data key, boolean includeValue) {
        Objects.requireNonNull(listener, "listener");
        EntryListenerProtocol protocol = new EntryListenerProtocol(name, key, includeValue,
                ListenerFlags.of(listener));
        return context.invocations().addListener(protocol,
                new EntryEventDispatcher<>(name, listener, context.serialization()));
    }

    /** A put-like request without a maximum idle time. */
    private <T> CompletableFuture<T> store(MessageType type, K key, V value, long ttl,
            Function<ClientMessage, T> decoder) {
        Data keyData = keyData(key);
        return onKey(type, keyData, new PutRequest(name, keyData, valueData(value), threadId(), ttl), decoder);
    }

    /** A put-like request with a maximum idle time. */
    private <T> CompletableFuture<T> store(MessageType type, K key, V value, long ttl, long maxIdle,
            Function<ClientMessage, T> decoder) {
        Data keyData = keyData(key);
        PutWithMaxIdleRequest request = new PutWithMaxIdleRequest(name, keyData, valueData(value), threadId(), ttl,
                maxIdle);
        return onKey(type, keyData, request, decoder);
    }

    private <T> CompletableFuture<T> onKey(MessageType type, Data key, CodecRequest request,
            Function<ClientMessage, T> decoder) {
        return onKey(type, key, request, Calls.NO_WAIT, decoder);
    }

    /** A key-bound request the member may hold for {@code waitTime} on purpose (null: as long as it takes). */
    private <T> CompletableFuture<T> onKey(MessageType type, Data key, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        return send(type, context.partitionId(key), request, waitTime, decoder);
    }

    private <T> CompletableFuture<T> onMap(MessageType type, CodecRequest request, Function<ClientMessage, T> decoder) {
        return send(type, -1, request, Calls.NO_WAIT, decoder);
    }

    private <T> CompletableFuture<T> send(MessageType type, int partitionId, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        ClientMessage message = MapCodec.REQUESTS.encode(context.allocator(), type, 0, partitionId, request);
        return Calls.invoke(context.invocations(), message, waitTime, decoder);
    }

    private V decodeValue(ClientMessage response) {
        return toObject(ResponseCodec.decodeData(response));
    }

    private Data keyData(Object key) {
        return context.serialization().toData(Objects.requireNonNull(key, "key"));
    }

    private Data valueData(Object value) {
        return context.serialization().toData(Objects.requireNonNull(value, "value"));
    }

    private <T> T toObject(Data data) {
        return data == null ? null : context.serialization().toObject(data);
    }

    /** The lock owner of a request: the thread that makes the call. */
    private static long threadId() {
        return Thread.currentThread().getId();
    }
}
