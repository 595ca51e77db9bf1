package io.alder.compat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a main class of the test class path: a client that can die without a goodbye. The
 * test watches the lines it prints and kills it; {@link #close()} makes sure it is gone. Its log (stderr)
 * goes to {@code target/<main class>.log}. The child's side is {@link #runAsChild}.
 */
final class ChildJvm implements AutoCloseable {

    /** What a child's main does, given the stream its parent reads. */
    @FunctionalInterface
    interface ChildBody {
        void run(PrintStream toParent) throws Exception;
    }

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private volatile boolean outputEnded;

    private ChildJvm(Process process) {
        this.process = process;
    }

    /** Starts {@code mainClass} with {@code args}; returns at once. */
    static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: the process lives for seconds, and a quick start matters more than peak speed.
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        Path log = Path.of("target", mainClass.getSimpleName() + ".log");
        ChildJvm child = new ChildJvm(new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
        Thread reader = new Thread(child::collectOutput, mainClass.getSimpleName() + "-output");
        reader.setDaemon(true);
        reader.start();
        return child;
    }

    /**
     * Starts {@code mainClass} with {@code args} and waits until it printed {@code readyLine}, its first line.
     *
     * @throws IllegalStateException if it printed something else first (it is then killed)
     */
    static ChildJvm startReady(Class<?> mainClass, String readyLine, String... args) throws IOException {
        ChildJvm child = start(mainClass, args);
        try {
            List<String> said = child.awaitLines(1);
            if (!said.equals(List.of(readyLine))) {
                throw new IllegalStateException(mainClass.getSimpleName() + " said " + said + " instead of "
                        + readyLine);
            }
            return child;
        } catch (RuntimeException | Error e) {
            child.close();
            throw e;
        }
    }

    /**
     * For the main method of a child: runs {@code body} with the stream the parent reads, which from then on
     * carries only what the body prints there, as {@code System.out} goes to the log (the clients log to it).
     * A failure is printed to both and ends the JVM, whose client threads would otherwise keep it alive.
     */
    static void runAsChild(ChildBody body) {
        PrintStream toParent = System.out;
        System.setOut(System.err);
        try {
            body.run(toParent);
        } catch (Exception e) {
            e.printStackTrace();
            toParent.println(e);
            toParent.flush();
            System.exit(1);
        }
    }

    /** The lines printed so far. */
    List<String> output() {
        return output;
    }

    /**
     * Waits until the child printed {@code count} lines, and returns them.
     *
     * @throws IllegalStateException if it stopped printing before, e.g. because it exited
     */
    List<String> awaitLines(int count) {
        CompatSuite.eventually().until(() -> output.size() >= count || outputEnded);
        if (output.size() < count) {
            throw new IllegalStateException("child JVM ended its output after " + output + ", see its log");
        }
        return List.copyOf(output.subList(0, count));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the JVM at once, as a crash or {@code kill -9} would, and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(CompatSuite.PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("child JVM still alive after being killed");
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void collectOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(output::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            outputEnded = true;
        }
    }
}
