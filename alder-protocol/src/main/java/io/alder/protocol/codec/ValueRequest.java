package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;

/**
 * Requests with the object's name and one value. Map: {@code containsValue}. Queue: {@code put},
 * {@code remove}, {@code contains}. Topic: {@code publish}. List: {@code contains}, {@code add},
 * {@code remove}, {@code indexOf}, {@code lastIndexOf}. Set: {@code contains}, {@code add}, {@code remove}.
 * AtomicLong and AtomicReference: {@code apply}, {@code alter}, {@code alterAndGet}, {@code getAndAlter} (the
 * serialized function).
 *
 * <pre>
 *   | name: str | value: Data |
 * </pre>
 */
public record ValueRequest(String name, Data value) implements CodecRequest {

    static ValueRequest read(ParameterReader in) {
        return new ValueRequest(in.readString(), in.readData());
    }

    @Override
    public void write(MessageWriter out) {
        out.writeString(name).writeData(value);
    }

    @Override
    public int encodedSize() {
        return sizeOf(name) + sizeOf(value);
    }
}
