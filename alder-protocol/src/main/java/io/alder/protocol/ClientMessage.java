package io.alder.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCounted;

/**
 * One frame of the protocol, held in a {@link ByteBuf} that starts at the frame's first byte.
 *
 * <pre>
 *  0        4   5   6      8                 16          20    22
 *  +--------+---+---+------+-----------------+-----------+-----+---------------
 *  | length |ver|flg| type | correlation id  | partition |data | payload ...
 *  | i32 LE |u8 |u8 |u16 LE| i64 LE          | i32 LE    |off. |
 *  +--------+---+---+------+-----------------+-----------+-----+---------------
 * </pre>
 *
 * <p>The length counts the whole frame. The payload starts at the data offset, which 3.12 always sets
 * to {@value #HEADER_SIZE} but readers must honour. A message owns one reference to its buffer:
 * whoever consumes it calls {@link #release()}.
 */
public final class ClientMessage implements ReferenceCounted {

    public static final int FRAME_LENGTH_OFFSET = 0;
    public static final int VERSION_OFFSET = FRAME_LENGTH_OFFSET + 4;
    public static final int FLAGS_OFFSET = VERSION_OFFSET + 1;
    public static final int TYPE_OFFSET = FLAGS_OFFSET + 1;
    public static final int CORRELATION_ID_OFFSET = TYPE_OFFSET + 2;
    public static final int PARTITION_ID_OFFSET = CORRELATION_ID_OFFSET + 8;
    public static final int DATA_OFFSET_OFFSET = PARTITION_ID_OFFSET + 4;
    public static final int HEADER_SIZE = DATA_OFFSET_OFFSET + 2;

    /** The only protocol version 1.x writes. */
    public static final int VERSION = 1;
    /** First (or only) fragment. */
    public static final int BEGIN_FLAG = 0x80;
    /** Last (or only) fragment. */
    public static final int END_FLAG = 0x40;
    /** An unfragmented message. */
    public static final int BEGIN_AND_END_FLAGS = BEGIN_FLAG | END_FLAG;
    /** The message is an event for a listener registration. */
    public static final int LISTENER_EVENT_FLAG = 0x01;

    private final ByteBuf frame;

    private ClientMessage(ByteBuf frame) {
        this.frame = frame;
    }

    /**
     * Takes ownership of a buffer holding exactly one frame, from its reader index on.
     *
     * @throws MalformedMessageException if the header is incomplete or inconsistent with the buffer
     */
    public static ClientMessage wrap(ByteBuf frame) {
        int readable = frame.readableBytes();
        if (readable < HEADER_SIZE) {
            throw new MalformedMessageException("frame length: " + readable + " (expected: >= " + HEADER_SIZE + ")");
        }
        ByteBuf slice = frame.readerIndex() == 0 ? frame : frame.slice();
        int length = slice.getIntLE(FRAME_LENGTH_OFFSET);
        if (length != readable) {
            throw new MalformedMessageException("frame length field " + length + " but " + readable + " bytes");
        }
        int dataOffset = slice.getUnsignedShortLE(DATA_OFFSET_OFFSET);
        if (dataOffset < HEADER_SIZE || dataOffset > length) {
            throw new MalformedMessageException(
                    "data offset: " + dataOffset + " (expected: " + HEADER_SIZE + ".." + length + ")");
        }
        return new ClientMessage(slice);
    }

    /** The whole frame, header included; its reader index is 0. */
    public ByteBuf content() {
        return frame;
    }

    public int frameLength() {
        return frame.getIntLE(FRAME_LENGTH_OFFSET);
    }

    public int version() {
        return frame.getUnsignedByte(VERSION_OFFSET);
    }

    public int flags() {
        return frame.getUnsignedByte(FLAGS_OFFSET);
    }

    public int type() {
        return frame.getUnsignedShortLE(TYPE_OFFSET);
    }

    public long correlationId() {
        return frame.getLongLE(CORRELATION_ID_OFFSET);
    }

    public int partitionId() {
        return frame.getIntLE(PARTITION_ID_OFFSET);
    }

    public int dataOffset() {
        return frame.getUnsignedShortLE(DATA_OFFSET_OFFSET);
    }

    /** Whether this frame is a whole message (both BEGIN and END set). */
    public boolean isUnfragmented() {
        return (flags() & BEGIN_AND_END_FLAGS) == BEGIN_AND_END_FLAGS;
    }

    public boolean isEvent() {
        return (flags() & LISTENER_EVENT_FLAG) != 0;
    }

    /** Rewrites the correlation id in place, e.g. to answer with the id of a request. */
    public ClientMessage setCorrelationId(long correlationId) {
        frame.setLongLE(CORRELATION_ID_OFFSET, correlationId);
        return this;
    }

    /** Rewrites the partition id in place. */
    public ClientMessage setPartitionId(int partitionId) {
        frame.setIntLE(PARTITION_ID_OFFSET, partitionId);
        return this;
    }

    /** Rewrites the flags in place. */
    public ClientMessage setFlags(int flags) {
        frame.setByte(FLAGS_OFFSET, flags);
        return this;
    }

    /** A reader positioned at the first parameter. */
    public ParameterReader reader() {
        return new ParameterReader(frame, dataOffset(), frame.readableBytes());
    }

    @Override
    public int refCnt() {
        return frame.refCnt();
    }

    @Override
    public ClientMessage retain() {
        frame.retain();
        return this;
    }

    @Override
    public ClientMessage retain(int increment) {
        frame.retain(increment);
        return this;
    }

    @Override
    public ClientMessage touch() {
        frame.touch();
        return this;
    }

    @Override
    public ClientMessage touch(Object hint) {
        frame.touch(hint);
        return this;
    }

    @Override
    public boolean release() {
        return frame.release();
    }

    @Override
    public boolean release(int decrement) {
        return frame.release(decrement);
    }

    @Override
    public String toString() {
        return MessageType.describe(type()) + "{corr=" + correlationId() + ", partition=" + partitionId()
                + ", flags=0x" + Integer.toHexString(flags()) + ", length=" + frameLength() + "}";
    }
}
