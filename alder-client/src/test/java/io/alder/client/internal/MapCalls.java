package io.alder.client.internal;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.codec.MapListenerCodec;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.netty.buffer.ByteBufAllocator;
import java.io.UTFDataFormatException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Raw {@code Map.*} calls through a client's invocation service, with string keys and values, as a proxy
 * would make them: the codec builds the request with the key's partition in its header.
 */
final class MapCalls {

    /** The thread id the calls carry; locks belong to it. */
    static final long THREAD_ID = 1;
    /** Entry event types: ADDED | REMOVED | UPDATED. */
    static final int ENTRY_EVENTS = 1 | 2 | 4;

    private final ClientRuntime client;
    private final String map;

    MapCalls(ClientRuntime client, String map) {
        this.client = client;
        this.map = map;
    }

    CompletableFuture<String> put(String key, String value) {
        Data keyData = Strings.toData(key);
        ClientMessage request = MapCodec.REQUESTS.encode(client.allocator(), MessageType.MAP_PUT, 0,
                client.partitionId(keyData), new MapCodec.PutRequest(map, keyData, Strings.toData(value), THREAD_ID, -1));
        return client.invocations().invoke(request, false).thenApply(MapCalls::string);
    }

    CompletableFuture<String> get(String key) {
        Data keyData = Strings.toData(key);
        ClientMessage request = MapCodec.REQUESTS.encode(client.allocator(), MessageType.MAP_GET, 0,
                client.partitionId(keyData), new KeyRequest(map, keyData, THREAD_ID));
        return client.invocations().invoke(request, true).thenApply(MapCalls::string);
    }

    /** Locks a key for {@code threadId} until unlocked. */
    CompletableFuture<Void> lock(String key, long threadId, long referenceId) {
        Data keyData = Strings.toData(key);
        ClientMessage request = MapCodec.REQUESTS.encode(client.allocator(), MessageType.MAP_LOCK, 0,
                client.partitionId(keyData), new MapCodec.LockRequest(map, keyData, threadId, -1, referenceId));
        return client.invocations().invoke(request, true, null).thenAccept(ClientMessage::release);
    }

    /** Unlocks a key held by {@code threadId}. */
    CompletableFuture<Void> unlock(String key, long threadId, long referenceId) {
        Data keyData = Strings.toData(key);
        ClientMessage request = MapCodec.REQUESTS.encode(client.allocator(), MessageType.MAP_UNLOCK, 0,
                client.partitionId(keyData), new MapCodec.UnlockRequest(map, keyData, threadId, referenceId));
        return client.invocations().invoke(request, true).thenAccept(ClientMessage::release);
    }

    /** Tries to lock a key for {@code threadId}, waiting on the member up to {@code wait}. */
    CompletableFuture<Boolean> tryLock(String key, long threadId, Duration wait, long referenceId,
            Duration clientWait) {
        Data keyData = Strings.toData(key);
        ClientMessage request = MapCodec.REQUESTS.encode(client.allocator(), MessageType.MAP_TRY_LOCK, 0,
                client.partitionId(keyData),
                new MapCodec.TryLockRequest(map, keyData, threadId, -1, wait.toMillis(), referenceId));
        return client.invocations().invoke(request, true, clientWait).thenApply(response -> {
            try {
                return ResponseCodec.decodeBoolean(response);
            } finally {
                response.release();
            }
        });
    }

    /** Puts with {@code Map.tryPut}, waiting on the member up to {@code wait} if the key is locked. */
    CompletableFuture<Boolean> tryPut(String key, String value, long threadId, Duration wait) {
        Data keyData = Strings.toData(key);
        ClientMessage request = MapCodec.REQUESTS.encode(client.allocator(), MessageType.MAP_TRY_PUT, 0,
                client.partitionId(keyData),
                new MapCodec.TryPutRequest(map, keyData, Strings.toData(value), threadId, wait.toMillis()));
        return client.invocations().invoke(request, false, wait).thenApply(response -> {
            try {
                return ResponseCodec.decodeBoolean(response);
            } finally {
                response.release();
            }
        });
    }

    /** The entry listener registration of this map, for every key, with values. */
    ListenerProtocol entryListener() {
        return new ListenerProtocol() {
            @Override
            public ClientMessage encodeAdd(ByteBufAllocator allocator, boolean localOnly) {
                return MapCodec.REQUESTS.encode(allocator, MessageType.MAP_ADD_ENTRY_LISTENER, 0, -1,
                        new MapListenerCodec.EntryListenerRequest(map, null, null, true, ENTRY_EVENTS, localOnly));
            }

            @Override
            public String decodeAddResponse(ClientMessage response) {
                return ResponseCodec.decodeString(response);
            }

            @Override
            public ClientMessage encodeRemove(ByteBufAllocator allocator, String memberRegistrationId) {
                return MapCodec.REQUESTS.encode(allocator, MessageType.MAP_REMOVE_ENTRY_LISTENER, 0, -1,
                        new RegistrationIdRequest(map, memberRegistrationId));
            }
        };
    }

    /** An entry event as a test sees it. */
    record Event(int partitionId, String key, String value, int type, String thread) {

        static Event of(ClientMessage message) {
            EventCodec.EntryEvent event = EventCodec.decodeEntry(message);
            return new Event(message.partitionId(), text(event.key()), text(event.value()), event.eventType(),
                    Thread.currentThread().getName());
        }
    }

    /** Decodes a DATA response holding a string (or null) and releases it. */
    private static String string(ClientMessage response) {
        try {
            return text(ResponseCodec.decodeData(response));
        } finally {
            response.release();
        }
    }

    static String text(Data data) {
        if (data == null) {
            return null;
        }
        try {
            return Strings.fromData(data);
        } catch (UTFDataFormatException e) {
            throw new CompletionException(e);
        }
    }
}
