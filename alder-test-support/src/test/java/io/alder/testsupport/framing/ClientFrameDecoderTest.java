package io.alder.testsupport.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.FrameSplitter;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.netty.ClientFrameDecoder;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.alder.testsupport.capture.Capture;
import io.alder.testsupport.capture.CapturedFrame;
import io.alder.testsupport.capture.Captures;
import io.alder.testsupport.capture.Direction;
import io.alder.testsupport.capture.HexDiff;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ClientFrameDecoder} fed real captured byte streams cut at every possible offset, broken streams,
 * and streams it is paused on. A counting allocator proves that after each run no byte stays buffered or leaks.
 */
class ClientFrameDecoderTest {

    private static final int MAX_FRAME = 16 * 1024 * 1024;
    private static final byte[] PREAMBLE = {'C', 'B', '2'};

    /** Counts live buffers: the channel allocates its cumulation and reassembly buffers here too. */
    private final UnpooledByteBufAllocator allocator = new UnpooledByteBufAllocator(false);

    @AfterEach
    void nothingStaysBuffered() {
        assertThat(allocator.metric().usedHeapMemory()).as("heap bytes still referenced").isZero();
        assertThat(allocator.metric().usedDirectMemory()).as("direct bytes still referenced").isZero();
    }

    @TestFactory
    Stream<DynamicTest> capturedStreamsCutAtEveryOffset() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Capture capture : Captures.all()) {
            for (int connection : capture.connections()) {
                for (Direction direction : Direction.values()) {
                    List<CapturedFrame> frames = capture.frames(connection, direction);
                    if (frames.isEmpty() || frames.stream().anyMatch(CapturedFrame::isTruncated)) {
                        continue;
                    }
                    boolean preamble = direction == Direction.CLIENT_TO_MEMBER
                            && capture.preambleConnections().contains(connection);
                    String name = capture.scenario() + " conn" + connection + " " + direction.symbol();
                    tests.add(DynamicTest.dynamicTest(name, () -> cutAtEveryOffset(
                            capture.stream(connection, direction), preamble, frames)));
                }
            }
        }
        return tests.stream();
    }

    private void cutAtEveryOffset(byte[] stream, boolean preamble, List<CapturedFrame> frames) {
        for (int cut = 0; cut <= stream.length; cut++) {
            EmbeddedChannel channel = channel(preamble);
            channel.writeInbound(buffer(stream, 0, cut));
            channel.writeInbound(buffer(stream, cut, stream.length));
            assertFrames(channel, frames, "cut at " + cut);
            assertThat(channel.finish()).isFalse();
            assertThat(allocator.metric().usedHeapMemory()).as("bytes left after a cut at %d", cut).isZero();
        }
    }

    @Test
    void oneByteAtATime() {
        Capture capture = Captures.load("d-listener");
        byte[] stream = capture.stream(1, Direction.CLIENT_TO_MEMBER);
        EmbeddedChannel channel = channel(true);

        for (int i = 0; i < stream.length; i++) {
            channel.writeInbound(buffer(stream, i, i + 1));
        }

        assertFrames(channel, capture.frames(1, Direction.CLIENT_TO_MEMBER), "one byte per read");
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void allFramesInOneRead() {
        Capture capture = Captures.load("c-map-smart");
        byte[] stream = capture.stream(1, Direction.MEMBER_TO_CLIENT);
        EmbeddedChannel channel = channel(false);

        channel.writeInbound(buffer(stream, 0, stream.length));

        assertFrames(channel, capture.frames(1, Direction.MEMBER_TO_CLIENT), "one read");
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void acceptsAnEightMegabyteFrameArrivingInManyReads() {
        byte[] large = bytes(put(7, 8 * 1024 * 1024));
        EmbeddedChannel channel = channel(false);

        for (int from = 0; from < large.length; from += 256 * 1024) {
            channel.writeInbound(buffer(large, from, Math.min(large.length, from + 256 * 1024)));
        }

        ClientMessage message = channel.readInbound();
        assertThat(message.frameLength()).isEqualTo(large.length);
        assertThat(HexDiff.describe(large, ByteBufUtil.getBytes(message.content()))).isNull();
        message.release();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void rejectsABadPreambleAndDiscardsWhatFollows() {
        EmbeddedChannel channel = channel(true);
        byte[] memberProtocol = {'H', 'Z', 'C'};

        assertThatThrownBy(() -> channel.writeInbound(buffer(memberProtocol, 0, 3)))
                .isInstanceOf(DecoderException.class)
                .hasCauseInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("bad preamble: 0x485a43 (expected: 0x434232, \"CB2\")");
        byte[] ping = pingFrame(1);
        channel.writeInbound(buffer(ping, 0, ping.length));

        assertThat(channel.<Object>readInbound()).isNull();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void waitsForTheWholePreamble() {
        EmbeddedChannel channel = channel(true);
        byte[] ping = concat(PREAMBLE, pingFrame(5));

        channel.writeInbound(buffer(ping, 0, 2));
        assertThat(channel.<Object>readInbound()).isNull();
        channel.writeInbound(buffer(ping, 2, ping.length));

        assertNextMessage(channel, 5);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void rejectsAFrameShorterThanItsHeader() {
        EmbeddedChannel channel = channel(false);
        byte[] tooShort = Arrays.copyOf(pingFrame(1), ClientMessage.HEADER_SIZE - 1);
        ByteBuffer.wrap(tooShort).order(ByteOrder.LITTLE_ENDIAN).putInt(0, tooShort.length);

        assertThatThrownBy(() -> channel.writeInbound(buffer(tooShort, 0, tooShort.length)))
                .isInstanceOf(DecoderException.class)
                .hasMessageContaining("frame length: 21 (expected: 22.." + MAX_FRAME + ")");
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void rejectsAFrameLongerThanTheLimitBeforeItArrives() {
        EmbeddedChannel channel = channel(false);
        byte[] lengthOnly = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(MAX_FRAME + 1).array();

        assertThatThrownBy(() -> channel.writeInbound(buffer(lengthOnly, 0, 4)))
                .isInstanceOf(DecoderException.class)
                .hasMessageContaining("frame length: " + (MAX_FRAME + 1) + " (expected: 22.." + MAX_FRAME + ")");
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void rejectsANegativeLengthAsAHugeOne() {
        EmbeddedChannel channel = channel(false);
        byte[] negative = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};

        assertThatThrownBy(() -> channel.writeInbound(buffer(negative, 0, 4)))
                .isInstanceOf(DecoderException.class).hasMessageContaining("frame length: 4294967295");
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void acceptsLargerFramesOnceTheLimitIsRaised() {
        ClientFrameDecoder decoder = new ClientFrameDecoder(false, 1024, 4);
        EmbeddedChannel channel = channel(decoder);
        byte[] put = bytes(put(3, 2000));

        decoder.setMaxFrameLength(4096);
        channel.writeInbound(buffer(put, 0, put.length));

        ClientMessage message = channel.readInbound();
        assertThat(ByteBufUtil.getBytes(message.content())).isEqualTo(put);
        message.release();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void reassemblesFragmentsCutAtEveryOffset() {
        byte[] original = bytes(put(7, 500));
        ByteArrayOutputStream fragments = new ByteArrayOutputStream();
        for (ClientMessage fragment : FrameSplitter.split(allocator, put(7, 500), 100)) {
            fragments.writeBytes(bytes(fragment));
        }
        byte[] stream = fragments.toByteArray();
        byte[] expected = original.clone();
        expected[ClientMessage.FLAGS_OFFSET] = (byte) ClientMessage.BEGIN_FLAG;

        for (int cut = 0; cut <= stream.length; cut++) {
            EmbeddedChannel channel = channel(false);
            channel.writeInbound(buffer(stream, 0, cut));
            channel.writeInbound(buffer(stream, cut, stream.length));
            ClientMessage message = channel.readInbound();
            String diff = HexDiff.describe(expected, ByteBufUtil.getBytes(message.content()));
            message.release();
            assertThat(diff).as("cut at %d", cut).isNull();
            assertThat(channel.finish()).isFalse();
        }
    }

    @Test
    void rejectsAFragmentWithoutBegin() {
        EmbeddedChannel channel = channel(false);
        List<ClientMessage> parts = FrameSplitter.split(allocator, put(7, 500), 100);
        parts.get(0).release();
        byte[] middle = bytes(parts.get(1));
        parts.subList(2, parts.size()).forEach(ClientMessage::release);

        assertThatThrownBy(() -> channel.writeInbound(buffer(middle, 0, middle.length)))
                .isInstanceOf(DecoderException.class).hasMessageContaining("fragment without BEGIN");
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void limitsOpenFragmentedMessagesAndTheirSize() {
        EmbeddedChannel tooMany = channel(new ClientFrameDecoder(false, MAX_FRAME, 1));
        byte[] firstBegin = firstFragment(put(1, 500));
        byte[] secondBegin = firstFragment(put(2, 500));
        tooMany.writeInbound(buffer(firstBegin, 0, firstBegin.length));

        assertThatThrownBy(() -> tooMany.writeInbound(buffer(secondBegin, 0, secondBegin.length)))
                .isInstanceOf(DecoderException.class).hasMessageContaining("fragmented messages in flight: 2");
        assertThat(tooMany.finish()).isFalse();

        EmbeddedChannel tooLarge = channel(new ClientFrameDecoder(false, 300, 4));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        FrameSplitter.split(allocator, put(3, 500), 100).forEach(fragment -> stream.writeBytes(bytes(fragment)));
        byte[] fragments = stream.toByteArray();

        assertThatThrownBy(() -> tooLarge.writeInbound(buffer(fragments, 0, fragments.length)))
                .isInstanceOf(DecoderException.class).hasMessageContaining("reassembled message length");
        assertThat(tooLarge.finish()).isFalse();
    }

    @Test
    void pausingHoldsBackTheRestOfAReadUntilResumed() {
        ClientFrameDecoder decoder = new ClientFrameDecoder(false, MAX_FRAME, 4);
        List<Long> handedOn = new ArrayList<>();
        EmbeddedChannel channel = channel(decoder, new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ClientMessage message = (ClientMessage) msg;
                handedOn.add(message.correlationId());
                message.release();
                // What a member does when the first answer fills the connection's outbound buffer.
                decoder.pause();
            }
        });
        byte[] pings = concat(concat(pingFrame(1), pingFrame(2)), pingFrame(3));

        channel.writeInbound(buffer(pings, 0, pings.length));
        assertThat(handedOn).containsExactly(1L);

        decoder.resume();
        channel.runPendingTasks();
        assertThat(handedOn).containsExactly(1L, 2L);
        decoder.resume();
        channel.runPendingTasks();
        assertThat(handedOn).containsExactly(1L, 2L, 3L);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void aPausedDecoderAsksForNoFurtherReads() {
        ClientFrameDecoder decoder = new ClientFrameDecoder(false, MAX_FRAME, 4);
        AtomicInteger readsAskedFor = new AtomicInteger();
        EmbeddedChannel channel = channel(new ChannelOutboundHandlerAdapter() {
            @Override
            public void read(ChannelHandlerContext ctx) {
                readsAskedFor.incrementAndGet();
                ctx.read();
            }
        }, decoder);
        channel.config().setAutoRead(false);
        readsAskedFor.set(0);
        byte[] ping = pingFrame(1);

        decoder.pause();
        channel.writeInbound(buffer(ping, 0, ping.length));

        assertThat(channel.<Object>readInbound()).isNull();
        assertThat(readsAskedFor).hasValue(0);
        decoder.resume();
        channel.runPendingTasks();
        assertNextMessage(channel, 1);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void whatAPausedDecoderHeldBackIsDroppedWhenTheConnectionCloses() {
        ClientFrameDecoder decoder = new ClientFrameDecoder(false, MAX_FRAME, 4);
        EmbeddedChannel channel = channel(decoder);
        byte[] ping = pingFrame(1);

        decoder.pause();
        channel.writeInbound(buffer(ping, 0, ping.length));

        assertThat(channel.finish()).as("messages decoded on close").isFalse();
    }

    private EmbeddedChannel channel(boolean preamble) {
        return channel(new ClientFrameDecoder(preamble, MAX_FRAME, 4));
    }

    /** A channel of {@code handlers} that allocates from the counting allocator. */
    private EmbeddedChannel channel(ChannelHandler... handlers) {
        EmbeddedChannel channel = new EmbeddedChannel(handlers);
        channel.config().setAllocator(allocator);
        return channel;
    }

    private static void assertNextMessage(EmbeddedChannel channel, long correlationId) {
        ClientMessage message = channel.readInbound();
        assertThat(message.correlationId()).isEqualTo(correlationId);
        message.release();
    }

    private static void assertFrames(EmbeddedChannel channel, List<CapturedFrame> frames, String how) {
        for (CapturedFrame frame : frames) {
            ClientMessage message = channel.readInbound();
            assertThat(message).as("%s, %s: no message", how, frame.name()).isNotNull();
            byte[] actual = ByteBufUtil.getBytes(message.content());
            message.release();
            String diff = HexDiff.describe(frame.frameBytes(), actual);
            assertThat(diff).as("%s, %s", how, frame.name()).isNull();
        }
        assertThat(channel.<Object>readInbound()).as("%s: more messages than frames", how).isNull();
    }

    private ByteBuf buffer(byte[] bytes, int from, int to) {
        return allocator.heapBuffer(to - from).writeBytes(bytes, from, to - from);
    }

    private ClientMessage put(long correlationId, int valueSize) {
        return MapCodec.REQUESTS.encode(allocator, MessageType.MAP_PUT, correlationId, 43,
                new MapCodec.PutRequest("m", Strings.toData("k"), Data.wrap(new byte[8 + valueSize]), 1, -1));
    }

    private byte[] firstFragment(ClientMessage message) {
        List<ClientMessage> parts = FrameSplitter.split(allocator, message, 100);
        byte[] first = bytes(parts.get(0));
        parts.subList(1, parts.size()).forEach(ClientMessage::release);
        return first;
    }

    /** The frame's bytes; releases the message. */
    private static byte[] bytes(ClientMessage message) {
        try {
            return ByteBufUtil.getBytes(message.content());
        } finally {
            message.release();
        }
    }

    private static byte[] pingFrame(long correlationId) {
        return ByteBuffer.allocate(ClientMessage.HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(ClientMessage.HEADER_SIZE).put((byte) 1).put((byte) ClientMessage.BEGIN_AND_END_FLAGS)
                .putShort((short) MessageType.CLIENT_PING.id()).putLong(correlationId).putInt(-1)
                .putShort((short) ClientMessage.HEADER_SIZE).array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
