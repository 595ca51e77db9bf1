package io.alder.client.internal.connection;

import io.alder.protocol.ClientMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Connection} over Netty's in-memory channel, for tests without sockets: what the connection
 * writes is read back with {@link #written()}, what a member would send is fed with {@link #receive}.
 */
public final class EmbeddedConnection implements AutoCloseable {

    private final EmbeddedChannel channel;
    private final Connection connection;
    private final Queue<ClientMessage> frames = new ArrayDeque<>();
    private int writes;

    private EmbeddedConnection(EmbeddedChannel channel, Connection connection) {
        this.channel = channel;
        this.connection = connection;
    }

    /** A connection that fragments messages longer than {@code maxFrameSize}. */
    public static EmbeddedConnection open(int maxFrameSize) {
        ConnectionHandler handler = new ConnectionHandler(maxFrameSize, true);
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        return new EmbeddedConnection(channel, new Connection(1, channel, handler));
    }

    /** A connection that never fragments. */
    public static EmbeddedConnection open() {
        ConnectionHandler handler = new ConnectionHandler(Integer.MAX_VALUE, false);
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        return new EmbeddedConnection(channel, new Connection(1, channel, handler));
    }

    public Connection connection() {
        return connection;
    }

    /** The next frame written, or null; the caller releases it. */
    public ClientMessage written() {
        channel.runPendingTasks();
        for (ByteBuf buffer = channel.readOutbound(); buffer != null; buffer = channel.readOutbound()) {
            writes++;
            // One write may carry several frames (the handler batches small ones); frames never straddle writes.
            while (buffer.isReadable()) {
                frames.add(ClientMessage.wrap(buffer.readRetainedSlice(buffer.getIntLE(buffer.readerIndex()))));
            }
            buffer.release();
        }
        return frames.poll();
    }

    /** How many buffers the connection has written so far, as far as {@link #written()} has read. */
    public int writes() {
        return writes;
    }

    /** Feeds a frame as if the member had sent it. */
    public void receive(ClientMessage message) {
        channel.writeInbound(message);
        channel.runPendingTasks();
    }

    /** Lets {@code millis} pass for the channel's scheduled tasks, and runs those that are due. */
    public void advanceTime(long millis) {
        channel.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
    }

    /** Runs the channel's scheduled tasks that are due by now. */
    public void runScheduledTasks() {
        channel.runPendingTasks();
        channel.runScheduledPendingTasks();
    }

    /** Closes the channel as if the member had closed it. */
    public void closeFromMember() {
        channel.close();
        channel.runPendingTasks();
    }

    /** Releases whatever is left in the channel's queues. */
    @Override
    public void close() {
        frames.forEach(ClientMessage::release);
        channel.finishAndReleaseAll();
    }
}
