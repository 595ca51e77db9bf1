package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;

/**
 * Requests on one key of a keyed structure. Map: {@code get}, {@code remove}, {@code containsKey},
 * {@code delete}, {@code getEntryView}, {@code evict}.
 *
 * <pre>
 *   | name: str | key: Data | threadId: i64 |
 * </pre>
 *
 * @param threadId the calling client thread, which with the client uuid identifies a lock owner
 */
public record KeyRequest(String name, Data key, long threadId) implements CodecRequest {

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
