package io.alder.compat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.ringbuffer.Ringbuffer;
import java.io.IOException;
import java.time.Duration;

/**
 * A separate JVM running an official client that starts a long-polling {@code readMany} on an empty
 * ringbuffer and then waits to be killed: a client that dies while the member holds its read.
 * {@link #start} launches it and returns once the read was sent.
 */
final class ParkedReaderProcess {

    private static final String READING = "READING";

    private ParkedReaderProcess() {
    }

    /** Arguments: server address ({@code host:port}), ringbuffer name. */
    public static void main(String[] args) throws IOException {
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(OfficialClients.config(args[0], Routing.SMART));
            Ringbuffer<String> ringbuffer = client.getRingbuffer(args[1]);
            ringbuffer.readManyAsync(ringbuffer.tailSequence() + 1, 1, 10, null);
        } catch (RuntimeException e) {
            // Tell the parent at once; the client's threads would otherwise keep this JVM alive.
            e.printStackTrace();
            System.out.println(e);
            System.exit(1);
            return;
        }
        System.out.println(READING);
        System.out.flush();
        // The parent never writes: this returns only if the parent died without killing us first.
        System.in.read();
        client.shutdown();
    }

    /** Starts the reader JVM and waits until it sent its read. */
    static Process start(String address, String ringbuffer, Duration patience) throws Exception {
        return ClientProcess.start(ParkedReaderProcess.class, READING, "parked-reader-process", patience, address,
                ringbuffer);
    }
}
