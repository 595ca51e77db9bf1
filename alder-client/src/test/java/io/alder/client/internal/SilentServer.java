package io.alder.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A server that accepts connections and reads whatever comes, but never answers: a hung member. */
final class SilentServer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    private SilentServer(ServerSocket server) {
        this.server = server;
    }

    static SilentServer start() {
        try {
            SilentServer silent = new SilentServer(new ServerSocket(0, 50, InetAddress.getByName(Members.LOOPBACK)));
            Thread acceptor = new Thread(silent::accept, "silent-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            return silent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** How many connections were accepted. */
    int accepted() {
        return accepted.size();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.add(socket);
                Thread reader = new Thread(() -> drain(socket), "silent-read");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void drain(Socket socket) {
        byte[] buffer = new byte[4096];
        try (InputStream in = socket.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // Read and ignore: the peer sees no answer and no close.
            }
        } catch (IOException e) {
            // Closed.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }
}
