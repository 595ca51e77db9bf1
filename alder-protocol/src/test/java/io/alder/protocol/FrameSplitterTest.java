package io.alder.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.codec.MapCodec.PutRequest;
import io.alder.protocol.netty.ClientFrameDecoder;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameSplitterTest {

    private static final int PARTITION = 43;

    /** Counts live buffers, so the test can prove every fragment and slice was released. */
    private final UnpooledByteBufAllocator allocator = new UnpooledByteBufAllocator(false);

    @AfterEach
    void everyBufferIsReleased() {
        assertThat(allocator.metric().usedHeapMemory()).as("heap bytes still referenced").isZero();
        assertThat(allocator.metric().usedDirectMemory()).as("direct bytes still referenced").isZero();
    }

    @Test
    void returnsAMessageThatFitsAsItIs() {
        ClientMessage message = put(7, 10);

        List<ClientMessage> fragments = FrameSplitter.split(allocator, message, message.frameLength());

        assertThat(fragments).containsExactly(message);
        message.release();
    }

    @ParameterizedTest(name = "frame size {0}")
    @ValueSource(ints = {23, 24, 64, 100, 1000, 1071})
    void splitsIntoBeginMiddleAndEndFragmentsNoLargerThanTheFrameSize(int frameSize) {
        ClientMessage message = put(7, 1000);
        byte[] original = ByteBufUtil.getBytes(message.content());
        int payloadLength = original.length - ClientMessage.HEADER_SIZE;

        List<ClientMessage> fragments = FrameSplitter.split(allocator, message, frameSize);

        int perFragment = frameSize - ClientMessage.HEADER_SIZE;
        assertThat(fragments).hasSize((payloadLength + perFragment - 1) / perFragment);
        ByteArrayOutputStream payloads = new ByteArrayOutputStream();
        for (int i = 0; i < fragments.size(); i++) {
            ClientMessage fragment = fragments.get(i);
            int expectedFlags = i == 0 ? ClientMessage.BEGIN_FLAG
                    : i == fragments.size() - 1 ? ClientMessage.END_FLAG : 0;
            assertThat(fragment.flags()).as("flags of fragment %d", i).isEqualTo(expectedFlags);
            assertThat(fragment.frameLength()).isLessThanOrEqualTo(frameSize)
                    .isEqualTo(fragment.content().readableBytes());
            assertThat(fragment.version()).isEqualTo(ClientMessage.VERSION);
            assertThat(fragment.type()).isEqualTo(MessageType.MAP_PUT.id());
            assertThat(fragment.correlationId()).isEqualTo(7);
            assertThat(fragment.partitionId()).isEqualTo(PARTITION);
            assertThat(fragment.dataOffset()).isEqualTo(ClientMessage.HEADER_SIZE);
            payloads.writeBytes(ByteBufUtil.getBytes(fragment.content(), fragment.dataOffset(),
                    fragment.frameLength() - fragment.dataOffset()));
        }
        assertThat(payloads.toByteArray())
                .isEqualTo(Arrays.copyOfRange(original, ClientMessage.HEADER_SIZE, original.length));
        fragments.forEach(ClientMessage::release);
    }

    @Test
    void keepsTheListenerEventFlagOnEveryFragment() {
        ClientMessage event = put(9, 100)
                .setFlags(ClientMessage.BEGIN_AND_END_FLAGS | ClientMessage.LISTENER_EVENT_FLAG);

        List<ClientMessage> fragments = FrameSplitter.split(allocator, event, 60);

        assertThat(fragments).extracting(ClientMessage::flags).containsExactly(0x81, 0x01, 0x01, 0x41);
        assertThat(fragments).allMatch(ClientMessage::isEvent);
        fragments.forEach(ClientMessage::release);
    }

    @Test
    void refusesAFrameSizeWithoutRoomForPayload() {
        ClientMessage message = put(7, 10);

        assertThatThrownBy(() -> FrameSplitter.split(allocator, message, ClientMessage.HEADER_SIZE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("frame size: 22 (expected: > 22)");
        message.release();
    }

    @ParameterizedTest(name = "frame size {0}")
    @ValueSource(ints = {23, 50, 200, 4096})
    void decoderPutsTheFragmentsBackTogether(int frameSize) {
        ClientMessage first = put(7, 1000);
        ClientMessage second = put(8, 300);
        ClientMessage whole = put(9, 5);
        byte[][] expected = {bytes(whole), reassembled(first, frameSize), reassembled(second, frameSize)};
        List<ClientMessage> firstParts = FrameSplitter.split(allocator, first, frameSize);
        List<ClientMessage> secondParts = FrameSplitter.split(allocator, second, frameSize);
        EmbeddedChannel channel = new EmbeddedChannel(new ClientFrameDecoder(false, 1 << 20, 4));
        channel.config().setAllocator(allocator);

        // Interleaved: fragments of two messages, with an unfragmented one in between.
        for (int i = 0; i < Math.max(firstParts.size(), secondParts.size()); i++) {
            if (i < firstParts.size()) {
                channel.writeInbound(firstParts.get(i).content());
            }
            if (i == 0) {
                channel.writeInbound(whole.content());
            }
            if (i < secondParts.size()) {
                channel.writeInbound(secondParts.get(i).content());
            }
        }

        List<byte[]> received = new ArrayList<>();
        for (ClientMessage message; (message = channel.readInbound()) != null; ) {
            received.add(bytes(message));
            message.release();
        }
        assertThat(received).containsExactlyInAnyOrder(expected);
        assertThat(channel.finish()).isFalse();
    }

    private ClientMessage put(long correlationId, int valueSize) {
        Data value = Data.wrap(new byte[8 + valueSize]);
        return MapCodec.REQUESTS.encode(allocator, MessageType.MAP_PUT, correlationId, PARTITION,
                new PutRequest("m", Strings.toData("k"), value, 1, -1));
    }

    /**
     * A message as the decoder rebuilds it: the first fragment's header, so with the flags BEGIN alone
     * when it was split, as 3.12 does (fact sheet 1.7).
     */
    private static byte[] reassembled(ClientMessage message, int frameSize) {
        byte[] bytes = bytes(message);
        if (bytes.length > frameSize) {
            bytes[ClientMessage.FLAGS_OFFSET] = (byte) ClientMessage.BEGIN_FLAG;
        }
        return bytes;
    }

    private static byte[] bytes(ClientMessage message) {
        ByteBuf content = message.content();
        return ByteBufUtil.getBytes(content, 0, content.readableBytes());
    }
}
