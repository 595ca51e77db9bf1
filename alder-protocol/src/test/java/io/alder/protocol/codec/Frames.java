package io.alder.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/** Moves the codec tests between messages and frame bytes, releasing every message it touches. */
final class Frames {

    private Frames() {
    }

    /** The whole frame of an encoded message; releases the message. */
    static byte[] bytes(ClientMessage message) {
        try {
            return ByteBufUtil.getBytes(message.content());
        } finally {
            message.release();
        }
    }

    /** What {@code decoder} reads from a frame. */
    static <T> T decode(byte[] frame, Function<ClientMessage, T> decoder) {
        ClientMessage message = ClientMessage.wrap(Unpooled.wrappedBuffer(frame));
        try {
            return decoder.apply(message);
        } finally {
            message.release();
        }
    }

    /**
     * Checks that {@code family} writes {@code request} as {@code type} with exactly the fields
     * {@code wireFields} in {@link Wire}'s notation, reads that frame back into an equal record, and sizes
     * its buffer big enough.
     */
    static void assertLayout(RequestFamily family, MessageType type, CodecRequest request, List<Object> wireFields) {
        long correlationId = 91;
        int partitionId = 17;
        byte[] expected = Wire.frame(type.id(), 0xc0, correlationId, partitionId, wireFields.toArray());

        byte[] encoded = bytes(family.encode(ByteBufAllocator.DEFAULT, type, correlationId, partitionId, request));

        assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(decode(expected, family::decode)).isEqualTo(request);
        assertThat(request.encodedSize()).as("size hint").isGreaterThanOrEqualTo(expected.length - 22);
    }
}
