package io.alder.geode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedFrameDecoderTest {

    /** Two messages: 3 bytes, then 200 bytes (a two-byte varint length). */
    private static byte[] twoMessages() {
        byte[] stream = new byte[1 + 3 + 2 + 200];
        stream[0] = 3;
        stream[1] = 'a';
        stream[2] = 'b';
        stream[3] = 'c';
        stream[4] = (byte) 0xC8;
        stream[5] = 0x01;
        for (int i = 0; i < 200; i++) {
            stream[6 + i] = (byte) i;
        }
        return stream;
    }

    @Test
    void splitsMessagesWhereverTheStreamIsCut() {
        byte[] stream = twoMessages();
        for (int cut = 0; cut <= stream.length; cut++) {
            EmbeddedChannel channel = new EmbeddedChannel(new DelimitedFrameDecoder(1024));
            channel.writeInbound(Unpooled.wrappedBuffer(stream, 0, cut));
            channel.writeInbound(Unpooled.wrappedBuffer(stream, cut, stream.length - cut));

            List<Integer> lengths = new ArrayList<>();
            for (ByteBuf frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
                lengths.add(frame.readableBytes());
                frame.release();
            }
            assertThat(lengths).as("cut at %d", cut).containsExactly(3, 200);
            assertThat(channel.finish()).isFalse();
        }
    }

    @Test
    void aLengthAboveTheLimitFailsAndDropsTheRest() {
        EmbeddedChannel channel = new EmbeddedChannel(new DelimitedFrameDecoder(100));

        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(twoMessages(), 4, 202)))
                .isInstanceOf(TooLongFrameException.class)
                .hasMessageContaining("200 bytes is larger than the maximum of 100");
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {1, 1}));
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void aVarintOfMoreThanFiveBytesIsMalformed() {
        EmbeddedChannel channel = new EmbeddedChannel(new DelimitedFrameDecoder(100));
        byte[] endless = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01};

        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(endless)))
                .isInstanceOf(CorruptedFrameException.class)
                .hasMessageContaining("more than 5 varint bytes");
    }

    @Test
    void theLimitCanBeRaised() {
        DelimitedFrameDecoder decoder = new DelimitedFrameDecoder(100);
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        decoder.setMaxLength(1000);

        channel.writeInbound(Unpooled.wrappedBuffer(twoMessages(), 4, 202));

        ByteBuf frame = channel.readInbound();
        assertThat(frame.readableBytes()).isEqualTo(200);
        frame.release();
    }
}
