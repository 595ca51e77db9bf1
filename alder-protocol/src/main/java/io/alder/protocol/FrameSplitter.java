package io.alder.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one outgoing message into fragments of at most a given frame size (fact sheet, section 1.7),
 * without copying its payload: each fragment is a fresh header plus a slice of the original frame.
 *
 * <pre>
 *   message    | header, BEGIN|END   | payload ......................................... |
 *   fragment 1 | header, BEGIN       | part 1 (up to maxFrameSize - dataOffset bytes) |
 *   fragment 2 | 22-byte header, 0   | part 2 (up to maxFrameSize - 22 bytes) |
 *   fragment 3 | 22-byte header, END | part 3 |
 * </pre>
 *
 * The first fragment keeps the original header (type, correlation id, partition id, data offset); the
 * others repeat type, correlation id and partition id in a 22-byte header. Every fragment keeps the
 * original flags other than BEGIN and END, so an event stays an event. 3.12 peers reassemble this but
 * never produce it; it exists for symmetry with the decoder and for tests.
 */
public final class FrameSplitter {

    private FrameSplitter() {
    }

    /**
     * Splits {@code message}, taking over its reference: the caller owns the returned fragments instead.
     * A message that already fits is returned as it is.
     *
     * @param maxFrameSize the largest fragment, header included
     * @throws IllegalArgumentException if {@code maxFrameSize} leaves no room for payload after a header;
     *     the message then stays the caller's
     */
    public static List<ClientMessage> split(ByteBufAllocator allocator, ClientMessage message, int maxFrameSize) {
        int length = message.frameLength();
        int firstHeader = message.dataOffset();
        if (maxFrameSize <= Math.max(firstHeader, ClientMessage.HEADER_SIZE)) {
            throw new IllegalArgumentException("frame size: " + maxFrameSize + " (expected: > "
                    + Math.max(firstHeader, ClientMessage.HEADER_SIZE) + ")");
        }
        if (length <= maxFrameSize) {
            return List.of(message);
        }
        ByteBuf frame = message.content();
        int otherFlags = message.flags() & ~ClientMessage.BEGIN_AND_END_FLAGS;
        List<ClientMessage> fragments = new ArrayList<>();
        try {
            int position = maxFrameSize;
            fragments.add(fragment(allocator, frame, firstHeader, ClientMessage.BEGIN_FLAG | otherFlags,
                    firstHeader, position - firstHeader));
            int chunk = maxFrameSize - ClientMessage.HEADER_SIZE;
            while (position < length) {
                int size = Math.min(chunk, length - position);
                boolean last = position + size == length;
                fragments.add(fragment(allocator, frame, ClientMessage.HEADER_SIZE,
                        (last ? ClientMessage.END_FLAG : 0) | otherFlags, position, size));
                position += size;
            }
        } catch (RuntimeException | Error e) {
            fragments.forEach(ClientMessage::release);
            throw e;
        } finally {
            message.release();
        }
        return fragments;
    }

    /** A header copied from the original frame and patched, followed by a retained slice of its payload. */
    private static ClientMessage fragment(ByteBufAllocator allocator, ByteBuf original, int headerLength, int flags,
            int payloadIndex, int payloadLength) {
        ByteBuf header = allocator.buffer(headerLength).writeBytes(original, 0, headerLength);
        header.setIntLE(ClientMessage.FRAME_LENGTH_OFFSET, headerLength + payloadLength);
        header.setByte(ClientMessage.FLAGS_OFFSET, flags);
        header.setShortLE(ClientMessage.DATA_OFFSET_OFFSET, headerLength);
        ByteBuf payload = original.retainedSlice(payloadIndex, payloadLength);
        return ClientMessage.wrap(allocator.compositeBuffer(2).addComponents(true, header, payload));
    }
}
