package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.INT_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * Requests with the object's name and one int. CountDownLatch: {@code trySetCount} (the count). Semaphore:
 * {@code init}, {@code acquire}, {@code release} (the permits), {@code reducePermits} (the reduction),
 * {@code increasePermits} (the increase). Queue: {@code drainToMaxSize} (the most items to take).
 *
 * <pre>
 *   | name: str | value: i32 |
 * </pre>
 */
public record IntRequest(String name, int value) implements CodecRequest {

    static IntRequest read(ParameterReader in) {
        return new IntRequest(in.readString(), in.readInt());
    }

    @Override
    public void write(MessageWriter out) {
        out.writeString(name).writeInt(value);
    }

    @Override
    public int encodedSize() {
        return sizeOf(name) + INT_SIZE;
    }
}
