package io.alder.compat;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * A separate JVM (see {@link ChildJvm}) running a client that takes a lock of every {@link LockFlavour}
 * and then waits to be killed: the client that dies without a goodbye. {@link #start} launches it
 * and returns once it holds the locks.
 */
final class LockHolderProcess {

    private static final String LOCKED = "LOCKED";

    private LockHolderProcess() {
    }

    /** Arguments: server address ({@code host:port}), client kind, routing, lock name. */
    public static void main(String[] args) {
        ChildJvm.runAsChild(toParent -> {
            ClientUnderTest client = holdingLocks(args);
            toParent.println(LOCKED);
            // The parent never writes: this returns only if the parent died without killing us first.
            System.in.read();
            client.close();
        });
    }

    /**
     * Starts the holder JVM with a client of the target's kind and routing, and waits until it holds the
     * locks called {@code name}.
     */
    static ChildJvm start(ServerUnderTest server, Target target, String name) throws IOException {
        return ChildJvm.startReady(LockHolderProcess.class, LOCKED, clientArguments(server, target, name));
    }

    /**
     * The first arguments of a child JVM whose client {@link #holdingLocks} starts: the server address, the
     * target's client kind and routing, and the lock name; a child may take more after them.
     */
    static String[] clientArguments(ServerUnderTest server, Target target, String lockName, String... more) {
        return Stream.concat(Stream.of(server.addressString(), target.client().name(), target.routing().name(),
                lockName), Arrays.stream(more)).toArray(String[]::new);
    }

    /**
     * In a child JVM: connects the client that {@link #clientArguments} describe, and takes the lock of every
     * flavour its kind has, called by the lock name.
     */
    static ClientUnderTest holdingLocks(String[] args) {
        ClientKind kind = ClientKind.valueOf(args[1]);
        ClientUnderTest client = kind.start(args[0], Routing.valueOf(args[2]));
        for (LockFlavour flavour : LockFlavour.values()) {
            flavour.on(client, args[3]).lock();
        }
        return client;
    }
}
