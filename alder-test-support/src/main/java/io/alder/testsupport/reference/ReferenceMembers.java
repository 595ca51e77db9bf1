package io.alder.testsupport.reference;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Embedded official 3.12.13 members, the reference that Alder is compared with, set up as the
 * official-clients runbook says: loopback only ({@code hazelcast.socket.bind.any=false}), a fixed port without
 * auto-increment, multicast off, TCP-IP join listing the cluster's members, no join wait, no phone-home,
 * group {@value #GROUP_NAME} / {@value #GROUP_PASSWORD}, logging through SLF4J.
 */
public final class ReferenceMembers {

    /** The only interface members bind and advertise. */
    public static final String HOST = "127.0.0.1";

    /** The group name of every reference member, and of Alder members in the same suites. */
    public static final String GROUP_NAME = "dev";

    /** The group password (3.12 members without security do not check it). */
    public static final String GROUP_PASSWORD = "dev-pass";

    private ReferenceMembers() {
    }

    /**
     * The configuration of a member on {@code port} that joins the members on {@code clusterPorts}; callers
     * may add properties before starting it with {@code Hazelcast.newHazelcastInstance}.
     */
    @SuppressWarnings("deprecation") // the group password: deprecated in 3.12, still set as a 3.12 user would
    public static Config config(int port, List<Integer> clusterPorts) {
        Config config = new Config();
        config.getGroupConfig().setName(GROUP_NAME).setPassword(GROUP_PASSWORD);
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        NetworkConfig network = config.getNetworkConfig();
        // Reuse: a member restarted on its port must not wait for the old socket's TIME_WAIT.
        network.setPort(port).setPortAutoIncrement(false).setReuseAddress(true);
        network.getInterfaces().setEnabled(true).addInterface(HOST);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        clusterPorts.forEach(member -> join.getTcpIpConfig().addMember(HOST + ":" + member));
        return config;
    }

    /** Starts a member on {@code port} that joins the members on {@code clusterPorts}; returns once it is up. */
    public static HazelcastInstance start(int port, List<Integer> clusterPorts) {
        return Hazelcast.newHazelcastInstance(config(port, clusterPorts));
    }

    /** Starts a one-member cluster on a free port. */
    public static HazelcastInstance startAlone() {
        int port = freePort();
        return start(port, List.of(port));
    }

    /** Starts {@code size} members on free ports that form one cluster; the first is the oldest. */
    public static List<HazelcastInstance> startCluster(int size) {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(freePort());
        }
        List<HazelcastInstance> members = new ArrayList<>();
        for (int port : ports) {
            members.add(start(port, ports));
        }
        return members;
    }

    /** The port a member listens on. */
    public static int port(HazelcastInstance member) {
        return member.getCluster().getLocalMember().getAddress().getPort();
    }

    /** A loopback port that was free a moment ago; 3.12 cannot be told to pick one and report it. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
