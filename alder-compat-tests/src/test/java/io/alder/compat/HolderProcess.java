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
 * A separate JVM running a client that takes hold of something (locks, permits) and then waits to be killed:
 * the client that dies without a goodbye. {@link #start} launches it and returns once it holds.
 */
final class HolderProcess {

    /** What the process takes hold of, on the structures called by the name it is given. */
    enum Holding {

        /** A lock of every {@link LockFlavour} its client kind has. */
        LOCKS {
            @Override
            void take(ClientUnderTest client, String name) {
                for (LockFlavour flavour : LockFlavour.of(client.kind())) {
                    flavour.on(client, name).lock();
                }
            }
        },

        /** {@value #PERMITS_HELD} permits of the semaphore. */
        PERMITS {
            @Override
            void take(ClientUnderTest client, String name) throws InterruptedException {
                client.getSemaphore(name).acquire(PERMITS_HELD);
            }
        };

        /** How many permits {@link #PERMITS} holds. */
        static final int PERMITS_HELD = 2;

        abstract void take(ClientUnderTest client, String name) throws InterruptedException;
    }

    private static final String HOLDING = "HOLDING";

    private HolderProcess() {
    }

    /** Arguments: server address ({@code host:port}), client kind, routing, what to hold, structure name. */
    public static void main(String[] args) throws IOException {
        // The clients log to System.out: keep this process's output for the one line the parent reads.
        PrintStream toParent = System.out;
        System.setOut(System.err);
        ClientUnderTest client;
        try {
            client = ClientKind.valueOf(args[1]).start(args[0], Routing.valueOf(args[2]));
            Holding.valueOf(args[3]).take(client, args[4]);
        } catch (RuntimeException | InterruptedException e) {
            // Tell the parent at once; the client's threads would otherwise keep this JVM alive.
            e.printStackTrace();
            toParent.println(e);
            System.exit(1);
            return;
        }
        toParent.println(HOLDING);
        toParent.flush();
        // The parent never writes: this returns only if the parent died without killing us first.
        System.in.read();
        client.close();
    }

    /**
     * Starts the holder JVM with the test class path and a client of the target's kind and routing, and waits
     * until it holds. Its log goes to {@code target/holder-process.log}.
     */
    static Process start(ServerUnderTest server, Target target, Holding holding, String name, Duration patience)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: the process lives for seconds, and a quick start matters more than peak speed.
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                HolderProcess.class.getName(), server.addressString(), target.client().name(),
                target.routing().name(), holding.name(), name)
                .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", "holder-process.log").toFile()))
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (!HOLDING.equals(line)) {
                throw new IllegalStateException("holder process said " + line + " instead of " + HOLDING);
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
