package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.netty.buffer.ByteBufAllocator;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Requests of the {@code Lock.*} family (service 0x07, the 8 ILock messages of 3.12). Every one is bound
 * to the partition of the lock's name, which the client puts in the frame header; the payload starts with
 * the name. Messages that share a layout share a record: {@code isLocked}, {@code getLockCount} and
 * {@code getRemainingLeaseTime} are all a {@link NameRequest}.
 *
 * <p>Server side: a handler calls the typed decoder of its message, e.g. {@link #decodeLock};
 * {@link #decode} picks the layout from the type. Client side: {@link #encode} writes a record under one
 * of its message types, with the given correlation id and header partition id.
 *
 * <p>The trailing {@code referenceId} [1.2+] of {@code lock}, {@code unlock}, {@code forceUnlock} and
 * {@code tryLock} is read only when bytes remain, as 3.12 does ({@link #NO_REFERENCE_ID} otherwise), and
 * is always written.
 */
public final class LockCodec {

    /** The {@code referenceId} of a lock call from a client older than protocol 1.2, which has none. */
    public static final long NO_REFERENCE_ID = 0;

    private static final Shape NAME = new Shape(NameRequest.class, NameRequest::read);
    private static final Shape THREAD = new Shape(ThreadRequest.class, ThreadRequest::read);
    private static final Shape LOCK = new Shape(LockRequest.class, LockRequest::read);
    private static final Shape UNLOCK = new Shape(UnlockRequest.class, UnlockRequest::read);
    private static final Shape FORCE_UNLOCK = new Shape(ForceUnlockRequest.class, ForceUnlockRequest::read);
    private static final Shape TRY_LOCK = new Shape(TryLockRequest.class, TryLockRequest::read);
    private static final Set<MessageType> TYPES = Collections.unmodifiableSet(Arrays.stream(MessageType.values())
            .filter(type -> shapeOf(type) != null)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(MessageType.class))));

    private LockCodec() {
    }

    /** The parameters of one Lock request, in one of the layouts this family uses. */
    public sealed interface Request permits NameRequest, ThreadRequest, LockRequest, UnlockRequest,
            ForceUnlockRequest, TryLockRequest {

        /** Writes the parameters in wire order. */
        void write(MessageWriter out);

        /** The encoded size of the parameters, to size the buffer once. */
        int encodedSize();
    }

    /** How one message type's parameters are read, and which record may be written as it. */
    private record Shape(Class<? extends Request> record, Function<ParameterReader, ? extends Request> reader) {
    }

    /** The Lock message types this codec knows: all 8 of 3.12. */
    public static Set<MessageType> types() {
        return TYPES;
    }

    /**
     * Decodes any Lock request into the record of its layout.
     *
     * @throws MalformedMessageException if the type is not a Lock request or the payload is malformed
     */
    public static Request decode(ClientMessage message) {
        Shape shape = shapeOf(MessageType.of(message.type()));
        if (shape == null) {
            throw new MalformedMessageException("not a Lock request: " + MessageType.describe(message.type()));
        }
        return shape.reader().apply(message.reader());
    }

    /**
     * Encodes a request as the given message type.
     *
     * @param partitionId the header partition id: the partition of the lock's name
     * @throws IllegalArgumentException if the type is not a Lock request or {@code request} is not its layout
     */
    public static ClientMessage encode(ByteBufAllocator allocator, MessageType type, long correlationId,
            int partitionId, Request request) {
        Shape shape = shapeOf(type);
        if (shape == null || !shape.record().isInstance(request)) {
            throw new IllegalArgumentException(request.getClass().getSimpleName() + " cannot be sent as " + type);
        }
        MessageWriter out = MessageWriter.start(allocator, type, correlationId, partitionId, request.encodedSize());
        request.write(out);
        return out.build();
    }

    private static Shape shapeOf(MessageType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case LOCK_IS_LOCKED, LOCK_GET_LOCK_COUNT, LOCK_GET_REMAINING_LEASE_TIME -> NAME;
            case LOCK_IS_LOCKED_BY_CURRENT_THREAD -> THREAD;
            case LOCK_LOCK -> LOCK;
            case LOCK_UNLOCK -> UNLOCK;
            case LOCK_FORCE_UNLOCK -> FORCE_UNLOCK;
            case LOCK_TRY_LOCK -> TRY_LOCK;
            default -> null;
        };
    }

    /**
     * {@code isLocked} (0x0701), {@code getLockCount} (0x0703), {@code getRemainingLeaseTime} (0x0704).
     *
     * <pre>
     *   | name: str |
     * </pre>
     */
    public record NameRequest(String name) implements Request {

        static NameRequest read(ParameterReader in) {
            return new NameRequest(in.readString());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name);
        }
    }

    public static NameRequest decodeName(ClientMessage message) {
        return NameRequest.read(message.reader());
    }

    /**
     * {@code isLockedByCurrentThread} (0x0702).
     *
     * <pre>
     *   | name: str | threadId: i64 |
     * </pre>
     *
     * @param threadId the calling client thread, which with the client uuid identifies a lock owner
     */
    public record ThreadRequest(String name, long threadId) implements Request {

        static ThreadRequest read(ParameterReader in) {
            return new ThreadRequest(in.readString(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(threadId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + LONG_SIZE;
        }
    }

    public static ThreadRequest decodeThread(ClientMessage message) {
        return ThreadRequest.read(message.reader());
    }

    /**
     * {@code lock} (0x0705): waits as long as another caller holds the lock, then holds it for
     * {@code leaseTime} ms (-1: no lease).
     *
     * <pre>
     *   | name: str | leaseTime: i64 | threadId: i64 | referenceId: i64 [1.2+] |
     * </pre>
     *
     * @param referenceId unique per lock call so that a retried call is applied once; {@link #NO_REFERENCE_ID}
     *     when the client sent none
     */
    public record LockRequest(String name, long leaseTime, long threadId, long referenceId) implements Request {

        static LockRequest read(ParameterReader in) {
            return new LockRequest(in.readString(), in.readLong(), in.readLong(), readReferenceId(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(leaseTime).writeLong(threadId).writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + 3 * LONG_SIZE;
        }
    }

    public static LockRequest decodeLock(ClientMessage message) {
        return LockRequest.read(message.reader());
    }

    /**
     * {@code unlock} (0x0706).
     *
     * <pre>
     *   | name: str | threadId: i64 | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record UnlockRequest(String name, long threadId, long referenceId) implements Request {

        static UnlockRequest read(ParameterReader in) {
            return new UnlockRequest(in.readString(), in.readLong(), readReferenceId(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(threadId).writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + 2 * LONG_SIZE;
        }
    }

    public static UnlockRequest decodeUnlock(ClientMessage message) {
        return UnlockRequest.read(message.reader());
    }

    /**
     * {@code forceUnlock} (0x0707): releases the lock whoever holds it.
     *
     * <pre>
     *   | name: str | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record ForceUnlockRequest(String name, long referenceId) implements Request {

        static ForceUnlockRequest read(ParameterReader in) {
            return new ForceUnlockRequest(in.readString(), readReferenceId(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + LONG_SIZE;
        }
    }

    public static ForceUnlockRequest decodeForceUnlock(ClientMessage message) {
        return ForceUnlockRequest.read(message.reader());
    }

    /**
     * {@code tryLock} (0x0708): waits at most {@code timeout} ms (0: not at all, negative: forever) for the
     * lock, then holds it for {@code lease} ms. The 3.12 Java client sends a lease of {@link Long#MAX_VALUE}
     * when the caller gave none.
     *
     * <pre>
     *   | name: str | threadId: i64 | lease: i64 | timeout: i64 | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record TryLockRequest(String name, long threadId, long lease, long timeout, long referenceId)
            implements Request {

        static TryLockRequest read(ParameterReader in) {
            return new TryLockRequest(in.readString(), in.readLong(), in.readLong(), in.readLong(),
                    readReferenceId(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(threadId).writeLong(lease).writeLong(timeout).writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + 4 * LONG_SIZE;
        }
    }

    public static TryLockRequest decodeTryLock(ClientMessage message) {
        return TryLockRequest.read(message.reader());
    }

    private static long readReferenceId(ParameterReader in) {
        return in.hasRemaining() ? in.readLong() : NO_REFERENCE_ID;
    }
}
