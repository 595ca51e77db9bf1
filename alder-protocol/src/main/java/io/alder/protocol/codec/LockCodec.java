package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * Requests of the {@code Lock.*} family (service 0x07, the 8 ILock messages of 3.12). Every one is bound
 * to the partition of the lock's name, which the client puts in the frame header; the payload starts with
 * the name. Messages that share a layout share a record: {@code isLocked}, {@code getLockCount} and
 * {@code getRemainingLeaseTime} are all a {@link NameRequest}; {@code isLockedByCurrentThread} (0x0702) is a
 * {@link LongRequest} whose value is the calling client thread, which with the client uuid identifies a lock
 * owner.
 *
 * <p>{@link #REQUESTS} decodes and encodes them all; a handler reads its message with, e.g.,
 * {@code LockCodec.REQUESTS.decodeAs(message, LockRequest.class)}.
 *
 * <p>{@code lock}, {@code unlock}, {@code forceUnlock} and {@code tryLock} end with a {@code referenceId}
 * (see {@link ReferenceIds}).
 */
public final class LockCodec {

    /** The 8 Lock requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("Lock");

    static {
        REQUESTS.register(NameRequest.class, NameRequest::read,
                LOCK_IS_LOCKED, LOCK_GET_LOCK_COUNT, LOCK_GET_REMAINING_LEASE_TIME);
        REQUESTS.register(LongRequest.class, LongRequest::read, LOCK_IS_LOCKED_BY_CURRENT_THREAD);
        REQUESTS.register(LockRequest.class, LockRequest::read, LOCK_LOCK);
        REQUESTS.register(UnlockRequest.class, UnlockRequest::read, LOCK_UNLOCK);
        REQUESTS.register(ForceUnlockRequest.class, ForceUnlockRequest::read, LOCK_FORCE_UNLOCK);
        REQUESTS.register(TryLockRequest.class, TryLockRequest::read, LOCK_TRY_LOCK);
    }

    private LockCodec() {
    }

    /**
     * {@code lock} (0x0705): waits as long as another caller holds the lock, then holds it for
     * {@code leaseTime} ms (-1: no lease).
     *
     * <pre>
     *   | name: str | leaseTime: i64 | threadId: i64 | referenceId: i64 [1.2+] |
     * </pre>
     *
     * @param referenceId unique per lock call so that a retried call is applied once;
     *     {@link ReferenceIds#NONE} when the client sent none
     */
    public record LockRequest(String name, long leaseTime, long threadId, long referenceId) implements CodecRequest {

        static LockRequest read(ParameterReader in) {
            return new LockRequest(in.readString(), in.readLong(), in.readLong(), ReferenceIds.readOptional(in));
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

    /**
     * {@code unlock} (0x0706).
     *
     * <pre>
     *   | name: str | threadId: i64 | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record UnlockRequest(String name, long threadId, long referenceId) implements CodecRequest {

        static UnlockRequest read(ParameterReader in) {
            return new UnlockRequest(in.readString(), in.readLong(), ReferenceIds.readOptional(in));
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

    /**
     * {@code forceUnlock} (0x0707): releases the lock whoever holds it.
     *
     * <pre>
     *   | name: str | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record ForceUnlockRequest(String name, long referenceId) implements CodecRequest {

        static ForceUnlockRequest read(ParameterReader in) {
            return new ForceUnlockRequest(in.readString(), ReferenceIds.readOptional(in));
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
            implements CodecRequest {

        static TryLockRequest read(ParameterReader in) {
            return new TryLockRequest(in.readString(), in.readLong(), in.readLong(), in.readLong(),
                    ReferenceIds.readOptional(in));
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
}
