package io.alder.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** Runs the load generator's command line in-process and reads its RESULT line, for the *IT tests. */
final class LoadGeneratorProbe {

    /** Keys of a smoke run; small, so that pre-filling is quick. */
    static final int KEYS = 1000;

    private LoadGeneratorProbe() {
    }

    /** Exit code, standard output and standard error of one run. */
    record Outcome(int exitCode, String out, String err) {

        /** The RESULT line's fields, in order. */
        Map<String, String> result() {
            assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
            String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow();
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : line.substring("RESULT ".length()).split(" ")) {
                String[] keyValue = pair.split("=", 2);
                fields.put(keyValue[0], keyValue[1]);
            }
            return fields;
        }
    }

    /** A ~2 s smoke run against {@code port} on loopback, plus {@code extraArgs}. */
    static Outcome smokeRun(int port, long serverPid, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--address", "127.0.0.1:" + port, "--keys", Integer.toString(KEYS),
                "--value-size", "100", "--warmup", "500ms", "--duration", "2s", "--server-pid", Long.toString(serverPid)));
        args.addAll(List.of(extraArgs));
        return run(args.toArray(String[]::new));
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = LoadGenerator.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    /** Checks that a smoke run did real work and that its numbers are consistent. */
    static void assertSane(Map<String, String> result) {
        assertThat(Long.parseLong(result.get("ops"))).as("ops").isPositive();
        assertThat(Long.parseLong(result.get("errors"))).as("errors").isZero();
        double seconds = number(result, "seconds");
        assertThat(seconds).as("measured seconds").isBetween(1.9, 4.0);
        assertThat(number(result, "opsPerSec")).as("ops/s").isCloseTo(
                Long.parseLong(result.get("ops")) / seconds, withinPercentage(1)); // seconds is rounded
        double p50 = number(result, "p50Us");
        double p99 = number(result, "p99Us");
        double p999 = number(result, "p999Us");
        assertThat(p50).as("p50 µs").isPositive();
        assertThat(p99).as("p99 µs").isGreaterThanOrEqualTo(p50);
        assertThat(p999).as("p99.9 µs").isGreaterThanOrEqualTo(p99);
        assertThat(number(result, "maxUs")).as("max µs").isGreaterThanOrEqualTo(p999).isLessThan(20_000_000);
        assertThat(number(result, "serverCpuUsPerOp")).as("server CPU µs per call").isPositive();
        assertThat(number(result, "clientCpuUsPerOp")).as("client CPU µs per call").isPositive();
    }

    private static double number(Map<String, String> result, String key) {
        return Double.parseDouble(result.get(key));
    }

    /** Asks the member on {@code port} something through a fresh official client: what a run left behind. */
    static <T> T withOfficialClient(int port, Function<HazelcastInstance, T> query) {
        HazelcastInstance official =
                HazelcastClient.newHazelcastClient(OfficialLoadClient.config("127.0.0.1:" + port, "dev"));
        try {
            return query.apply(official);
        } finally {
            official.shutdown();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
