package io.alder.compat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * An embedded official 3.12.13 member set up as the runbook describes: loopback only, a fixed free port
 * without auto-increment, multicast off, TCP-IP join listing only itself, phone-home off.
 */
final class ReferenceMember implements ServerUnderTest {

    private static final String LOOPBACK = "127.0.0.1";

    private final HazelcastInstance instance;
    private final InetSocketAddress address;

    private ReferenceMember(HazelcastInstance instance, InetSocketAddress address) {
        this.instance = instance;
        this.address = address;
    }

    static ReferenceMember start() {
        int port = freeLoopbackPort();
        HazelcastInstance instance = Hazelcast.newHazelcastInstance(config(port));
        return new ReferenceMember(instance, new InetSocketAddress(LOOPBACK, port));
    }

    private static Config config(int port) {
        Config config = new Config();
        config.getGroupConfig().setName(GROUP_NAME).setPassword(GROUP_PASSWORD);
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.client.endpoint.remove.delay.seconds",
                Long.toString(CLIENT_CLEANUP_DELAY.toSeconds()));
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(LOOPBACK);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember(LOOPBACK + ":" + port);
        return config;
    }

    /** A port that was free a moment ago; 3.12 cannot be told to pick one and report it. */
    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    @Override
    public ServerKind kind() {
        return ServerKind.REFERENCE;
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public void close() {
        instance.shutdown();
    }
}
