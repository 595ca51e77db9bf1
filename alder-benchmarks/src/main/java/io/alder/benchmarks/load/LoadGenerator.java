package io.alder.benchmarks.load;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Command line entry point: drives one member with the official 3.12.13 Java client or with Alder's own
 * ({@code --client}) and prints one
 * {@link LoadResult#toLine() RESULT line} on standard output. Exit code 0 on success, 1 if the run was
 * aborted, 2 on bad options.
 */
@Command(name = "load-generator", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Closed-loop load on a map, queues, locks or atomic longs against one member through the"
                + " official 3.12.13 Java client or Alder's Java client.")
public final class LoadGenerator implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--client", defaultValue = "official",
            description = "Client: official (3.12.13 Java), alder (Alder's Java client) or geode (Geode protobuf v1,"
                    + " maps in sync mode only) (default: ${DEFAULT-VALUE}).")
    private ClientKind client;

    @Option(names = "--structure", defaultValue = "map",
            description = "map, queue, lock or atomic-long (default: ${DEFAULT-VALUE}).")
    private Structure structure;

    @Option(names = "--address", defaultValue = "127.0.0.1:5701", description = "Member address host:port (default: ${DEFAULT-VALUE}).")
    private String address;

    @Option(names = "--group", defaultValue = "dev", description = "Cluster group name (default: ${DEFAULT-VALUE}).")
    private String groupName;

    @Option(names = {"--name", "--map"}, defaultValue = "bench",
            description = "Map name, or prefix of the queue, lock or counter names <name>-0, <name>-1, ..."
                    + " (default: ${DEFAULT-VALUE}).")
    private String name;

    @Option(names = "--mode", defaultValue = "sync", description = "sync or async (default: ${DEFAULT-VALUE}).")
    private Mode mode;

    @Option(names = "--threads", defaultValue = "16", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--depth", description = "Async calls in flight per thread (default: 64 async, 1 sync).")
    private Integer depth;

    @Option(names = "--keys", defaultValue = "10000",
            description = "Distinct map keys, all pre-filled; for queues, the items pre-filled over them"
                    + " (default: ${DEFAULT-VALUE}).")
    private int keys;

    @Option(names = "--objects", defaultValue = "16",
            description = "Queues, locks or counters the load spreads over; not for the map"
                    + " (default: ${DEFAULT-VALUE}).")
    private int objects;

    @Option(names = "--value-size", defaultValue = "100",
            description = "Map value or queue item size in bytes (default: ${DEFAULT-VALUE}).")
    private int valueSize;

    @Option(names = "--get-ratio", defaultValue = "0.8",
            description = "Share of reads, 0..1: map gets (the rest puts), queue polls (the rest offers), counter"
                    + " gets (the rest incrementAndGet); not for locks (default: ${DEFAULT-VALUE}).")
    private double getRatio;

    @Option(names = "--warmup", defaultValue = "10s", converter = DurationConverter.class,
            description = "Load before measuring: 500ms, 10s, 1m or seconds (default: ${DEFAULT-VALUE}).")
    private Duration warmup;

    @Option(names = "--duration", defaultValue = "20s", converter = DurationConverter.class,
            description = "Measured load time (default: ${DEFAULT-VALUE}).")
    private Duration duration;

    @Option(names = "--server-pid", description = "PID of the member process whose CPU time per call is reported.")
    private Long serverPid;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for callers that want to run it in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new LoadGenerator()).setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(Structure.class, Structure::named);
    }

    @Override
    public Integer call() throws Exception {
        LoadSettings settings;
        try {
            settings = new LoadSettings(client, structure, address, groupName, name, mode, threads,
                    depth != null ? depth : mode == Mode.ASYNC ? 64 : 1, keys, objects, valueSize, getRatio, warmup,
                    duration, serverPid == null ? OptionalLong.empty() : OptionalLong.of(serverPid));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            LoadResult result = new LoadRun(settings).execute();
            spec.commandLine().getOut().println(result.toLine());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IllegalStateException | IOException e) {
            spec.commandLine().getErr().println("load-generator: " + e);
            return 1;
        }
    }
}
