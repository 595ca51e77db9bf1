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
 * Starts a separate JVM that runs an official client scenario (a main class on the test class path) and
 * returns once the scenario reports it is ready: the client that later dies without a goodbye. Its log goes
 * to {@code target/<main class>.log}.
 */
final class ClientProcess {

    private ClientProcess() {
    }

    /**
     * Starts {@code main} with {@code arguments} and waits until it prints {@code ready} as its first line.
     *
     * @throws IllegalStateException if it prints anything else first
     */
    static Process start(Class<?> main, String ready, Duration patience, String... arguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                // C1 only: the process lives for seconds, and a quick start matters more than peak speed.
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", main.getSimpleName() + ".log").toFile()))
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (!ready.equals(line)) {
                throw new IllegalStateException(main.getSimpleName() + " said " + line + " instead of " + ready);
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
