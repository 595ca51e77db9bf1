package io.alder.compat;

import io.alder.member.Engine;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import java.net.InetSocketAddress;
import java.util.function.UnaryOperator;

/** An Alder member in the test JVM, on an ephemeral loopback port, with the suites' group settings. */
final class AlderMember implements ServerUnderTest {

    private final AlderServer server;

    private AlderMember(AlderServer server) {
        this.server = server;
    }

    static AlderMember start() {
        return start(UnaryOperator.identity());
    }

    /** Starts a member whose settings {@code configure} adds to, or changes. */
    static AlderMember start(UnaryOperator<ServerConfig.Builder> configure) {
        ServerConfig.Builder config = ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .groupName(GROUP_NAME)
                .groupPassword(GROUP_PASSWORD)
                .clientCleanupDelay(CLIENT_CLEANUP_DELAY);
        return new AlderMember(AlderServer.start(configure.apply(config).build()));
    }

    /** The member's engine, for suites that look inside it. */
    Engine engine() {
        return server.engine();
    }

    @Override
    public ServerKind kind() {
        return ServerKind.ALDER;
    }

    @Override
    public InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void close() {
        server.close();
    }
}
