package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.CONDITION_AWAIT;
import static io.alder.protocol.MessageType.CONDITION_BEFORE_AWAIT;
import static io.alder.protocol.MessageType.CONDITION_SIGNAL;
import static io.alder.protocol.MessageType.CONDITION_SIGNAL_ALL;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * Requests of the {@code Condition.*} family (service 0x08, the 4 messages of 3.12's {@code ICondition}).
 * A condition belongs to an ILock: each request names the condition, the calling thread and the lock, and
 * is bound to the partition of the lock's name, which the client puts in the frame header. A 3.12 client
 * awaits in two steps: {@code beforeAwait} registers the waiter and leaves the lock, {@code await} waits
 * for a signal and takes the lock back.
 *
 * <p>{@link #REQUESTS} decodes and encodes them all; {@code signal} and {@code signalAll} share
 * {@link SignalRequest}.
 */
public final class ConditionCodec {

    /** The 4 Condition requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("Condition");

    static {
        REQUESTS.register(AwaitRequest.class, AwaitRequest::read, CONDITION_AWAIT);
        REQUESTS.register(BeforeAwaitRequest.class, BeforeAwaitRequest::read, CONDITION_BEFORE_AWAIT);
        REQUESTS.register(SignalRequest.class, SignalRequest::read, CONDITION_SIGNAL, CONDITION_SIGNAL_ALL);
    }

    private ConditionCodec() {
    }

    /**
     * {@code await} (0x0801): waits at most {@code timeout} ms (negative: forever) for a signal of the
     * condition, then for the lock; answers whether it was signalled.
     *
     * <pre>
     *   | name: str | threadId: i64 | timeout: i64 | lockName: str | referenceId: i64 [1.2+] |
     * </pre>
     *
     * @param name the condition's name
     * @param referenceId unique per call so that a retried call is applied once; {@link ReferenceIds#NONE}
     *     when the client sent none
     */
    public record AwaitRequest(String name, long threadId, long timeout, String lockName, long referenceId)
            implements CodecRequest {

        static AwaitRequest read(ParameterReader in) {
            return new AwaitRequest(in.readString(), in.readLong(), in.readLong(), in.readString(),
                    ReferenceIds.readOptional(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(threadId).writeLong(timeout).writeString(lockName).writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(lockName) + 3 * LONG_SIZE;
        }
    }

    /**
     * {@code beforeAwait} (0x0802): the caller, which must hold the lock, becomes a waiter of the condition
     * and leaves the lock.
     *
     * <pre>
     *   | name: str | threadId: i64 | lockName: str | referenceId: i64 [1.2+] |
     * </pre>
     */
    public record BeforeAwaitRequest(String name, long threadId, String lockName, long referenceId)
            implements CodecRequest {

        static BeforeAwaitRequest read(ParameterReader in) {
            return new BeforeAwaitRequest(in.readString(), in.readLong(), in.readString(),
                    ReferenceIds.readOptional(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(threadId).writeString(lockName).writeLong(referenceId);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(lockName) + 2 * LONG_SIZE;
        }
    }

    /**
     * {@code signal} (0x0803) and {@code signalAll} (0x0804): wake one, or every, waiter of the condition.
     *
     * <pre>
     *   | name: str | threadId: i64 | lockName: str |
     * </pre>
     */
    public record SignalRequest(String name, long threadId, String lockName) implements CodecRequest {

        static SignalRequest read(ParameterReader in) {
            return new SignalRequest(in.readString(), in.readLong(), in.readString());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(threadId).writeString(lockName);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(lockName) + LONG_SIZE;
        }
    }
}
