package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.MultiMapCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;
import static io.alder.server.clientprotocol.Answers.later;

import io.alder.member.multimap.MultiMapService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec.ForceUnlockRequest;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapCodec.KeyValueRequest;
import io.alder.protocol.codec.MapCodec.LockRequest;
import io.alder.protocol.codec.MapCodec.TryLockRequest;
import io.alder.protocol.codec.MapCodec.UnlockRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListenerRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;

/**
 * The {@code MultiMap.*} family: one handler for each of the 22 MultiMap messages of 3.12, serving them from
 * the engine's {@link MultiMapService}.
 *
 * <p>Messages bound to a key run on the partition in the request header, which 3.12 clients fill with the
 * key's partition, as on a 3.12 member; a header without one (-1) is refused with an
 * {@link IllegalArgumentException}. Multimap-wide messages ignore the header. {@code put}, {@code remove},
 * {@code removeEntry}, {@code lock} and {@code tryLock} are answered when the engine completes them: while
 * another client holds the key's lock they wait in the engine, not on this thread. Entry listener
 * registrations live as long as the connection (or until removed); their events carry the registration's
 * correlation id and the key's partition (-1 for CLEAR_ALL).
 */
public final class MultiMapRequests {

    private final MultiMapService multiMaps;

    public MultiMapRequests(MultiMapService multiMaps) {
        this.multiMaps = multiMaps;
    }

    /** Registers a handler for every MultiMap message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        registerKeyOperations(dispatcher);
        registerLocks(dispatcher);
        registerWholeMultiMap(dispatcher);
        dispatcher.register(MULTI_MAP_ADD_ENTRY_LISTENER, this::addEntryListener)
                .register(MULTI_MAP_ADD_ENTRY_LISTENER_TO_KEY, this::addEntryListener)
                .register(MULTI_MAP_REMOVE_ENTRY_LISTENER, MultiMapRequests::removeEntryListener);
    }

    // ---- registration

    private void registerKeyOperations(RequestDispatcher dispatcher) {
        dispatcher.register(MULTI_MAP_PUT, (request, connection) -> {
            KeyValueRequest put = REQUESTS.decodeAs(request, KeyValueRequest.class);
            multiMaps.put(keyPartition(request), put.name(), put.key(), put.value(), connection.caller(put.threadId()),
                    later(request, connection, ResponseCodec::encodeBoolean));
        }).register(MULTI_MAP_REMOVE, (request, connection) -> {
            KeyRequest remove = REQUESTS.decodeAs(request, KeyRequest.class);
            multiMaps.remove(keyPartition(request), remove.name(), remove.key(), connection.caller(remove.threadId()),
                    later(request, connection, ResponseCodec::encodeDataList));
        }).register(MULTI_MAP_REMOVE_ENTRY, (request, connection) -> {
            KeyValueRequest remove = REQUESTS.decodeAs(request, KeyValueRequest.class);
            multiMaps.removeEntry(keyPartition(request), remove.name(), remove.key(), remove.value(),
                    connection.caller(remove.threadId()), later(request, connection, ResponseCodec::encodeBoolean));
        }).register(MULTI_MAP_DELETE, (request, connection) -> {
            KeyRequest delete = REQUESTS.decodeAs(request, KeyRequest.class);
            multiMaps.delete(keyPartition(request), delete.name(), delete.key());
            answerVoid(request, connection);
        }).register(MULTI_MAP_CONTAINS_ENTRY, (request, connection) -> {
            KeyValueRequest contains = REQUESTS.decodeAs(request, KeyValueRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean, multiMaps.containsEntry(keyPartition(request),
                    contains.name(), contains.key(), contains.value()));
        });
        byKey(dispatcher, MULTI_MAP_GET, ResponseCodec::encodeDataList, multiMaps::get);
        byKey(dispatcher, MULTI_MAP_CONTAINS_KEY, ResponseCodec::encodeBoolean, multiMaps::containsKey);
        byKey(dispatcher, MULTI_MAP_VALUE_COUNT, ResponseCodec::encodeInt, multiMaps::valueCount);
    }

    private void registerLocks(RequestDispatcher dispatcher) {
        dispatcher.register(MULTI_MAP_LOCK, (request, connection) -> {
            LockRequest lock = REQUESTS.decodeAs(request, LockRequest.class);
            multiMaps.lock(keyPartition(request), lock.name(), lock.key(), connection.caller(lock.threadId()),
                    lock.ttl(), lock.referenceId(), later(request, connection, ResponseCodec::encodeVoid));
        }).register(MULTI_MAP_TRY_LOCK, (request, connection) -> {
            TryLockRequest lock = REQUESTS.decodeAs(request, TryLockRequest.class);
            multiMaps.tryLock(keyPartition(request), lock.name(), lock.key(), connection.caller(lock.threadId()),
                    lock.lease(), lock.timeout(), lock.referenceId(),
                    later(request, connection, ResponseCodec::encodeBoolean));
        }).register(MULTI_MAP_UNLOCK, (request, connection) -> {
            UnlockRequest unlock = REQUESTS.decodeAs(request, UnlockRequest.class);
            multiMaps.unlock(keyPartition(request), unlock.name(), unlock.key(),
                    connection.caller(unlock.threadId()), unlock.referenceId());
            answerVoid(request, connection);
        }).register(MULTI_MAP_FORCE_UNLOCK, (request, connection) -> {
            ForceUnlockRequest unlock = REQUESTS.decodeAs(request, ForceUnlockRequest.class);
            multiMaps.forceUnlock(keyPartition(request), unlock.name(), unlock.key());
            answerVoid(request, connection);
        }).register(MULTI_MAP_IS_LOCKED, (request, connection) -> {
            IsLockedRequest locked = REQUESTS.decodeAs(request, IsLockedRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean,
                    multiMaps.isLocked(keyPartition(request), locked.name(), locked.key()));
        });
    }

    private void registerWholeMultiMap(RequestDispatcher dispatcher) {
        NameReads.register(dispatcher, REQUESTS, MULTI_MAP_KEY_SET, ResponseCodec::encodeDataList, multiMaps::keySet);
        NameReads.register(dispatcher, REQUESTS, MULTI_MAP_VALUES, ResponseCodec::encodeDataList, multiMaps::values);
        NameReads.register(dispatcher, REQUESTS, MULTI_MAP_ENTRY_SET, ResponseCodec::encodeEntryList,
                multiMaps::entrySet);
        NameReads.register(dispatcher, REQUESTS, MULTI_MAP_SIZE, ResponseCodec::encodeInt, multiMaps::size);
        dispatcher.register(MULTI_MAP_CLEAR, (request, connection) -> {
            multiMaps.clear(REQUESTS.decodeAs(request, NameRequest.class).name());
            answerVoid(request, connection);
        }).register(MULTI_MAP_CONTAINS_VALUE, (request, connection) -> {
            ValueRequest contains = REQUESTS.decodeAs(request, ValueRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean,
                    multiMaps.containsValue(contains.name(), contains.value()));
        });
    }

    /** What a read of one key answers, given the key's partition, the multimap's name and the key. */
    @FunctionalInterface
    private interface KeyRead<T> {
        T apply(int partitionId, String name, Data key);
    }

    private static <T> void byKey(RequestDispatcher dispatcher, MessageType type, ResponseEncoder<T> encoder,
            KeyRead<T> read) {
        dispatcher.register(type, (request, connection) -> {
            KeyRequest key = REQUESTS.decodeAs(request, KeyRequest.class);
            answer(request, connection, encoder, read.apply(keyPartition(request), key.name(), key.key()));
        });
    }

    // ---- listeners

    /** A single member holds every partition, so {@code localOnly} changes nothing. */
    private void addEntryListener(ClientMessage request, ClientConnection connection) {
        ValueListenerRequest listen = REQUESTS.decodeAs(request, ValueListenerRequest.class);
        String registrationId = multiMaps.addEntryListener(listen.name(), listen.key(), listen.includeValue(),
                EntryEvents.sender(connection, request.correlationId()));
        connection.addRegistration(registrationId,
                () -> multiMaps.removeEntryListener(listen.name(), registrationId));
        answer(request, connection, ResponseCodec::encodeString, registrationId);
    }

    private static void removeEntryListener(ClientMessage request, ClientConnection connection) {
        String registrationId = REQUESTS.decodeAs(request, RegistrationIdRequest.class).registrationId();
        answer(request, connection, ResponseCodec::encodeBoolean, connection.removeRegistration(registrationId));
    }

    /** The partition a key-bound request runs on: the one in its header, which must name one. */
    private static int keyPartition(ClientMessage request) {
        return HeaderPartition.of(request, "key");
    }
}
