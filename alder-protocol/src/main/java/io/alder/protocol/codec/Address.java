package io.alder.protocol.codec;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * A member address: {@code host:str} then {@code port:i32}.
 *
 * @param host an IP literal or host name, as the member knows itself
 */
public record Address(String host, int port) {

    static Address read(ParameterReader in) {
        return new Address(in.readString(), in.readInt());
    }

    static Address readNullable(ParameterReader in) {
        return in.readIsNull() ? null : read(in);
    }

    void write(MessageWriter out) {
        out.writeString(host).writeInt(port);
    }

    static void writeNullable(MessageWriter out, Address address) {
        if (out.writeIsNull(address)) {
            address.write(out);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
