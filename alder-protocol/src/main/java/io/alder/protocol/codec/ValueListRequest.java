package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import java.util.List;

/**
 * Requests with the object's name and a list of values. Map: {@code getAll}, whose values are the keys of
 * one partition (the client sends one request per partition, with that partition in the header). Queue:
 * {@code addAll}, {@code containsAll}, {@code compareAndRemoveAll}, {@code compareAndRetainAll}, whose
 * values are items; List and Set: {@code containsAll}, {@code addAll}, {@code compareAndRemoveAll},
 * {@code compareAndRetainAll}, likewise.
 *
 * <pre>
 *   | name: str | count: i32 | value: Data * count |
 * </pre>
 */
public record ValueListRequest(String name, List<Data> values) implements CodecRequest {

    public ValueListRequest {
        values = List.copyOf(values);
    }

    static ValueListRequest read(ParameterReader in) {
        return new ValueListRequest(in.readString(), in.readDataList());
    }

    @Override
    public void write(MessageWriter out) {
        out.writeString(name).writeDataList(values);
    }

    @Override
    public int encodedSize() {
        return sizeOf(name) + sizeOf(values);
    }
}
