package io.alder.benchmarks.members;

import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs an Alder member alone on {@code 127.0.0.1:<port>} with the default configuration (group
 * {@code dev}, 271 partitions), closing it on SIGTERM.
 */
@Command(name = "alder-member", mixinStandardHelpOptions = true,
        description = "Runs an Alder member on loopback until SIGTERM.")
public final class AlderMember implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "5701", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int port;

    public static void main(String[] args) {
        int exitCode = new CommandLine(new AlderMember()).execute(args);
        // On success the member's non-daemon I/O threads keep the JVM alive until SIGTERM.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public Integer call() {
        AlderServer server = AlderServer.start(ServerConfig.builder().host("127.0.0.1").port(port).build());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "alder-member-shutdown"));
        System.out.println("alder member ready on 127.0.0.1:" + server.address().getPort()
                + " pid=" + ProcessHandle.current().pid());
        return 0;
    }
}
