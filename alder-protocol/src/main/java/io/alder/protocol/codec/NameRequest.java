package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * Requests with only the object's name. Map: {@code flush}, {@code evictAll}, {@code keySet}, {@code values},
 * {@code entrySet}, {@code size}, {@code isEmpty}, {@code clear}, {@code eventJournalSubscribe}. Lock:
 * {@code isLocked} (0x0701), {@code getLockCount} (0x0703), {@code getRemainingLeaseTime} (0x0704). Queue:
 * {@code size}, {@code take}, {@code peek}, {@code iterator}, {@code drainTo}, {@code clear},
 * {@code remainingCapacity}, {@code isEmpty}. Ringbuffer: {@code size}, {@code tailSequence},
 * {@code headSequence}, {@code capacity}, {@code remainingCapacity}. List: {@code size}, {@code clear},
 * {@code getAll}, {@code isEmpty}, {@code iterator}. Set: {@code size}, {@code clear}, {@code getAll},
 * {@code isEmpty}. AtomicLong: {@code get}, {@code incrementAndGet}, {@code decrementAndGet},
 * {@code getAndIncrement}. AtomicReference: {@code get}, {@code clear}, {@code isNull}. CountDownLatch:
 * {@code countDown}, {@code getCount}. Semaphore: {@code availablePermits}, {@code drainPermits}.
 * <pre>
 *   | name: str |
 * </pre>
 */
public record NameRequest(String name) implements CodecRequest {

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
