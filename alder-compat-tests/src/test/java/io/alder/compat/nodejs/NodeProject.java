package io.alder.compat.nodejs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node.js project in {@code src/test/nodejs}: checks that its pinned client is installed and runs
 * its scripts in {@code node} processes.
 */
final class NodeProject {

    /** The official client version the scenarios are written for, pinned in package.json. */
    static final String CLIENT_VERSION = "3.12.3";

    /** System property naming the {@code node} executable; {@code node} from the PATH by default. */
    static final String NODE_PROPERTY = "compat.node";

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration OUTPUT_DRAIN = Duration.ofSeconds(10);

    private final Path directory;
    private final String node;

    private NodeProject(Path directory, String node) {
        this.directory = directory;
        this.node = node;
    }

    /** The project of this module; Maven's test plugins set {@code basedir} to the module folder. */
    static NodeProject ofThisModule() {
        Path basedir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return new NodeProject(basedir.resolve("src/test/nodejs").toAbsolutePath().normalize(),
                System.getProperty(NODE_PROPERTY, "node"));
    }

    /** Fails, naming the command that fixes it, unless {@code npm ci} installed the pinned client. */
    void requireInstalledClient() {
        Path manifest = directory.resolve("node_modules/hazelcast-client/package.json");
        String fix = "run `npm ci` in " + directory + " before the Maven build (node_modules is not committed)";
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalStateException("The Node.js client is not installed: " + fix);
        }
        String installed = installedVersion(manifest);
        if (!CLIENT_VERSION.equals(installed)) {
            throw new IllegalStateException("The installed Node.js client is " + installed + ", the scenarios need "
                    + CLIENT_VERSION + ": " + fix);
        }
    }

    private static String installedVersion(Path manifest) {
        try {
            Matcher matcher = VERSION.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
            return matcher.find() ? matcher.group(1) : "of unknown version";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
    }

    /**
     * Runs {@code node script arguments...} in the project folder and waits for it to end, killing it
     * after {@code timeout}. Standard output and error are captured together.
     */
    NodeRun run(String script, List<String> arguments, Duration timeout) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(node);
        command.add(script);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        // The scripts also read settings from ALDER_* variables; only the arguments may count here.
        builder.environment().keySet().removeIf(name -> name.startsWith("ALDER_"));
        long started = System.nanoTime();
        Process process = start(builder);
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly();
            process.waitFor();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return new NodeRun(String.join(" ", command), finished, process.exitValue(), elapsed, drain(output));
    }

    private Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start `" + node + "`: Node.js 18 or newer must be on the PATH"
                    + " (or named by -D" + NODE_PROPERTY + ")", e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output could not be read: " + e + ")";
        }
    }

    private static String drain(CompletableFuture<String> output) throws InterruptedException {
        try {
            return output.get(OUTPUT_DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "(output not available: " + e + ")";
        }
    }
}
