package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * Requests with the object's name and one long. AtomicLong: {@code addAndGet} and {@code getAndAdd} (the
 * delta), {@code set} and {@code getAndSet} (the new value). CountDownLatch: {@code await}, Queue:
 * {@code poll} (the timeout in milliseconds). Ringbuffer: {@code readOne} (the sequence). Lock:
 * {@code isLockedByCurrentThread} (the thread id).
 *
 * <pre>
 *   | name: str | value: i64 |
 * </pre>
 */
public record LongRequest(String name, long value) implements CodecRequest {

    static LongRequest read(ParameterReader in) {
        return new LongRequest(in.readString(), in.readLong());
    }

    @Override
    public void write(MessageWriter out) {
        out.writeString(name).writeLong(value);
    }

    @Override
    public int encodedSize() {
        return sizeOf(name) + LONG_SIZE;
    }
}
