package io.alder.protocol.netty;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts fragmented messages back together, keyed by correlation id: the first fragment (BEGIN) is kept
 * whole, header included; later fragments add only their payload; the END fragment completes the
 * message, whose length field is rewritten to the total. Fragments are copied, because they are rare and
 * a copy lets the inbound buffer be reused at once. Owned by one channel's I/O thread.
 */
final class FragmentAssembler {

    private final int maxOpenMessages;
    private final Map<Long, ByteBuf> open = new HashMap<>();

    FragmentAssembler(int maxOpenMessages) {
        this.maxOpenMessages = maxOpenMessages;
    }

    /**
     * Adds one fragment (taking ownership of it) and returns the whole message once its END fragment
     * arrived, else null.
     */
    ClientMessage add(ByteBufAllocator allocator, ClientMessage fragment, int maxMessageLength) {
        try {
            long correlationId = fragment.correlationId();
            boolean begin = (fragment.flags() & ClientMessage.BEGIN_FLAG) != 0;
            boolean end = (fragment.flags() & ClientMessage.END_FLAG) != 0;
            ByteBuf message = open.get(correlationId);
            if (begin) {
                if (message != null) {
                    throw new MalformedMessageException("second BEGIN fragment for correlation id " + correlationId);
                }
                if (open.size() >= maxOpenMessages) {
                    throw new MalformedMessageException("fragmented messages in flight: " + (open.size() + 1)
                            + " (expected: <= " + maxOpenMessages + ")");
                }
                message = allocator.buffer(fragment.frameLength() * 2);
                message.writeBytes(fragment.content(), 0, fragment.frameLength());
                open.put(correlationId, message);
            } else {
                if (message == null) {
                    throw new MalformedMessageException("fragment without BEGIN for correlation id " + correlationId);
                }
                int payloadLength = fragment.frameLength() - fragment.dataOffset();
                if ((long) message.readableBytes() + payloadLength > maxMessageLength) {
                    open.remove(correlationId).release();
                    throw new MalformedMessageException("reassembled message length: "
                            + ((long) message.readableBytes() + payloadLength) + " (expected: <= " + maxMessageLength + ")");
                }
                message.writeBytes(fragment.content(), fragment.dataOffset(), payloadLength);
            }
            if (!end) {
                return null;
            }
            open.remove(correlationId);
            message.setIntLE(ClientMessage.FRAME_LENGTH_OFFSET, message.readableBytes());
            return ClientMessage.wrap(message);
        } finally {
            fragment.release();
        }
    }

    void releaseAll() {
        open.values().forEach(ByteBuf::release);
        open.clear();
    }
}
