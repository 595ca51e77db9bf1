package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.BOOLEAN_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;

/**
 * Entry listener registrations that choose whether events carry values, for every key or for one: MultiMap
 * {@code addEntryListener} (0x020e) and {@code addEntryListenerToKey} (0x020d), ReplicatedMap
 * {@code addNearCacheEntryListener} (0x0e12). Whether a message has the key follows from its type.
 *
 * <pre>
 *   | name: str | key: Data (only ...ToKey) | includeValue: bool | localOnly: bool |
 * </pre>
 *
 * @param key the one key listened to, or null for every key
 * @param includeValue whether events carry the values (otherwise their value fields are null)
 * @param localOnly only events of entries the receiving member owns (what a smart client asks every member for)
 */
public record ValueListenerRequest(String name, Data key, boolean includeValue, boolean localOnly)
        implements CodecRequest {

    static ValueListenerRequest read(ParameterReader in, boolean withKey) {
        String name = in.readString();
        Data key = withKey ? in.readData() : null;
        return new ValueListenerRequest(name, key, in.readBoolean(), in.readBoolean());
    }

    @Override
    public void write(MessageWriter out) {
        out.writeString(name);
        if (key != null) {
            out.writeData(key);
        }
        out.writeBoolean(includeValue).writeBoolean(localOnly);
    }

    @Override
    public int encodedSize() {
        return sizeOf(name) + (key == null ? 0 : sizeOf(key)) + 2 * BOOLEAN_SIZE;
    }
}
