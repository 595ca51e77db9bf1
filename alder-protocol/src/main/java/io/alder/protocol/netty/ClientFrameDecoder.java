package io.alder.protocol.netty;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
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
 *
 * <p>{@link #pause} holds back messages for back-pressure: bytes already received stay undecoded until
 * {@link #resume}, and are dropped undecoded if the connection closes first.
 */
public final class ClientFrameDecoder extends ByteToMessageDecoder {

    /** The client protocol's preamble, ASCII {@code CB2}. */
    public static final byte[] PREAMBLE = "CB2".getBytes(StandardCharsets.US_ASCII);

    private enum State { PREAMBLE, FRAMES, FAILED }

    private final FragmentAssembler assembler;
    private State state;
    private int maxFrameLength;
    private boolean paused;
    private ChannelHandlerContext context;

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

    /**
     * Stops handing on messages, from the next frame on, for back-pressure: turning auto-read off stops
     * further reads, but not the decoding of what one read brought, which may be thousands of small requests;
     * a paused decoder keeps those bytes undecoded. Call on the event loop.
     */
    public void pause() {
        paused = true;
    }

    /** Hands on the messages held back since {@link #pause}, in a task of the event loop, and all later ones. */
    public void resume() {
        paused = false;
        context.executor().execute(this::decodeHeldBack);
    }

    private void decodeHeldBack() {
        if (!paused && context.channel().isActive() && internalBuffer().isReadable()) {
            // An empty read decodes what earlier reads left; its end lets the handlers flush their answers.
            context.pipeline().fireChannelRead(Unpooled.EMPTY_BUFFER).fireChannelReadComplete();
        }
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.context = ctx;
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        if (paused) {
            // Not the inherited behaviour: with auto-read off it asks for another read whenever a read decoded
            // nothing, which would read on without limit while paused.
            discardSomeReadBytes();
            ctx.fireChannelReadComplete();
            return;
        }
        super.channelReadComplete(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (paused) {
            return;
        }
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
