package io.alder.client;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The two members the client's end-to-end suites run against, in the test JVM on loopback: an embedded
 * reference 3.12.13 member, the source of truth for expected results, and an Alder member.
 */
enum ServerKind {

    REFERENCE("reference 3.12.13 member") {
        @Override
        TestServer start() {
            int port = freePort();
            HazelcastInstance member = startReference(port, List.of(port));
            return new TestServer(this, port, member::shutdown,
                    (key, value) -> member.getCluster().getLocalMember().setStringAttribute(key, value));
        }
    },

    ALDER("Alder member") {
        @Override
        TestServer start() {
            AlderServer server = AlderServer.start(ServerConfig.builder().host(TestServer.HOST).port(0)
                    .groupName(TestServer.GROUP).groupPassword(TestServer.PASSWORD).build());
            return new TestServer(this, server.address().getPort(), server::close,
                    server.engine().memberAttributes()::put);
        }
    };

    /** System property naming the servers to run against, comma separated; both when unset. */
    private static final String SELECTION_PROPERTY = "compat.servers";

    private final String displayName;

    ServerKind(String displayName) {
        this.displayName = displayName;
    }

    /** Starts a fresh member of this kind on a free loopback port. */
    abstract TestServer start();

    /** The servers selected by {@value #SELECTION_PROPERTY}; a parameter source for the suites. */
    static Stream<ServerKind> selected() {
        String selection = System.getProperty(SELECTION_PROPERTY, "").trim();
        if (selection.isEmpty()) {
            return Arrays.stream(values());
        }
        return Arrays.stream(selection.split(",")).map(name -> valueOf(name.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * A reference member on {@code port} that joins the members on {@code clusterPorts}, set up as the
     * official-clients runbook says: loopback only, no port auto-increment, TCP-IP join, no phone-home.
     */
    static HazelcastInstance startReference(int port, List<Integer> clusterPorts) {
        Config config = new Config();
        config.getGroupConfig().setName(TestServer.GROUP).setPassword(TestServer.PASSWORD);
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(TestServer.HOST);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        clusterPorts.forEach(member -> join.getTcpIpConfig().addMember(TestServer.HOST + ":" + member));
        return Hazelcast.newHazelcastInstance(config);
    }

    /** A loopback port that was free a moment ago; 3.12 cannot be told to pick one and report it. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(TestServer.HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    @Override
    public String toString() {
        return displayName;
    }
}
