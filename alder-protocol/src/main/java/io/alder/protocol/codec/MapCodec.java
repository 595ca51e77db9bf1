package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;

/**
 * Requests of the {@code Map.*} family (service 0x01, all 74 messages of 3.12). Many messages share one
 * layout, so parameters are decoded into one record per layout ("shape"): {@code Map.get},
 * {@code Map.remove}, {@code Map.containsKey}, ... all become a {@link KeyRequest}. This class holds the
 * per-key operations; {@link MapQueryCodec} the whole-map, bulk and query operations and
 * {@link MapListenerCodec} listeners, interceptors and near-cache support. The response payloads only
 * Map uses are in {@link MapResponseCodec}; shapes other families use too are top-level records.
 *
 * <p>{@link #REQUESTS} decodes and encodes them all; a handler reads its message with, e.g.,
 * {@code MapCodec.REQUESTS.decodeAs(message, PutRequest.class)}.
 *
 * <p>The lock calls end with a {@code referenceId} (see {@link ReferenceIds}).
 */
public final class MapCodec {

    /** The 74 Map requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("Map");

    static {
        REQUESTS.register(KeyRequest.class, KeyRequest::read,
                MAP_GET, MAP_REMOVE, MAP_CONTAINS_KEY, MAP_DELETE, MAP_GET_ENTRY_VIEW, MAP_EVICT);
        REQUESTS.register(KeyValueRequest.class, KeyValueRequest::read, MAP_REPLACE, MAP_REMOVE_IF_SAME);
        REQUESTS.register(ReplaceIfSameRequest.class, ReplaceIfSameRequest::read, MAP_REPLACE_IF_SAME);
        REQUESTS.register(PutRequest.class, PutRequest::read, MAP_PUT, MAP_PUT_TRANSIENT, MAP_PUT_IF_ABSENT, MAP_SET);
        REQUESTS.register(PutWithMaxIdleRequest.class, PutWithMaxIdleRequest::read, MAP_PUT_WITH_MAX_IDLE,
                MAP_PUT_TRANSIENT_WITH_MAX_IDLE, MAP_PUT_IF_ABSENT_WITH_MAX_IDLE, MAP_SET_WITH_MAX_IDLE);
        REQUESTS.register(TryPutRequest.class, TryPutRequest::read, MAP_TRY_PUT);
        REQUESTS.register(TryRemoveRequest.class, TryRemoveRequest::read, MAP_TRY_REMOVE);
        REQUESTS.register(SetTtlRequest.class, SetTtlRequest::read, MAP_SET_TTL);
        REQUESTS.register(LockRequest.class, LockRequest::read, MAP_LOCK);
        REQUESTS.register(TryLockRequest.class, TryLockRequest::read, MAP_TRY_LOCK);
        REQUESTS.register(UnlockRequest.class, UnlockRequest::read, MAP_UNLOCK);
        REQUESTS.register(ForceUnlockRequest.class, ForceUnlockRequest::read, MAP_FORCE_UNLOCK);
        REQUESTS.register(IsLockedRequest.class, IsLockedRequest::read, MAP_IS_LOCKED);
        REQUESTS.register(ExecuteOnKeyRequest.class, ExecuteOnKeyRequest::read, MAP_EXECUTE_ON_KEY, MAP_SUBMIT_TO_KEY);
        MapQueryCodec.registerShapes(REQUESTS);
        MapListenerCodec.registerShapes(REQUESTS);
    }

    private MapCodec() {
    }

    /**
     * {@code replace} (the new value) and {@code removeIfSame} (the expected value).
     *
     * <pre>
     *   | name: str | key: Data | value: Data | threadId: i64 |
     * </pre>
     */
    public record KeyValueRequest(String name, Data key, Data value, long threadId) implements CodecRequest {

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

    /**
     * {@code replaceIfSame}: replaces the value only if it equals {@code testValue}.
     *
     * <pre>
     *   | name: str | key: Data | testValue: Data | value: Data | threadId: i64 |
     * </pre>
     */
    public record ReplaceIfSameRequest(String name, Data key, Data testValue, Data value, long threadId)
            implements CodecRequest {

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

    /**
     * {@code put}, {@code putTransient}, {@code putIfAbsent}, {@code set}.
     *
     * <pre>
     *   | name: str | key: Data | value: Data | threadId: i64 | ttl: i64 |
     * </pre>
     *
     * @param ttl milliseconds; -1 = the map's default, 0 = forever
     */
    public record PutRequest(String name, Data key, Data value, long threadId, long ttl) implements CodecRequest {

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
            implements CodecRequest {

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

    /**
     * {@code tryPut}: a put that waits at most {@code timeout} ms for a locked key.
     *
     * <pre>
     *   | name: str | key: Data | value: Data | threadId: i64 | timeout: i64 |
     * </pre>
     */
    public record TryPutRequest(String name, Data key, Data value, long threadId, long timeout)
            implements CodecRequest {

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

    /**
     * {@code tryRemove}: a remove that waits at most {@code timeout} ms for a locked key.
     *
     * <pre>
     *   | name: str | key: Data | threadId: i64 | timeout: i64 |
     * </pre>
     */
    public record TryRemoveRequest(String name, Data key, long threadId, long timeout) implements CodecRequest {

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

    /**
     * {@code setTtl} (protocol 1.7): changes the time to live of an existing entry.
     *
     * <pre>
     *   | name: str | key: Data | ttl: i64 |
     * </pre>
     */
    public record SetTtlRequest(String name, Data key, long ttl) implements CodecRequest {

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

    /**
     * {@code lock}: waits for the key lock and holds it for at most {@code ttl} ms (-1 = until unlocked).
     *
     * <pre>
     *   | name: str | key: Data | threadId: i64 | ttl: i64 | referenceId: i64 [1.2+] |
     * </pre>
     *
     * @param referenceId unique per lock call so that a retried call is applied once;
     *     {@link ReferenceIds#NONE} when the client did not send one
     */
    public record LockRequest(String name, Data key, long threadId, long ttl, long referenceId)
            implements CodecRequest {

        static LockRequest read(ParameterReader in) {
            return new LockRequest(in.readString(), in.readData(), in.readLong(), in.readLong(),
                    ReferenceIds.readOptional(in));
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

    /**
     * {@code tryLock}: waits at most {@code timeout} ms for the key lock, then holds it for {@code lease} ms.
     *
     * <pre>
     *   | name: str | key: Data | threadId: i64 | lease: i64 | timeout: i64 | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record TryLockRequest(String name, Data key, long threadId, long lease, long timeout, long referenceId)
            implements CodecRequest {

        static TryLockRequest read(ParameterReader in) {
            return new TryLockRequest(in.readString(), in.readData(), in.readLong(), in.readLong(), in.readLong(),
                    ReferenceIds.readOptional(in));
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

    /**
     * {@code unlock}.
     *
     * <pre>
     *   | name: str | key: Data | threadId: i64 | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record UnlockRequest(String name, Data key, long threadId, long referenceId) implements CodecRequest {

        static UnlockRequest read(ParameterReader in) {
            return new UnlockRequest(in.readString(), in.readData(), in.readLong(), ReferenceIds.readOptional(in));
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

    /**
     * {@code forceUnlock}: releases the key lock whoever holds it.
     *
     * <pre>
     *   | name: str | key: Data | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record ForceUnlockRequest(String name, Data key, long referenceId) implements CodecRequest {

        static ForceUnlockRequest read(ParameterReader in) {
            return new ForceUnlockRequest(in.readString(), in.readData(), ReferenceIds.readOptional(in));
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

    /**
     * {@code isLocked}.
     *
     * <pre>
     *   | name: str | key: Data |
     * </pre>
     */
    public record IsLockedRequest(String name, Data key) implements CodecRequest {

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

    /**
     * {@code executeOnKey} and {@code submitToKey}: runs an entry processor on one entry.
     *
     * <pre>
     *   | name: str | entryProcessor: Data | key: Data | threadId: i64 |
     * </pre>
     */
    public record ExecuteOnKeyRequest(String name, Data entryProcessor, Data key, long threadId)
            implements CodecRequest {

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
}
