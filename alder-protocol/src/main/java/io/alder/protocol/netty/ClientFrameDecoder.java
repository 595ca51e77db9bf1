package io.alder.protocol.netty;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the inbound byte stream into {@link ClientMessage}s: first the 3-byte {@code CB2} preamble,
 * then frames whose little-endian length at offset 0 counts the whole frame, then fragments put back
 * together. Every length is checked before anything is allocated:
 * {@code frame length: 9999999 (expected: 22..65536)}.
 *
 * <p>The limit starts small (what an authentication request needs) and is raised with
 * {@link #setMaxFrameLength} once the connection is authenticated. After the first protocol error the
 * decoder discards everything; the error reaches the pipeline as a {@code DecoderException} whose cause
 * is a {@link MalformedMessageException}, and the connection should be closed.
 */
public final class ClientFrameDecoder extends ByteToMessageDecoder {

    /** The client protocol's preamble, ASCII {@code CB2}. */
    public static final byte[] PREAMBLE = "CB2".getBytes(StandardCharsets.US_ASCII);

    private enum State { PREAMBLE, FRAMES, FAILED }

    private final FragmentAssembler assembler;
    private State state;
    private int maxFrameLength;

    /**
     * @param expectPreamble whether the stream starts with {@code CB2} (false when a port-unification
     *     handler has already consumed it)
     * @param maxFrameLength the largest frame, and the largest reassembled message, accepted for now
     * @param maxOpenFragmentedMessages how many fragmented messages may be in flight at once
     */
    public ClientFrameDecoder(boolean expectPreamble, int maxFrameLength, int maxOpenFragmentedMessages) {
        this.state = expectPreamble ? State.PREAMBLE : State.FRAMES;
        this.maxFrameLength = maxFrameLength;
        this.assembler = new FragmentAssembler(maxOpenFragmentedMessages);
    }

    /** Changes the limit for frames and reassembled messages, e.g. after authentication. */
    public void setMaxFrameLength(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    public int maxFrameLength() {
        return maxFrameLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        switch (state) {
            case PREAMBLE -> decodePreamble(in, out);
            case FRAMES -> decodeFrame(ctx, in, out);
            default -> in.skipBytes(in.readableBytes());
        }
    }

    private void decodePreamble(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < PREAMBLE.length) {
            return;
        }
        for (int i = 0; i < PREAMBLE.length; i++) {
            if (in.getByte(in.readerIndex() + i) != PREAMBLE[i]) {
                fail(in, "bad preamble: 0x" + io.netty.buffer.ByteBufUtil.hexDump(in, in.readerIndex(),
                        PREAMBLE.length) + " (expected: 0x434232, \"CB2\")");
            }
        }
        in.skipBytes(PREAMBLE.length);
        state = State.FRAMES;
    }

    private void decodeFrame(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        int length = in.getIntLE(in.readerIndex());
        if (length < ClientMessage.HEADER_SIZE || length > maxFrameLength) {
            fail(in, "frame length: " + Integer.toUnsignedString(length) + " (expected: "
                    + ClientMessage.HEADER_SIZE + ".." + maxFrameLength + ")");
        }
        if (in.readableBytes() < length) {
            return;
        }
        ClientMessage frame;
        try {
            frame = ClientMessage.wrap(in.readRetainedSlice(length));
        } catch (MalformedMessageException e) {
            state = State.FAILED;
            throw e;
        }
        if (frame.isUnfragmented()) {
            out.add(frame);
            return;
        }
        try {
            ClientMessage whole = assembler.add(ctx.alloc(), frame, maxFrameLength);
            if (whole != null) {
                out.add(whole);
            }
        } catch (MalformedMessageException e) {
            state = State.FAILED;
            throw e;
        }
    }

    private void fail(ByteBuf in, String message) {
        state = State.FAILED;
        in.skipBytes(in.readableBytes());
        throw new MalformedMessageException(message);
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        assembler.releaseAll();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        assembler.releaseAll();
        super.channelInactive(ctx);
    }
}
