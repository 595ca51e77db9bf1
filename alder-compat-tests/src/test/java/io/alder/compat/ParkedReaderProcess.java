package io.alder.compat;

import java.io.IOException;

/**
 * A separate JVM (see {@link ChildJvm}) running a client that starts a long-polling {@code readMany} on an
 * empty ringbuffer and then waits to be killed: a client that dies while the member holds its read.
 */
final class ParkedReaderProcess {

    private static final String READING = "READING";

    private ParkedReaderProcess() {
    }

    /** Arguments: server address ({@code host:port}), client kind, routing, ringbuffer name. */
    public static void main(String[] args) {
        ChildJvm.runAsChild(toParent -> {
            ClientUnderTest client = ClientKind.valueOf(args[1]).start(args[0], Routing.valueOf(args[2]));
            RingbufferView<String> ringbuffer = client.getRingbuffer(args[3]);
            ringbuffer.readManyAsync(ringbuffer.tailSequence() + 1, 1, 10);
            toParent.println(READING);
            // The parent never writes: this returns only if the parent died without killing us first.
            System.in.read();
            client.close();
        });
    }

    /**
     * Starts the reader JVM with a client of the target's kind and routing, and waits until it sent its read
     * of the ringbuffer {@code name}.
     */
    static ChildJvm start(ServerUnderTest server, Target target, String name) throws IOException {
        return ChildJvm.startReady(ParkedReaderProcess.class, READING, server.addressString(), target.client().name(),
                target.routing().name(), name);
    }
}
