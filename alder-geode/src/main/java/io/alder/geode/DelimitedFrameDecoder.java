package io.alder.geode;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.List;

/**
 * Splits the stream into length-delimited protobuf messages: a base-128 varint length, then that many bytes.
 * A length that is not a varint of at most 32 bits, or larger than the current limit, fails the stream; after
 * a failure every further byte is dropped, since the connection is closing. Emits one retained slice per
 * message.
 */
final class DelimitedFrameDecoder extends ByteToMessageDecoder {

    private static final int MAX_VARINT_BYTES = 5;

    private int maxLength;
    private boolean failed;

    DelimitedFrameDecoder(int maxLength) {
        this.maxLength = maxLength;
    }

    /** Changes the limit, e.g. once the client authenticated. */
    void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        int start = in.readerIndex();
        long length = 0;
        int shift = 0;
        for (int i = 0; ; i++) {
            if (!in.isReadable()) {
                in.readerIndex(start);
                return;
            }
            if (i == MAX_VARINT_BYTES) {
                throw fail(new CorruptedFrameException("Malformed length prefix: more than 5 varint bytes"));
            }
            byte b = in.readByte();
            length |= (long) (b & 0x7f) << shift;
            shift += 7;
            if (b >= 0) {
                break;
            }
        }
        if (length > maxLength) {
            throw fail(new TooLongFrameException("Message of " + length + " bytes is larger than the maximum of "
                    + maxLength));
        }
        if (in.readableBytes() < length) {
            in.readerIndex(start);
            return;
        }
        out.add(in.readRetainedSlice((int) length));
    }

    private RuntimeException fail(RuntimeException error) {
        failed = true;
        return error;
    }
}
