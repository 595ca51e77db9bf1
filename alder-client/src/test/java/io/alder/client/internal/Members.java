package io.alder.client.internal;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Members for the client's tests, all on loopback: Alder members, and embedded reference 3.12.13 members
 * set up as the official-clients runbook says (fixed port without auto-increment, TCP-IP join listing the
 * cluster's members, no multicast, no phone-home).
 */
final class Members {

    static final String LOOPBACK = "127.0.0.1";
    static final String GROUP = "dev";
    static final String PASSWORD = "dev-pass";

    private Members() {
    }

    /** An Alder member on the given port (0: any free port). */
    static AlderServer alder(int port) {
        return AlderServer.start(ServerConfig.builder().host(LOOPBACK).port(port).groupName(GROUP)
                .groupPassword(PASSWORD).build());
    }

    /** Reference members on free ports that form one cluster; the first is the oldest. */
    static List<HazelcastInstance> referenceCluster(int size) {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(freePort());
        }
        List<HazelcastInstance> members = new ArrayList<>();
        for (int port : ports) {
            members.add(reference(port, ports));
        }
        return members;
    }

    /** A reference member on {@code port} that joins the members on {@code clusterPorts}. */
    static HazelcastInstance reference(int port, List<Integer> clusterPorts) {
        Config config = new Config();
        config.getGroupConfig().setName(GROUP).setPassword(PASSWORD);
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false).setReuseAddress(true);
        network.getInterfaces().setEnabled(true).addInterface(LOOPBACK);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        clusterPorts.forEach(member -> join.getTcpIpConfig().addMember(LOOPBACK + ":" + member));
        return Hazelcast.newHazelcastInstance(config);
    }

    /** The port a reference member listens on. */
    static int port(HazelcastInstance member) {
        return member.getCluster().getLocalMember().getAddress().getPort();
    }

    /** A loopback port that was free a moment ago. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
