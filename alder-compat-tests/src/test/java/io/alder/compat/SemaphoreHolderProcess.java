package io.alder.compat;

import java.io.IOException;

/**
 * A separate JVM (see {@link ChildJvm}) running a client that acquires {@value #PERMITS_HELD} permits of a
 * semaphore and then waits to be killed: the client that dies without giving its permits back.
 */
final class SemaphoreHolderProcess {

    /** How many permits the process holds. */
    static final int PERMITS_HELD = 2;

    private static final String HOLDING = "HOLDING";

    private SemaphoreHolderProcess() {
    }

    /** Arguments: server address ({@code host:port}), client kind, routing, semaphore name. */
    public static void main(String[] args) {
        ChildJvm.runAsChild(toParent -> {
            ClientUnderTest client = ClientKind.valueOf(args[1]).start(args[0], Routing.valueOf(args[2]));
            client.getSemaphore(args[3]).acquire(PERMITS_HELD);
            toParent.println(HOLDING);
            // The parent never writes: this returns only if the parent died without killing us first.
            System.in.read();
            client.close();
        });
    }

    /**
     * Starts the holder JVM with a client of the target's kind and routing, and waits until it holds permits
     * of the semaphore {@code name}.
     */
    static ChildJvm start(ServerUnderTest server, Target target, String name) throws IOException {
        return ChildJvm.startReady(SemaphoreHolderProcess.class, HOLDING, server.addressString(),
                target.client().name(), target.routing().name(), name);
    }
}
