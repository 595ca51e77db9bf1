package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.MapCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;
import static io.alder.server.clientprotocol.Answers.later;

import io.alder.member.map.EntryView;
import io.alder.member.map.IterationBatch;
import io.alder.member.map.MapService;
import io.alder.member.map.UnsupportedMapFeature;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.KeyRequest;
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
import io.alder.protocol.codec.MapListenerCodec.ClearNearCacheRequest;
import io.alder.protocol.codec.MapListenerCodec.EntryListenerRequest;
import io.alder.protocol.codec.MapListenerCodec.PartitionLostListenerRequest;
import io.alder.protocol.codec.MapQueryCodec.FetchRequest;
import io.alder.protocol.codec.MapQueryCodec.LoadAllRequest;
import io.alder.protocol.codec.MapQueryCodec.LoadGivenKeysRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code Map.*} family: one handler for each of the 74 Map messages of 3.12, serving them from the
 * engine's {@link MapService}.
 *
 * <p>Messages bound to a key or partition run on the partition in the request header, as on a 3.12
 * member; a header without one (-1) is refused with an {@link IllegalArgumentException}. Map-wide
 * messages ignore the header. Writes that must wait for another client's key lock answer when the
 * engine completes them. Entry listener registrations live as long as the connection (or until
 * removed); their events carry the registration's correlation id and the key's partition. Features
 * that need user classes on the member (queries, entry processors, ...) are answered with error 65.
 */
public final class MapRequests {

    /** The max idle of puts from before protocol 1.7: the map's default. */
    private static final long DEFAULT_MAX_IDLE = -1;
    /** 3.12's setTtl carries no thread id; its operation runs as thread 0 of the client. */
    private static final long NO_THREAD = 0;
    /** The 1.7 "...WithMaxIdle" puts that return nothing answer a null DATA rather than VOID. */
    private static final ResponseEncoder<Void> NULL_DATA =
            (allocator, correlationId, ignored) -> ResponseCodec.encodeData(allocator, correlationId, null);

    private final MapService maps;

    public MapRequests(MapService maps) {
        this.maps = maps;
    }

    /** Registers a handler for every Map message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        registerKeyWrites(dispatcher);
        registerKeyReadsAndLocks(dispatcher);
        registerPartitionAndMapWide(dispatcher);
        registerListeners(dispatcher);
        registerUnsupported(dispatcher);
    }

    // ---- registration

    private void registerKeyWrites(RequestDispatcher dispatcher) {
        registerPuts(dispatcher, MAP_PUT, MAP_PUT_WITH_MAX_IDLE, (request, connection, put) ->
                maps.put(keyPartition(request), put.name(), put.key(), put.value(), put.ttl(), put.maxIdle(),
                        connection.caller(put.threadId()), later(request, connection, ResponseCodec::encodeData)));
        registerPuts(dispatcher, MAP_PUT_IF_ABSENT, MAP_PUT_IF_ABSENT_WITH_MAX_IDLE, (request, connection, put) ->
                maps.putIfAbsent(keyPartition(request), put.name(), put.key(), put.value(), put.ttl(), put.maxIdle(),
                        connection.caller(put.threadId()), later(request, connection, ResponseCodec::encodeData)));
        registerPuts(dispatcher, MAP_SET, MAP_SET_WITH_MAX_IDLE, (request, connection, put) ->
                maps.set(keyPartition(request), put.name(), put.key(), put.value(), put.ttl(), put.maxIdle(),
                        connection.caller(put.threadId()), later(request, connection, noResultEncoder(request))));
        registerPuts(dispatcher, MAP_PUT_TRANSIENT, MAP_PUT_TRANSIENT_WITH_MAX_IDLE, (request, connection, put) ->
                maps.putTransient(keyPartition(request), put.name(), put.key(), put.value(), put.ttl(),
                        put.maxIdle(), connection.caller(put.threadId()),
                        later(request, connection, noResultEncoder(request))));
        dispatcher.register(MAP_TRY_PUT, this::tryPut)
                .register(MAP_REPLACE, this::replace)
                .register(MAP_REPLACE_IF_SAME, this::replaceIfSame)
                .register(MAP_REMOVE, this::remove)
                .register(MAP_DELETE, this::delete)
                .register(MAP_REMOVE_IF_SAME, this::removeIfSame)
                .register(MAP_TRY_REMOVE, this::tryRemove)
                .register(MAP_EVICT, this::evict)
                .register(MAP_SET_TTL, this::setTtl);
    }

    private void registerKeyReadsAndLocks(RequestDispatcher dispatcher) {
        dispatcher.register(MAP_GET, this::get)
                .register(MAP_CONTAINS_KEY, this::containsKey)
                .register(MAP_GET_ENTRY_VIEW, this::getEntryView)
                .register(MAP_LOCK, this::lock)
                .register(MAP_TRY_LOCK, this::tryLock)
                .register(MAP_UNLOCK, this::unlock)
                .register(MAP_FORCE_UNLOCK, this::forceUnlock)
                .register(MAP_IS_LOCKED, this::isLocked);
    }

    private void registerPartitionAndMapWide(RequestDispatcher dispatcher) {
        dispatcher.register(MAP_GET_ALL, this::getAll)
                .register(MAP_PUT_ALL, this::putAll)
                .register(MAP_FETCH_KEYS, this::fetchKeys)
                .register(MAP_FETCH_ENTRIES, this::fetchEntries)
                .register(MAP_SIZE, (request, connection) ->
                        answer(request, connection, ResponseCodec::encodeInt, maps.size(name(request))))
                .register(MAP_IS_EMPTY, (request, connection) ->
                        answer(request, connection, ResponseCodec::encodeBoolean, maps.isEmpty(name(request))))
                .register(MAP_CONTAINS_VALUE, this::containsValue)
                .register(MAP_KEY_SET, (request, connection) ->
                        answer(request, connection, ResponseCodec::encodeDataList, maps.keySet(name(request))))
                .register(MAP_VALUES, (request, connection) ->
                        answer(request, connection, ResponseCodec::encodeDataList, maps.values(name(request))))
                .register(MAP_ENTRY_SET, (request, connection) ->
                        answer(request, connection, ResponseCodec::encodeEntryList, maps.entrySet(name(request))))
                .register(MAP_CLEAR, (request, connection) -> {
                    maps.clear(name(request));
                    answerVoid(request, connection);
                })
                .register(MAP_EVICT_ALL, (request, connection) -> {
                    maps.evictAll(name(request));
                    answerVoid(request, connection);
                })
                .register(MAP_FLUSH, (request, connection) -> {
                    maps.flush(name(request));
                    answerVoid(request, connection);
                })
                .register(MAP_LOAD_ALL, this::loadAll)
                .register(MAP_LOAD_GIVEN_KEYS, this::loadGivenKeys);
    }

    private void registerListeners(RequestDispatcher dispatcher) {
        dispatcher.register(MAP_ADD_ENTRY_LISTENER, this::addEntryListener)
                .register(MAP_ADD_ENTRY_LISTENER_TO_KEY, this::addEntryListener)
                .register(MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE, this::addEntryListener)
                .register(MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE, this::addEntryListener)
                .register(MAP_REMOVE_ENTRY_LISTENER, MapRequests::removeRegistration)
                .register(MAP_ADD_PARTITION_LOST_LISTENER, MapRequests::addPartitionLostListener)
                .register(MAP_REMOVE_PARTITION_LOST_LISTENER, MapRequests::removeRegistration)
                .register(MAP_CLEAR_NEAR_CACHE, MapRequests::clearNearCache);
    }

    private static void registerUnsupported(RequestDispatcher dispatcher) {
        unsupported(dispatcher, UnsupportedMapFeature.PREDICATES, MAP_KEY_SET_WITH_PREDICATE,
                MAP_VALUES_WITH_PREDICATE, MAP_ENTRIES_WITH_PREDICATE, MAP_KEY_SET_WITH_PAGING_PREDICATE,
                MAP_VALUES_WITH_PAGING_PREDICATE, MAP_ENTRIES_WITH_PAGING_PREDICATE, MAP_REMOVE_ALL,
                MAP_FETCH_WITH_QUERY);
        unsupported(dispatcher, UnsupportedMapFeature.ENTRY_PROCESSORS, MAP_EXECUTE_ON_KEY, MAP_SUBMIT_TO_KEY,
                MAP_EXECUTE_ON_ALL_KEYS, MAP_EXECUTE_WITH_PREDICATE, MAP_EXECUTE_ON_KEYS);
        unsupported(dispatcher, UnsupportedMapFeature.AGGREGATIONS, MAP_AGGREGATE, MAP_AGGREGATE_WITH_PREDICATE);
        unsupported(dispatcher, UnsupportedMapFeature.PROJECTIONS, MAP_PROJECT, MAP_PROJECT_WITH_PREDICATE);
        unsupported(dispatcher, UnsupportedMapFeature.INTERCEPTORS, MAP_ADD_INTERCEPTOR, MAP_REMOVE_INTERCEPTOR);
        unsupported(dispatcher, UnsupportedMapFeature.INDEXES, MAP_ADD_INDEX);
        unsupported(dispatcher, UnsupportedMapFeature.EVENT_JOURNAL, MAP_EVENT_JOURNAL_SUBSCRIBE,
                MAP_EVENT_JOURNAL_READ);
        unsupported(dispatcher, UnsupportedMapFeature.NEAR_CACHE_INVALIDATION, MAP_ADD_NEAR_CACHE_ENTRY_LISTENER,
                MAP_ADD_NEAR_CACHE_INVALIDATION_LISTENER, MAP_FETCH_NEAR_CACHE_INVALIDATION_METADATA,
                MAP_ASSIGN_AND_GET_UUIDS);
    }

    /** A put handler, fed the same parameters whether the message has a max idle (1.7+) or not. */
    @FunctionalInterface
    private interface PutHandler {
        void handle(ClientMessage request, ClientConnection connection, PutWithMaxIdleRequest put);
    }

    private static void registerPuts(RequestDispatcher dispatcher, MessageType withoutMaxIdle,
            MessageType withMaxIdle, PutHandler handler) {
        dispatcher.register(withoutMaxIdle, (request, connection) -> {
            PutRequest put = REQUESTS.decodeAs(request, PutRequest.class);
            handler.handle(request, connection, new PutWithMaxIdleRequest(put.name(), put.key(), put.value(),
                    put.threadId(), put.ttl(), DEFAULT_MAX_IDLE));
        });
        dispatcher.register(withMaxIdle, (request, connection) ->
                handler.handle(request, connection, REQUESTS.decodeAs(request, PutWithMaxIdleRequest.class)));
    }

    private static void unsupported(RequestDispatcher dispatcher, UnsupportedMapFeature feature,
            MessageType... types) {
        dispatcher.refuse(feature::exception, types);
    }

    // ---- writes to one key

    private void tryPut(ClientMessage request, ClientConnection connection) {
        TryPutRequest put = REQUESTS.decodeAs(request, TryPutRequest.class);
        maps.tryPut(keyPartition(request), put.name(), put.key(), put.value(), put.timeout(),
                connection.caller(put.threadId()), later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void replace(ClientMessage request, ClientConnection connection) {
        KeyValueRequest replace = REQUESTS.decodeAs(request, KeyValueRequest.class);
        maps.replace(keyPartition(request), replace.name(), replace.key(), replace.value(),
                connection.caller(replace.threadId()), later(request, connection, ResponseCodec::encodeData));
    }

    private void replaceIfSame(ClientMessage request, ClientConnection connection) {
        ReplaceIfSameRequest replace = REQUESTS.decodeAs(request, ReplaceIfSameRequest.class);
        maps.replaceIfSame(keyPartition(request), replace.name(), replace.key(), replace.testValue(),
                replace.value(), connection.caller(replace.threadId()),
                later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void remove(ClientMessage request, ClientConnection connection) {
        KeyRequest remove = REQUESTS.decodeAs(request, KeyRequest.class);
        maps.remove(keyPartition(request), remove.name(), remove.key(), connection.caller(remove.threadId()),
                later(request, connection, ResponseCodec::encodeData));
    }

    private void delete(ClientMessage request, ClientConnection connection) {
        KeyRequest delete = REQUESTS.decodeAs(request, KeyRequest.class);
        maps.delete(keyPartition(request), delete.name(), delete.key(), connection.caller(delete.threadId()),
                later(request, connection, ResponseCodec::encodeVoid));
    }

    private void removeIfSame(ClientMessage request, ClientConnection connection) {
        KeyValueRequest remove = REQUESTS.decodeAs(request, KeyValueRequest.class);
        maps.removeIfSame(keyPartition(request), remove.name(), remove.key(), remove.value(),
                connection.caller(remove.threadId()), later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void tryRemove(ClientMessage request, ClientConnection connection) {
        TryRemoveRequest remove = REQUESTS.decodeAs(request, TryRemoveRequest.class);
        maps.tryRemove(keyPartition(request), remove.name(), remove.key(), remove.timeout(),
                connection.caller(remove.threadId()), later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void evict(ClientMessage request, ClientConnection connection) {
        KeyRequest evict = REQUESTS.decodeAs(request, KeyRequest.class);
        maps.evict(keyPartition(request), evict.name(), evict.key(), connection.caller(evict.threadId()),
                later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void setTtl(ClientMessage request, ClientConnection connection) {
        SetTtlRequest setTtl = REQUESTS.decodeAs(request, SetTtlRequest.class);
        maps.setTtl(keyPartition(request), setTtl.name(), setTtl.key(), setTtl.ttl(), connection.caller(NO_THREAD),
                later(request, connection, ResponseCodec::encodeBoolean));
    }

    // ---- reads and locks of one key

    private void get(ClientMessage request, ClientConnection connection) {
        KeyRequest get = REQUESTS.decodeAs(request, KeyRequest.class);
        answer(request, connection, ResponseCodec::encodeData, maps.get(keyPartition(request), get.name(), get.key()));
    }

    private void containsKey(ClientMessage request, ClientConnection connection) {
        KeyRequest contains = REQUESTS.decodeAs(request, KeyRequest.class);
        answer(request, connection, ResponseCodec::encodeBoolean,
                maps.containsKey(keyPartition(request), contains.name(), contains.key()));
    }

    private void getEntryView(ClientMessage request, ClientConnection connection) {
        KeyRequest get = REQUESTS.decodeAs(request, KeyRequest.class);
        EntryView view = maps.getEntryView(keyPartition(request), get.name(), get.key());
        answer(request, connection, MapResponseCodec::encodeEntryView, view == null ? null
                : new MapResponseCodec.EntryView(view.key(), view.value(), view.cost(), view.creationTime(),
                        view.expirationTime(), view.hits(), view.lastAccessTime(), view.lastStoredTime(),
                        view.lastUpdateTime(), view.version(), view.evictionCriteriaNumber(), view.ttl(),
                        view.maxIdle()));
    }

    private void lock(ClientMessage request, ClientConnection connection) {
        LockRequest lock = REQUESTS.decodeAs(request, LockRequest.class);
        maps.lock(keyPartition(request), lock.name(), lock.key(), connection.caller(lock.threadId()), lock.ttl(),
                lock.referenceId(), later(request, connection, ResponseCodec::encodeVoid));
    }

    private void tryLock(ClientMessage request, ClientConnection connection) {
        TryLockRequest lock = REQUESTS.decodeAs(request, TryLockRequest.class);
        maps.tryLock(keyPartition(request), lock.name(), lock.key(), connection.caller(lock.threadId()),
                lock.lease(), lock.timeout(), lock.referenceId(),
                later(request, connection, ResponseCodec::encodeBoolean));
    }

    private void unlock(ClientMessage request, ClientConnection connection) {
        UnlockRequest unlock = REQUESTS.decodeAs(request, UnlockRequest.class);
        maps.unlock(keyPartition(request), unlock.name(), unlock.key(), connection.caller(unlock.threadId()),
                unlock.referenceId());
        answerVoid(request, connection);
    }

    private void forceUnlock(ClientMessage request, ClientConnection connection) {
        ForceUnlockRequest unlock = REQUESTS.decodeAs(request, ForceUnlockRequest.class);
        maps.forceUnlock(keyPartition(request), unlock.name(), unlock.key());
        answerVoid(request, connection);
    }

    private void isLocked(ClientMessage request, ClientConnection connection) {
        IsLockedRequest locked = REQUESTS.decodeAs(request, IsLockedRequest.class);
        answer(request, connection, ResponseCodec::encodeBoolean,
                maps.isLocked(keyPartition(request), locked.name(), locked.key()));
    }

    // ---- one partition, and the whole map

    private void getAll(ClientMessage request, ClientConnection connection) {
        ValueListRequest getAll = REQUESTS.decodeAs(request, ValueListRequest.class);
        answer(request, connection, ResponseCodec::encodeEntryList,
                maps.getAll(keyPartition(request), getAll.name(), getAll.values()));
    }

    private void putAll(ClientMessage request, ClientConnection connection) {
        PutAllRequest putAll = REQUESTS.decodeAs(request, PutAllRequest.class);
        maps.putAll(keyPartition(request), putAll.name(), putAll.entries());
        answerVoid(request, connection);
    }

    private void fetchKeys(ClientMessage request, ClientConnection connection) {
        FetchRequest fetch = REQUESTS.decodeAs(request, FetchRequest.class);
        IterationBatch<Data> batch = maps.fetchKeys(keyPartition(request), fetch.name(), fetch.tableIndex(),
                fetch.batch());
        answer(request, connection, MapResponseCodec::encodeKeyBatch,
                new MapResponseCodec.KeyBatch(batch.nextTableIndex(), batch.items()));
    }

    private void fetchEntries(ClientMessage request, ClientConnection connection) {
        FetchRequest fetch = REQUESTS.decodeAs(request, FetchRequest.class);
        IterationBatch<Map.Entry<Data, Data>> batch = maps.fetchEntries(keyPartition(request), fetch.name(),
                fetch.tableIndex(), fetch.batch());
        answer(request, connection, MapResponseCodec::encodeEntryBatch,
                new MapResponseCodec.EntryBatch(batch.nextTableIndex(), batch.items()));
    }

    private void containsValue(ClientMessage request, ClientConnection connection) {
        ValueRequest contains = REQUESTS.decodeAs(request, ValueRequest.class);
        answer(request, connection, ResponseCodec::encodeBoolean,
                maps.containsValue(contains.name(), contains.value()));
    }

    private void loadAll(ClientMessage request, ClientConnection connection) {
        LoadAllRequest load = REQUESTS.decodeAs(request, LoadAllRequest.class);
        maps.loadAll(load.name(), load.replaceExistingValues());
        answerVoid(request, connection);
    }

    private void loadGivenKeys(ClientMessage request, ClientConnection connection) {
        LoadGivenKeysRequest load = REQUESTS.decodeAs(request, LoadGivenKeysRequest.class);
        maps.loadGivenKeys(load.name(), load.keys(), load.replaceExistingValues());
        answerVoid(request, connection);
    }

    // ---- listeners

    private void addEntryListener(ClientMessage request, ClientConnection connection) {
        EntryListenerRequest listen = REQUESTS.decodeAs(request, EntryListenerRequest.class);
        if (listen.predicate() != null) {
            throw UnsupportedMapFeature.PREDICATES.exception();
        }
        String registrationId = maps.addEntryListener(listen.name(), listen.key(), listen.listenerFlags(),
                listen.includeValue(), EntryEvents.sender(connection, request.correlationId()));
        connection.addRegistration(registrationId, () -> maps.removeEntryListener(listen.name(), registrationId));
        answer(request, connection, ResponseCodec::encodeString, registrationId);
    }

    /** Accepted as 3.12 accepts it; a single member holds every partition and never loses one. */
    private static void addPartitionLostListener(ClientMessage request, ClientConnection connection) {
        REQUESTS.decodeAs(request, PartitionLostListenerRequest.class);
        String registrationId = UUID.randomUUID().toString();
        connection.addRegistration(registrationId, () -> { });
        answer(request, connection, ResponseCodec::encodeString, registrationId);
    }

    private static void removeRegistration(ClientMessage request, ClientConnection connection) {
        String registrationId = REQUESTS.decodeAs(request, RegistrationIdRequest.class).registrationId();
        answer(request, connection, ResponseCodec::encodeBoolean, connection.removeRegistration(registrationId));
    }

    /** Clears the member's own near cache of the map: an Alder member keeps none. */
    private static void clearNearCache(ClientMessage request, ClientConnection connection) {
        REQUESTS.decodeAs(request, ClearNearCacheRequest.class);
        answerVoid(request, connection);
    }

    // ---- helpers

    /** The partition a key-bound request runs on: the one in its header, which must name one. */
    private static int keyPartition(ClientMessage request) {
        return HeaderPartition.of(request, "key");
    }

    private static String name(ClientMessage request) {
        return REQUESTS.decodeAs(request, NameRequest.class).name();
    }

    private static ResponseEncoder<Void> noResultEncoder(ClientMessage request) {
        return request.type() == MAP_SET.id() || request.type() == MAP_PUT_TRANSIENT.id()
                ? ResponseCodec::encodeVoid : NULL_DATA;
    }
}
