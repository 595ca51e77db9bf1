package io.alder.protocol.codec;

import io.alder.protocol.ClientMessage;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
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
}
