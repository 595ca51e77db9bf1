package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.BOOLEAN_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * Requests that register an item listener: {@code Queue.addListener} (0x0311), {@code List.addListener}
 * (0x050b) and {@code Set.addListener} (0x060b). The member then sends an ITEM event for every item added to
 * and removed from the structure.
 *
 * <pre>
 *   | name: str | includeValue: bool | localOnly: bool |
 * </pre>
 *
 * @param includeValue whether events carry the item (otherwise their item is null)
 * @param localOnly only events of structures this member owns (what a smart client asks every member for)
 */
public record ItemListenerRequest(String name, boolean includeValue, boolean localOnly) implements CodecRequest {

    static ItemListenerRequest read(ParameterReader in) {
        return new ItemListenerRequest(in.readString(), in.readBoolean(), in.readBoolean());
    }

    @Override
    public void write(MessageWriter out) {
        out.writeString(name).writeBoolean(includeValue).writeBoolean(localOnly);
    }

    @Override
    public int encodedSize() {
        return sizeOf(name) + 2 * BOOLEAN_SIZE;
    }
}
