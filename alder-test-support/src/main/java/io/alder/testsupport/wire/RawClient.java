package io.alder.testsupport.wire;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.AuthenticationResult;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;

/**
 * A deliberately simple, blocking client for wire-level tests: it writes exactly the bytes it is given
 * (well-formed or not) and reads whole frames back. Messages it returns are unpooled and need no release.
 */
public final class RawClient implements AutoCloseable {

    /** Heap buffers, so that tests never have to release what they read. */
    public static final ByteBufAllocator ALLOCATOR = new UnpooledByteBufAllocator(false);

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private long nextCorrelationId = 1;

    private RawClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects with a read timeout, so that a test never hangs on a silent server. */
    public static RawClient connect(InetSocketAddress address, int readTimeoutMillis) throws IOException {
        Socket socket = new Socket();
        socket.connect(address, 5_000);
        socket.setSoTimeout(readTimeoutMillis);
        socket.setTcpNoDelay(true);
        return new RawClient(socket);
    }

    /** Connects, sends {@code CB2} and authenticates as an owner connection; fails if refused. */
    public static RawClient authenticated(InetSocketAddress address, String group, String password) throws IOException {
        RawClient client = connect(address, 10_000);
        client.writePreamble();
        AuthenticationResult result = client.authenticate(group, password);
        if (result.status() != AuthenticationResult.STATUS_AUTHENTICATED) {
            client.close();
            throw new IOException("authentication refused with status " + result.status());
        }
        return client;
    }

    public long nextCorrelationId() {
        return nextCorrelationId++;
    }

    public RawClient writePreamble() throws IOException {
        return writeBytes(new byte[] {'C', 'B', '2'});
    }

    public RawClient writeBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Writes a message's bytes (without releasing anything the caller still needs). */
    public RawClient write(ClientMessage message) throws IOException {
        ByteBuf frame = message.content();
        byte[] bytes = new byte[frame.readableBytes()];
        frame.getBytes(frame.readerIndex(), bytes);
        message.release();
        return writeBytes(bytes);
    }

    /** Sends an owner authentication and returns the decoded answer. */
    public AuthenticationResult authenticate(String group, String password) throws IOException {
        ClientCodec.AuthenticationParameters parameters = new ClientCodec.AuthenticationParameters(null, null, true,
                "JVM", (byte) 1, "3.12.13", "raw-client", List.of(), null, null);
        write(ClientCodec.encodeAuthentication(ALLOCATOR, nextCorrelationId(),
                new ClientCodec.AuthenticationRequest(group, password, parameters)));
        return ResponseCodec.decodeAuthentication(read());
    }

    /** Reads the next frame; throws {@link EOFException} if the server closed the connection. */
    public ClientMessage read() throws IOException {
        int length = Integer.reverseBytes(in.readInt());
        if (length < ClientMessage.HEADER_SIZE || length > 64 << 20) {
            throw new IOException("server sent a bad frame length: " + length);
        }
        byte[] frame = new byte[length];
        writeIntLE(frame, length);
        in.readFully(frame, 4, length - 4);
        return ClientMessage.wrap(Unpooled.wrappedBuffer(frame));
    }

    /** Reads frames until a non-event one arrives, skipping events. */
    public ClientMessage readResponse() throws IOException {
        while (true) {
            ClientMessage message = read();
            if (!message.isEvent()) {
                return message;
            }
        }
    }

    /**
     * Whether the server closed the connection: reads until EOF (true) or until the read timeout (false),
     * discarding any frames that still arrive.
     */
    public boolean awaitClosedByServer() throws IOException {
        InputStream raw = socket.getInputStream();
        byte[] sink = new byte[8192];
        try {
            while (raw.read(sink) >= 0) {
                // drain
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Stops reading without closing, to play a client that does not consume its responses. */
    public Socket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static void writeIntLE(byte[] b, int value) {
        b[0] = (byte) value;
        b[1] = (byte) (value >>> 8);
        b[2] = (byte) (value >>> 16);
        b[3] = (byte) (value >>> 24);
    }
}
