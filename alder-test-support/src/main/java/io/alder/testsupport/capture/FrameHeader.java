package io.alder.testsupport.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 22-byte header of a captured frame, as the capture prints it decoded.
 *
 * @param flags the flags byte, e.g. {@code 0xc0} (BEGIN|END) or {@code 0xc1} (an event)
 */
public record FrameHeader(int frameLength, int version, int flags, int type, long correlationId, int partitionId,
        int dataOffset) {

    /** The header size of protocol 1.x. */
    public static final int SIZE = 22;

    /** The header as it was on the wire (little-endian). */
    public byte[] toBytes() {
        return ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(frameLength)
                .put((byte) version)
                .put((byte) flags)
                .putShort((short) type)
                .putLong(correlationId)
                .putInt(partitionId)
                .putShort((short) dataOffset)
                .array();
    }
}
