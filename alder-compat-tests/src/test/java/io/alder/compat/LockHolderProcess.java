package io.alder.compat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM running a client that takes a lock of every {@link LockFlavour} its kind has and then
 * waits to be killed: the client that dies without a goodbye. {@link #start} launches it and returns
 * once it holds the locks.
 */
final class LockHolderProcess {

    private static final String LOCKED = "LOCKED";

    private LockHolderProcess() {
    }

    /** Arguments: server address ({@code host:port}), client kind, routing, lock name. */
    public static void main(String[] args) throws IOException {
        // The clients log to System.out: keep this process's output for the one line the parent reads.
        PrintStream toParent = System.out;
        System.setOut(System.err);
        ClientKind kind = ClientKind.valueOf(args[1]);
        ClientUnderTest client;
        try {
            client = kind.start(args[0], Routing.valueOf(args[2]));
            for (LockFlavour flavour : LockFlavour.of(kind)) {
                flavour.on(client, args[3]).lock();
            }
        } catch (RuntimeException e) {
            // Tell the parent at once; the client's threads would otherwise keep this JVM alive.
            e.printStackTrace();
            toParent.println(e);
            System.exit(1);
            return;
        }
        toParent.println(LOCKED);
        toParent.flush();
        // The parent never writes: this returns only if the parent died without killing us first.
        System.in.read();
        client.close();
    }

    /**
     * Starts the holder JVM with the test class path and a client of the target's kind and routing, and waits
     * until it holds the locks. Its log goes to {@code target/lock-holder-process.log}.
     */
    static Process start(ServerUnderTest server, Target target, String name, Duration patience) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: the process lives for seconds, and a quick start matters more than peak speed.
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                LockHolderProcess.class.getName(), server.addressString(), target.client().name(),
                target.routing().name(), name)
                .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", "lock-holder-process.log").toFile()))
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (!LOCKED.equals(line)) {
                throw new IllegalStateException("lock holder process said " + line + " instead of " + LOCKED);
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
