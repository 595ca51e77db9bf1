package io.alder.geodecompat;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * One client connection relayed to its server frame by frame: each length-delimited message is recorded as it was
 * sent (length prefix included) before it is passed on, so a side has it recorded by the time the other side can
 * answer it. Messages after the version exchange may be rewritten on their way to the client; the record keeps
 * what the server sent.
 */
final class TappedConnection {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private final List<byte[]> fromClient = new CopyOnWriteArrayList<>();
    private final List<byte[]> fromServer = new CopyOnWriteArrayList<>();

    private TappedConnection() {
    }

    /** Relays between {@code client} and {@code server} on two daemon threads, until either side closes. */
    static TappedConnection relay(Socket client, Socket server, UnaryOperator<byte[]> answerRewrite) {
        TappedConnection connection = new TappedConnection();
        start(() -> pump(client, server, connection.fromClient, UnaryOperator.identity()));
        start(() -> pump(server, client, connection.fromServer, answerRewrite));
        return connection;
    }

    /** The frames the client sent so far, in hex. */
    List<String> requests() {
        return fromClient.stream().map(HEX::formatHex).toList();
    }

    /** The frames the server sent so far, in hex. */
    List<String> answers() {
        return fromServer.stream().map(HEX::formatHex).toList();
    }

    /** The message (without its length prefix) of the server's frame {@code index}. */
    byte[] answer(int index) {
        return body(fromServer.get(index));
    }

    /** The message of a frame: what follows the length prefix, a varint whose bytes have the high bit set but the last. */
    static byte[] body(byte[] frame) {
        int prefix = 0;
        while ((frame[prefix] & 0x80) != 0) {
            prefix++;
        }
        return Arrays.copyOfRange(frame, prefix + 1, frame.length);
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "wire-tap");
        thread.setDaemon(true);
        thread.start();
    }

    private static void pump(Socket from, Socket to, List<byte[]> record, UnaryOperator<byte[]> rewrite) {
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (byte[] frame = readFrame(in); frame != null; frame = readFrame(in)) {
                record.add(frame);
                // The first frame is the version exchange, which has a message type of its own.
                out.write(record.size() == 1 ? frame : rewrite.apply(frame));
                out.flush();
            }
        } catch (IOException e) {
            // One side went away (the driver resets its locator connection); closing both ends the relay.
        }
    }

    /** One length-delimited frame with its prefix, or null at the end of the stream. */
    private static byte[] readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int length = 0;
        for (int shift = 0, next = 0x80; (next & 0x80) != 0; shift += 7) {
            next = in.read();
            if (next < 0) {
                if (frame.size() == 0) {
                    return null;
                }
                throw new EOFException("the stream ended inside a length prefix");
            }
            frame.write(next);
            length |= (next & 0x7F) << shift;
        }
        byte[] message = in.readNBytes(length);
        if (message.length < length) {
            throw new EOFException("the stream ended inside a message");
        }
        frame.write(message);
        return frame.toByteArray();
    }
}
