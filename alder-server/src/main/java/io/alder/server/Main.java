package io.alder.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.alder.server.config.ConfigLoader;
import io.alder.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code alder} command line. */
@Command(name = "alder", mixinStandardHelpOptions = true, version = "Alder 0.1.0-SNAPSHOT",
        description = "Alder, an in-memory data grid that Hazelcast 3.12 clients use unchanged.",
        subcommands = {Main.Start.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** {@code alder start}: runs a member in the foreground until Ctrl-C or SIGTERM. */
    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start a member in the foreground with embedded defaults.")
    static final class Start implements Callable<Integer> {

        @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file (see the README).")
        Path config;

        @Option(names = "--port", paramLabel = "N", description = "Port to listen on (overrides the file; default 5701).")
        Integer port;

        @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (overrides the file; default 127.0.0.1).")
        String host;

        @Override
        public Integer call() throws Exception {
            ServerConfig.Builder builder = config == null ? ServerConfig.builder() : ConfigLoader.load(config).toBuilder();
            if (port != null) {
                builder.port(port);
            }
            if (host != null) {
                builder.host(host);
            }
            ServerConfig settings = builder.build();
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.toLevel(settings.logLevel()));
            AlderServer server = AlderServer.start(settings);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "alder-shutdown"));
            System.out.printf("Alder member listening on %s:%d (group '%s'). Press Ctrl-C to stop.%n",
                    settings.host(), server.address().getPort(), settings.groupName());
            if (server.geodeAddress() != null) {
                System.out.printf("Geode protobuf clients also served on %s:%d.%n", settings.host(),
                        server.geodeAddress().getPort());
            }
            stopped.await();
            return 0;
        }
    }
}
