package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;

/**
 * Requests with the object's name and the id a registration returned, to end it. Map:
 * {@code removeEntryListener}, {@code removePartitionLostListener}, {@code removeInterceptor}. Queue:
 * {@code removeListener}. Topic: {@code removeMessageListener}. List and Set: {@code removeListener}.
 *
 * <pre>
 *   | name: str | registrationId: str |
 * </pre>
 */
public record RegistrationIdRequest(String name, String registrationId) implements CodecRequest {

    static RegistrationIdRequest read(ParameterReader in) {
        return new RegistrationIdRequest(in.readString(), in.readString());
    }

    @Override
    public void write(MessageWriter out) {
        out.writeString(name).writeString(registrationId);
    }

    @Override
    public int encodedSize() {
        return sizeOf(name) + sizeOf(registrationId);
    }
}
