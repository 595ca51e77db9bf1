package io.alder.compat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Launches a class's {@code main} in a JVM of its own, with the test class path, for scenarios where a
 * client must die without a goodbye: the test kills the process. The child announces on its standard
 * output that it is ready; its standard error goes to {@code target/<log name>.log}.
 */
final class ClientProcess {

    private ClientProcess() {
    }

    /**
     * Starts {@code main} with {@code arguments} and waits until it prints {@code readyLine}.
     *
     * @throws IllegalStateException if it prints anything else first (it is then killed)
     */
    static Process start(Class<?> main, String readyLine, String logName, Duration patience, String... arguments)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: the process lives for seconds, and a quick start matters more than peak speed.
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", logName + ".log").toFile()))
                .start();
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(out))
                    .get(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (!readyLine.equals(line)) {
                throw new IllegalStateException(main.getSimpleName() + " said " + line + " instead of " + readyLine);
            }
            return process;
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
