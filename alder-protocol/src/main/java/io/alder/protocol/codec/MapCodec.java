package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import io.netty.buffer.ByteBufAllocator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Requests of the {@code Map.*} family (service 0x01, all 74 messages of 3.12). Many messages share one
 * layout, so parameters are decoded into one record per layout ("shape"): {@code Map.get},
 * {@code Map.remove}, {@code Map.containsKey}, ... all become a {@link KeyRequest}. This class holds the
 * per-key operations; {@link MapQueryCodec} the whole-map, bulk and query operations and
 * {@link MapListenerCodec} listeners, interceptors and near-cache support. The response payloads only
 * Map uses are in {@link MapResponseCodec}.
 *
 * <p>Server side: a handler that knows the message type calls the typed decoder of its shape, e.g.
 * {@link #decodePut}; {@link #decode} picks the shape from the type. Client side: {@link #encode} writes
 * any shape under any of its message types, with the given correlation id and header partition id.
 *
 * <p>Trailing fields added by a later protocol version ({@code referenceId} [1.2+] of the lock calls) are
 * read only when bytes remain, as 3.12 does, and are always written.
 */
public final class MapCodec {

    /** The {@code referenceId} of a lock call from a client older than protocol 1.2, which has none. */
    public static final long NO_REFERENCE_ID = 0;

    private static final Map<MessageType, Shape> SHAPES = new EnumMap<>(MessageType.class);

    static {
        register(KeyRequest.class, KeyRequest::read,
                MAP_GET, MAP_REMOVE, MAP_CONTAINS_KEY, MAP_DELETE, MAP_GET_ENTRY_VIEW, MAP_EVICT);
        register(KeyValueRequest.class, KeyValueRequest::read, MAP_REPLACE, MAP_REMOVE_IF_SAME);
        register(ReplaceIfSameRequest.class, ReplaceIfSameRequest::read, MAP_REPLACE_IF_SAME);
        register(PutRequest.class, PutRequest::read, MAP_PUT, MAP_PUT_TRANSIENT, MAP_PUT_IF_ABSENT, MAP_SET);
        register(PutWithMaxIdleRequest.class, PutWithMaxIdleRequest::read, MAP_PUT_WITH_MAX_IDLE,
                MAP_PUT_TRANSIENT_WITH_MAX_IDLE, MAP_PUT_IF_ABSENT_WITH_MAX_IDLE, MAP_SET_WITH_MAX_IDLE);
        register(TryPutRequest.class, TryPutRequest::read, MAP_TRY_PUT);
        register(TryRemoveRequest.class, TryRemoveRequest::read, MAP_TRY_REMOVE);
        register(SetTtlRequest.class, SetTtlRequest::read, MAP_SET_TTL);
        register(LockRequest.class, LockRequest::read, MAP_LOCK);
        register(TryLockRequest.class, TryLockRequest::read, MAP_TRY_LOCK);
        register(UnlockRequest.class, UnlockRequest::read, MAP_UNLOCK);
        register(ForceUnlockRequest.class, ForceUnlockRequest::read, MAP_FORCE_UNLOCK);
        register(IsLockedRequest.class, IsLockedRequest::read, MAP_IS_LOCKED);
        register(ExecuteOnKeyRequest.class, ExecuteOnKeyRequest::read, MAP_EXECUTE_ON_KEY, MAP_SUBMIT_TO_KEY);
        MapQueryCodec.registerShapes();
        MapListenerCodec.registerShapes();
    }

    private MapCodec() {
    }

    /** The parameters of one Map request, in one of the shapes this family uses. */
    public sealed interface Request permits KeyRequest, KeyValueRequest, ReplaceIfSameRequest, PutRequest,
            PutWithMaxIdleRequest, TryPutRequest, TryRemoveRequest, SetTtlRequest, LockRequest, TryLockRequest,
            UnlockRequest, ForceUnlockRequest, IsLockedRequest, ExecuteOnKeyRequest,
            MapQueryCodec.NameRequest, MapQueryCodec.ValueRequest, MapQueryCodec.KeysRequest,
            MapQueryCodec.PutAllRequest, MapQueryCodec.PredicateRequest, MapQueryCodec.FunctionRequest,
            MapQueryCodec.FunctionWithPredicateRequest, MapQueryCodec.ExecuteOnKeysRequest,
            MapQueryCodec.FetchRequest, MapQueryCodec.FetchWithQueryRequest,
            MapQueryCodec.EventJournalReadRequest, MapQueryCodec.AddIndexRequest, MapQueryCodec.LoadAllRequest,
            MapQueryCodec.LoadGivenKeysRequest, MapListenerCodec.EntryListenerRequest,
            MapListenerCodec.NearCacheListenerRequest, MapListenerCodec.PartitionLostListenerRequest,
            MapListenerCodec.RemoveRegistrationRequest, MapListenerCodec.InterceptorRequest,
            MapListenerCodec.ClearNearCacheRequest, MapListenerCodec.InvalidationMetadataRequest,
            MapListenerCodec.NoParameters {

        /** Writes the parameters in wire order. */
        void write(MessageWriter out);

        /** The encoded size of the parameters, to size the buffer once. */
        int encodedSize();
    }

    /** How one message type's parameters are read, and which records may be written as it. */
    private record Shape(Predicate<Request> accepts, Function<ParameterReader, ? extends Request> reader) {
    }

    static void register(Class<? extends Request> shape, Function<ParameterReader, ? extends Request> reader,
            MessageType... types) {
        for (MessageType type : types) {
            register(type, shape::isInstance, reader);
        }
    }

    static void register(MessageType type, Predicate<Request> accepts,
            Function<ParameterReader, ? extends Request> reader) {
        if (SHAPES.putIfAbsent(type, new Shape(accepts, reader)) != null) {
            throw new IllegalStateException(type + " registered twice");
        }
    }

    /** The Map message types this codec knows: all 74 of 3.12. */
    public static Set<MessageType> types() {
        return Collections.unmodifiableSet(SHAPES.keySet());
    }

    /**
     * Decodes any Map request into the record of its shape.
     *
     * @throws MalformedMessageException if the type is not a Map request or the payload is malformed
     */
    public static Request decode(ClientMessage message) {
        MessageType type = MessageType.of(message.type());
        Shape shape = type == null ? null : SHAPES.get(type);
        if (shape == null) {
            throw new MalformedMessageException("not a Map request: " + MessageType.describe(message.type()));
        }
        return shape.reader().apply(message.reader());
    }

    /**
     * Encodes a request as the given message type.
     *
     * @param partitionId the header partition id: the key's partition for per-key calls, -1 for none
     * @throws IllegalArgumentException if the type is not a Map request or {@code request} is not its shape
     */
    public static ClientMessage encode(ByteBufAllocator allocator, MessageType type, long correlationId,
            int partitionId, Request request) {
        Shape shape = SHAPES.get(type);
        if (shape == null || !shape.accepts().test(request)) {
            throw new IllegalArgumentException(request.getClass().getSimpleName() + " cannot be sent as " + type);
        }
        MessageWriter out = MessageWriter.start(allocator, type, correlationId, partitionId, request.encodedSize());
        request.write(out);
        return out.build();
    }

    /**
     * {@code get}, {@code remove}, {@code containsKey}, {@code delete}, {@code getEntryView}, {@code evict}.
     *
     * <pre>
     *   | name: str | key: Data | threadId: i64 |
     * </pre>
     *
     * @param threadId the calling client thread, which with the client uuid identifies a lock owner
     */
    public record KeyRequest(String name, Data key, long threadId) implements Request {

        static KeyRequest read(ParameterReader in) {
            return new KeyRequest(in.readString(), in.readData(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeLong(threadId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + LONG_SIZE;
        }
    }

    public static KeyRequest decodeKey(ClientMessage message) {
        return KeyRequest.read(message.reader());
    }

    /**
     * {@code replace} (the new value) and {@code removeIfSame} (the expected value).
     *
     * <pre>
     *   | name: str | key: Data | value: Data | threadId: i64 |
     * </pre>
     */
    public record KeyValueRequest(String name, Data key, Data value, long threadId) implements Request {

        static KeyValueRequest read(ParameterReader in) {
            return new KeyValueRequest(in.readString(), in.readData(), in.readData(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeData(value).writeLong(threadId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + sizeOf(value) + LONG_SIZE;
        }
    }

    public static KeyValueRequest decodeKeyValue(ClientMessage message) {
        return KeyValueRequest.read(message.reader());
    }

    /**
     * {@code replaceIfSame}: replaces the value only if it equals {@code testValue}.
     *
     * <pre>
     *   | name: str | key: Data | testValue: Data | value: Data | threadId: i64 |
     * </pre>
     */
    public record ReplaceIfSameRequest(String name, Data key, Data testValue, Data value, long threadId)
            implements Request {

        static ReplaceIfSameRequest read(ParameterReader in) {
            return new ReplaceIfSameRequest(in.readString(), in.readData(), in.readData(), in.readData(),
                    in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeData(testValue).writeData(value).writeLong(threadId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + sizeOf(testValue) + sizeOf(value) + LONG_SIZE;
        }
    }

    public static ReplaceIfSameRequest decodeReplaceIfSame(ClientMessage message) {
        return ReplaceIfSameRequest.read(message.reader());
    }

    /**
     * {@code put}, {@code putTransient}, {@code putIfAbsent}, {@code set}.
     *
     * <pre>
     *   | name: str | key: Data | value: Data | threadId: i64 | ttl: i64 |
     * </pre>
     *
     * @param ttl milliseconds; -1 = the map's default, 0 = forever
     */
    public record PutRequest(String name, Data key, Data value, long threadId, long ttl) implements Request {

        static PutRequest read(ParameterReader in) {
            return new PutRequest(in.readString(), in.readData(), in.readData(), in.readLong(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeData(value).writeLong(threadId).writeLong(ttl);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + sizeOf(value) + 2 * LONG_SIZE;
        }
    }

    public static PutRequest decodePut(ClientMessage message) {
        return PutRequest.read(message.reader());
    }

    /**
     * {@code putWithMaxIdle}, {@code putTransientWithMaxIdle}, {@code putIfAbsentWithMaxIdle},
     * {@code setWithMaxIdle} (protocol 1.7).
     *
     * <pre>
     *   | name: str | key: Data | value: Data | threadId: i64 | ttl: i64 | maxIdle: i64 |
     * </pre>
     *
     * @param ttl milliseconds; -1 = the map's default, 0 = forever
     * @param maxIdle milliseconds without access before the entry expires; same conventions as {@code ttl}
     */
    public record PutWithMaxIdleRequest(String name, Data key, Data value, long threadId, long ttl, long maxIdle)
            implements Request {

        static PutWithMaxIdleRequest read(ParameterReader in) {
            return new PutWithMaxIdleRequest(in.readString(), in.readData(), in.readData(), in.readLong(),
                    in.readLong(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeData(value).writeLong(threadId).writeLong(ttl)
                    .writeLong(maxIdle);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + sizeOf(value) + 3 * LONG_SIZE;
        }
    }

    public static PutWithMaxIdleRequest decodePutWithMaxIdle(ClientMessage message) {
        return PutWithMaxIdleRequest.read(message.reader());
    }

    /**
     * {@code tryPut}: a put that waits at most {@code timeout} ms for a locked key.
     *
     * <pre>
     *   | name: str | key: Data | value: Data | threadId: i64 | timeout: i64 |
     * </pre>
     */
    public record TryPutRequest(String name, Data key, Data value, long threadId, long timeout) implements Request {

        static TryPutRequest read(ParameterReader in) {
            return new TryPutRequest(in.readString(), in.readData(), in.readData(), in.readLong(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeData(value).writeLong(threadId).writeLong(timeout);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + sizeOf(value) + 2 * LONG_SIZE;
        }
    }

    public static TryPutRequest decodeTryPut(ClientMessage message) {
        return TryPutRequest.read(message.reader());
    }

    /**
     * {@code tryRemove}: a remove that waits at most {@code timeout} ms for a locked key.
     *
     * <pre>
     *   | name: str | key: Data | threadId: i64 | timeout: i64 |
     * </pre>
     */
    public record TryRemoveRequest(String name, Data key, long threadId, long timeout) implements Request {

        static TryRemoveRequest read(ParameterReader in) {
            return new TryRemoveRequest(in.readString(), in.readData(), in.readLong(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeLong(threadId).writeLong(timeout);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + 2 * LONG_SIZE;
        }
    }

    public static TryRemoveRequest decodeTryRemove(ClientMessage message) {
        return TryRemoveRequest.read(message.reader());
    }

    /**
     * {@code setTtl} (protocol 1.7): changes the time to live of an existing entry.
     *
     * <pre>
     *   | name: str | key: Data | ttl: i64 |
     * </pre>
     */
    public record SetTtlRequest(String name, Data key, long ttl) implements Request {

        static SetTtlRequest read(ParameterReader in) {
            return new SetTtlRequest(in.readString(), in.readData(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeLong(ttl);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + LONG_SIZE;
        }
    }

    public static SetTtlRequest decodeSetTtl(ClientMessage message) {
        return SetTtlRequest.read(message.reader());
    }

    /**
     * {@code lock}: waits for the key lock and holds it for at most {@code ttl} ms (-1 = until unlocked).
     *
     * <pre>
     *   | name: str | key: Data | threadId: i64 | ttl: i64 | referenceId: i64 [1.2+] |
     * </pre>
     *
     * @param referenceId unique per lock call so that a retried call is applied once; {@link #NO_REFERENCE_ID}
     *     when the client did not send one
     */
    public record LockRequest(String name, Data key, long threadId, long ttl, long referenceId) implements Request {

        static LockRequest read(ParameterReader in) {
            return new LockRequest(in.readString(), in.readData(), in.readLong(), in.readLong(), readReferenceId(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeLong(threadId).writeLong(ttl).writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + 3 * LONG_SIZE;
        }
    }

    public static LockRequest decodeLock(ClientMessage message) {
        return LockRequest.read(message.reader());
    }

    /**
     * {@code tryLock}: waits at most {@code timeout} ms for the key lock, then holds it for {@code lease} ms.
     *
     * <pre>
     *   | name: str | key: Data | threadId: i64 | lease: i64 | timeout: i64 | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record TryLockRequest(String name, Data key, long threadId, long lease, long timeout, long referenceId)
            implements Request {

        static TryLockRequest read(ParameterReader in) {
            return new TryLockRequest(in.readString(), in.readData(), in.readLong(), in.readLong(), in.readLong(),
                    readReferenceId(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeLong(threadId).writeLong(lease).writeLong(timeout)
                    .writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + 4 * LONG_SIZE;
        }
    }

    public static TryLockRequest decodeTryLock(ClientMessage message) {
        return TryLockRequest.read(message.reader());
    }

    /**
     * {@code unlock}.
     *
     * <pre>
     *   | name: str | key: Data | threadId: i64 | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record UnlockRequest(String name, Data key, long threadId, long referenceId) implements Request {

        static UnlockRequest read(ParameterReader in) {
            return new UnlockRequest(in.readString(), in.readData(), in.readLong(), readReferenceId(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeLong(threadId).writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + 2 * LONG_SIZE;
        }
    }

    public static UnlockRequest decodeUnlock(ClientMessage message) {
        return UnlockRequest.read(message.reader());
    }

    /**
     * {@code forceUnlock}: releases the key lock whoever holds it.
     *
     * <pre>
     *   | name: str | key: Data | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record ForceUnlockRequest(String name, Data key, long referenceId) implements Request {

        static ForceUnlockRequest read(ParameterReader in) {
            return new ForceUnlockRequest(in.readString(), in.readData(), readReferenceId(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + LONG_SIZE;
        }
    }

    public static ForceUnlockRequest decodeForceUnlock(ClientMessage message) {
        return ForceUnlockRequest.read(message.reader());
    }

    /**
     * {@code isLocked}.
     *
     * <pre>
     *   | name: str | key: Data |
     * </pre>
     */
    public record IsLockedRequest(String name, Data key) implements Request {

        static IsLockedRequest read(ParameterReader in) {
            return new IsLockedRequest(in.readString(), in.readData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key);
        }
    }

    public static IsLockedRequest decodeIsLocked(ClientMessage message) {
        return IsLockedRequest.read(message.reader());
    }

    /**
     * {@code executeOnKey} and {@code submitToKey}: runs an entry processor on one entry.
     *
     * <pre>
     *   | name: str | entryProcessor: Data | key: Data | threadId: i64 |
     * </pre>
     */
    public record ExecuteOnKeyRequest(String name, Data entryProcessor, Data key, long threadId) implements Request {

        static ExecuteOnKeyRequest read(ParameterReader in) {
            return new ExecuteOnKeyRequest(in.readString(), in.readData(), in.readData(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(entryProcessor).writeData(key).writeLong(threadId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(entryProcessor) + sizeOf(key) + LONG_SIZE;
        }
    }

    public static ExecuteOnKeyRequest decodeExecuteOnKey(ClientMessage message) {
        return ExecuteOnKeyRequest.read(message.reader());
    }

    private static long readReferenceId(ParameterReader in) {
        return in.hasRemaining() ? in.readLong() : NO_REFERENCE_ID;
    }
}
