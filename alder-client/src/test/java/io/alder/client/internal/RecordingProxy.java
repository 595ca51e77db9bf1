package io.alder.client.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of a member: it records what clients send and can be frozen, after which
 * it forwards nothing in either direction but keeps every socket open, like a member that hangs or a
 * network that silently drops traffic.
 */
final class RecordingProxy implements AutoCloseable {

    /** The header fields of one frame a client sent. */
    record FrameHeader(int length, int flags) {

        /** A first fragment of a longer message (BEGIN without END). */
        boolean isFirstFragmentOnly() {
            return (flags & 0xC0) == 0x80;
        }
    }

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final ByteArrayOutputStream fromClients = new ByteArrayOutputStream();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object frozenLock = new Object();
    private volatile boolean frozen;
    private volatile boolean closed;

    private RecordingProxy(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
    }

    static RecordingProxy start(InetSocketAddress target) {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName(Members.LOOPBACK));
            RecordingProxy proxy = new RecordingProxy(server, target);
            daemon("proxy-accept", proxy::accept);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** Stops forwarding, keeping the sockets open. */
    void freeze() {
        frozen = true;
    }

    /** The frames clients sent through the proxy so far, after their {@code CB2} preambles. */
    List<FrameHeader> clientFrames() {
        byte[] bytes;
        synchronized (fromClients) {
            bytes = fromClients.toByteArray();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<FrameHeader> frames = new ArrayList<>();
        while (in.remaining() >= 3) {
            if (in.get(in.position()) == 'C' && in.get(in.position() + 1) == 'B' && in.get(in.position() + 2) == '2') {
                in.position(in.position() + 3);
                continue;
            }
            int length = in.getInt(in.position());
            frames.add(new FrameHeader(length, in.get(in.position() + 5) & 0xff));
            in.position(in.position() + length);
        }
        return frames;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket member = new Socket(target.getAddress(), target.getPort());
                sockets.add(client);
                sockets.add(member);
                daemon("proxy-up", () -> pump(client, member, true));
                daemon("proxy-down", () -> pump(member, client, false));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean record) {
        byte[] chunk = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                waitWhileFrozen();
                if (record) {
                    synchronized (fromClients) {
                        fromClients.write(chunk, 0, read);
                    }
                }
                out.write(chunk, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // The other side closed, or the proxy did.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void waitWhileFrozen() throws InterruptedException {
        synchronized (frozenLock) {
            while (frozen && !closed) {
                frozenLock.wait();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (frozenLock) {
            frozenLock.notifyAll();
        }
        closeQuietly(server);
        sockets.forEach(RecordingProxy::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing anyway.
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
