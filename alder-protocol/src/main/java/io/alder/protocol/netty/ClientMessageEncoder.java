package io.alder.protocol.netty;

import io.alder.protocol.ClientMessage;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/** Writes {@link ClientMessage}s as their frame bytes, without copying. Stateless and shareable. */
@Sharable
public final class ClientMessageEncoder extends MessageToMessageEncoder<ClientMessage> {

    public static final ClientMessageEncoder INSTANCE = new ClientMessageEncoder();

    private ClientMessageEncoder() {
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ClientMessage message, List<Object> out) {
        out.add(message.content().retain());
    }
}
