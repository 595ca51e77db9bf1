package io.alder.geodecompat;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.apache.geode.internal.protocol.protobuf.v1.BasicTypes;
import org.apache.geode.internal.protocol.protobuf.v1.ClientProtocol.Message;

/**
 * A recording TCP relay between Geode's driver and a server: the driver is given the tap's locator address, and
 * the tap rewrites the locator's {@code GetServerResponse} to name a second relay in front of the server it
 * named, so that the driver's server connection is recorded as well. Both conversations are kept frame by frame.
 */
final class WireTap implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final Relay locatorRelay;
    private volatile Relay serverRelay;

    private WireTap(InetSocketAddress locator) throws IOException {
        this.locatorRelay = new Relay(locator, this::routeServerThroughTap);
    }

    /** Starts a tap in front of the locator (or Alder main port) at {@code locator}. */
    static WireTap inFrontOf(InetSocketAddress locator) {
        try {
            return new WireTap(locator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the driver should look for its locator. */
    InetSocketAddress locator() {
        return locatorRelay.address();
    }

    /** The driver's locator connections so far. */
    List<TappedConnection> locatorConnections() {
        return locatorRelay.connections;
    }

    /** The driver's server connections so far. */
    List<TappedConnection> serverConnections() {
        return serverRelay == null ? List.of() : serverRelay.connections;
    }

    private byte[] routeServerThroughTap(byte[] frame) {
        Message message;
        try {
            message = Message.parseFrom(TappedConnection.body(frame));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the locator sent a frame that is no message", e);
        }
        if (!message.hasGetServerResponse()) {
            return frame;
        }
        BasicTypes.Server server = message.getGetServerResponse().getServer();
        InetSocketAddress relayed = serverRelay(new InetSocketAddress(server.getHostname(), server.getPort()));
        Message rewritten = message.toBuilder().setGetServerResponse(message.getGetServerResponse().toBuilder()
                .setServer(server.toBuilder().setHostname(HOST).setPort(relayed.getPort()))).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            rewritten.writeDelimitedTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private synchronized InetSocketAddress serverRelay(InetSocketAddress server) {
        try {
            if (serverRelay == null) {
                serverRelay = new Relay(server, UnaryOperator.identity());
            }
            return serverRelay.address();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        locatorRelay.close();
        if (serverRelay != null) {
            serverRelay.close();
        }
    }

    /** A loopback listener that relays each connection to one target. */
    private static final class Relay {
        private final ServerSocket listener;
        private final List<TappedConnection> connections = new CopyOnWriteArrayList<>();
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();

        Relay(InetSocketAddress target, UnaryOperator<byte[]> answerRewrite) throws IOException {
            listener = new ServerSocket(0, 50, InetAddress.getByName(HOST));
            Thread acceptor = new Thread(() -> accept(target, answerRewrite), "wire-tap-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        InetSocketAddress address() {
            return (InetSocketAddress) listener.getLocalSocketAddress();
        }

        private void accept(InetSocketAddress target, UnaryOperator<byte[]> answerRewrite) {
            try {
                while (true) {
                    Socket client = listener.accept();
                    Socket server = new Socket(target.getAddress(), target.getPort());
                    client.setTcpNoDelay(true);
                    server.setTcpNoDelay(true);
                    sockets.addAll(List.of(client, server));
                    connections.add(TappedConnection.relay(client, server, answerRewrite));
                }
            } catch (IOException e) {
                // The listener was closed.
            }
        }

        void close() {
            try {
                listener.close();
                for (Socket socket : sockets) {
                    socket.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
