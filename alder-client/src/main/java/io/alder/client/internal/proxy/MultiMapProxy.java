package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderMultiMap;
import io.alder.client.DistributedObject;
import io.alder.client.EntryListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec.ForceUnlockRequest;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapCodec.KeyValueRequest;
import io.alder.protocol.codec.MapCodec.LockRequest;
import io.alder.protocol.codec.MapCodec.TryLockRequest;
import io.alder.protocol.codec.MapCodec.UnlockRequest;
import io.alder.protocol.codec.MultiMapCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListenerRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The client side of one multimap: builds each request with the MultiMap codecs, sends it through the client's
 * invocation service and decodes the answer. Key-bound requests carry the key's partition in their header and
 * the calling thread's id, which makes that thread the owner of the key locks it takes; the whole-multimap ones
 * carry -1, as 3.12 clients send them. Thread-safe.
 */
public final class MultiMapProxy<K, V> implements AsyncAlderMultiMap<K, V> {

    /** What {@code tryLock} without a lease sends: hold the lock until it is unlocked, as 3.12's client does. */
    private static final long NO_LEASE = Long.MAX_VALUE;

    private final String name;
    private final ClientContext context;
    private final KeyedRequests requests;
    private final LockReferenceIds referenceIds;
    private final ObjectRegistry objects;

    /**
     * A proxy for the multimap {@code name}.
     *
     * @param referenceIds the client's source of lock reference ids
     * @param objects where the multimap is destroyed
     */
    public MultiMapProxy(String name, ClientContext context, LockReferenceIds referenceIds, ObjectRegistry objects) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
        this.requests = new KeyedRequests(MultiMapCodec.REQUESTS, context);
        this.referenceIds = referenceIds;
        this.objects = objects;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CompletableFuture<Boolean> put(K key, V value) {
        return withValue(MULTI_MAP_PUT, key, value);
    }

    @Override
    public CompletableFuture<Collection<V>> get(K key) {
        return withKey(MULTI_MAP_GET, key, requests::decodeList);
    }

    @Override
    public CompletableFuture<Boolean> remove(Object key, Object value) {
        return withValue(MULTI_MAP_REMOVE_ENTRY, key, value);
    }

    @Override
    public CompletableFuture<Collection<V>> remove(Object key) {
        return withKey(MULTI_MAP_REMOVE, key, requests::decodeList);
    }

    @Override
    public CompletableFuture<Void> delete(Object key) {
        return withKey(MULTI_MAP_DELETE, key, Calls::ignore);
    }

    @Override
    public CompletableFuture<Set<K>> keySet() {
        return onMultiMap(MULTI_MAP_KEY_SET, new NameRequest(name), requests::decodeSet);
    }

    @Override
    public CompletableFuture<Collection<V>> values() {
        return onMultiMap(MULTI_MAP_VALUES, new NameRequest(name), requests::decodeList);
    }

    @Override
    public CompletableFuture<Set<Map.Entry<K, V>>> entrySet() {
        return onMultiMap(MULTI_MAP_ENTRY_SET, new NameRequest(name), requests::decodeEntrySet);
    }

    @Override
    public CompletableFuture<Boolean> containsKey(K key) {
        return withKey(MULTI_MAP_CONTAINS_KEY, key, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> containsValue(Object value) {
        return onMultiMap(MULTI_MAP_CONTAINS_VALUE, new ValueRequest(name, requests.valueData(value)),
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> containsEntry(K key, V value) {
        return withValue(MULTI_MAP_CONTAINS_ENTRY, key, value);
    }

    @Override
    public CompletableFuture<Integer> size() {
        return onMultiMap(MULTI_MAP_SIZE, new NameRequest(name), ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<Void> clear() {
        return onMultiMap(MULTI_MAP_CLEAR, new NameRequest(name), Calls::ignore);
    }

    @Override
    public CompletableFuture<Integer> valueCount(K key) {
        return withKey(MULTI_MAP_VALUE_COUNT, key, ResponseCodec::decodeInt);
    }

    @Override
    public CompletableFuture<String> addEntryListener(EntryListener<K, V> listener, boolean includeValue) {
        return addListener(listener, null, MULTI_MAP_ADD_ENTRY_LISTENER, includeValue);
    }

    @Override
    public CompletableFuture<String> addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue) {
        return addListener(listener, requests.keyData(key), MULTI_MAP_ADD_ENTRY_LISTENER_TO_KEY, includeValue);
    }

    @Override
    public CompletableFuture<Boolean> removeEntryListener(String registrationId) {
        return context.invocations().removeListener(Objects.requireNonNull(registrationId, "registrationId"));
    }

    @Override
    public CompletableFuture<Void> lock(K key) {
        return lock(key, Durations.UNSET, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Void> lock(K key, long leaseTime, TimeUnit leaseUnit) {
        Data keyData = requests.keyData(key);
        LockRequest request = new LockRequest(name, keyData, threadId(), Durations.toMillis(leaseTime, leaseUnit),
                referenceIds.next());
        return onKey(MULTI_MAP_LOCK, keyData, request, null, Calls::ignore);
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
        Data keyData = requests.keyData(key);
        TryLockRequest request = new TryLockRequest(name, keyData, threadId(),
                Durations.toMillis(leaseTime, leaseUnit), Durations.toMillis(time, timeUnit), referenceIds.next());
        return onKey(MULTI_MAP_TRY_LOCK, keyData, request, Durations.waitTime(time, timeUnit),
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> unlock(K key) {
        Data keyData = requests.keyData(key);
        return onKey(MULTI_MAP_UNLOCK, keyData, new UnlockRequest(name, keyData, threadId(), referenceIds.next()),
                Calls.NO_WAIT, Calls::ignore);
    }

    @Override
    public CompletableFuture<Void> forceUnlock(K key) {
        Data keyData = requests.keyData(key);
        return onKey(MULTI_MAP_FORCE_UNLOCK, keyData, new ForceUnlockRequest(name, keyData, referenceIds.next()),
                Calls.NO_WAIT, Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> isLocked(K key) {
        Data keyData = requests.keyData(key);
        return onKey(MULTI_MAP_IS_LOCKED, keyData, new IsLockedRequest(name, keyData), Calls.NO_WAIT,
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> destroy() {
        return objects.destroy(DistributedObject.MULTI_MAP_SERVICE, name);
    }

    @Override
    public String toString() {
        return "AsyncAlderMultiMap{name=" + name + "}";
    }

    private CompletableFuture<String> addListener(EntryListener<K, V> listener, Data key, MessageType type,
            boolean includeValue) {
        Objects.requireNonNull(listener, "listener");
        FamilyListenerProtocol protocol = new FamilyListenerProtocol(MultiMapCodec.REQUESTS, name, type,
                localOnly -> new ValueListenerRequest(name, key, includeValue, localOnly),
                MULTI_MAP_REMOVE_ENTRY_LISTENER);
        return context.invocations().addListener(protocol,
                new EntryEventDispatcher<>(name, listener, context.serialization()));
    }

    /** A request on one key, with the calling thread's id. */
    private <T> CompletableFuture<T> withKey(MessageType type, Object key, Function<ClientMessage, T> decoder) {
        Data keyData = requests.keyData(key);
        return onKey(type, keyData, new KeyRequest(name, keyData, threadId()), Calls.NO_WAIT, decoder);
    }

    /** A request on one key and value, with the calling thread's id, that answers a boolean. */
    private CompletableFuture<Boolean> withValue(MessageType type, Object key, Object value) {
        Data keyData = requests.keyData(key);
        KeyValueRequest request = new KeyValueRequest(name, keyData, requests.valueData(value), threadId());
        return onKey(type, keyData, request, Calls.NO_WAIT, ResponseCodec::decodeBoolean);
    }

    /** A key-bound request the member may hold for {@code waitTime} on purpose (null: as long as it takes). */
    private <T> CompletableFuture<T> onKey(MessageType type, Data key, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        return requests.send(type, requests.partitionOf(key), request, waitTime, decoder);
    }

    private <T> CompletableFuture<T> onMultiMap(MessageType type, CodecRequest request,
            Function<ClientMessage, T> decoder) {
        return requests.send(type, -1, request, Calls.NO_WAIT, decoder);
    }

    /** The lock owner of a request: the thread that makes the call. */
    private static long threadId() {
        return Thread.currentThread().getId();
    }
}
