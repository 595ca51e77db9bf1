package io.alder.benchmarks.members;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the reference 3.12.13 member alone on {@code 127.0.0.1:<port>}, with the isolated settings of
 * the official-clients runbook. The member's own shutdown hook stops it on SIGTERM.
 */
@Command(name = "reference-member", mixinStandardHelpOptions = true,
        description = "Runs the reference 3.12.13 member on loopback until SIGTERM.")
public final class ReferenceMember implements Callable<Integer> {

    /** The group name the official clients authenticate with. */
    public static final String GROUP_NAME = "dev";

    @Option(names = "--port", defaultValue = "5701", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int port;

    public static void main(String[] args) {
        int exitCode = new CommandLine(new ReferenceMember()).execute(args);
        // On success the member's non-daemon threads keep the JVM alive until SIGTERM.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public Integer call() {
        Hazelcast.newHazelcastInstance(config(port));
        System.out.println("reference member ready on 127.0.0.1:" + port + " pid=" + ProcessHandle.current().pid());
        return 0;
    }

    /**
     * A one-member, loopback-only, offline configuration: fixed port (a busy port fails instead of
     * moving on), TCP join with only itself, no phone-home.
     */
    public static Config config(int port) {
        Config config = new Config();
        config.getGroupConfig().setName(GROUP_NAME).setPassword("dev-pass");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + port);
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        return config;
    }
}
