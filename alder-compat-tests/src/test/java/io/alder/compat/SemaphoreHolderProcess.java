package io.alder.compat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.time.Duration;

/**
 * A separate JVM running an official client that acquires permits of a semaphore and then waits to be
 * killed: the permit holder that dies without a goodbye. {@link #start} launches it and returns once it
 * holds the permits.
 */
final class SemaphoreHolderProcess {

    private static final String ACQUIRED = "ACQUIRED";

    private SemaphoreHolderProcess() {
    }

    /** Arguments: server address ({@code host:port}), semaphore name, permits to acquire. */
    public static void main(String[] args) throws IOException {
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(OfficialClients.config(args[0], Routing.SMART));
            client.getSemaphore(args[1]).acquire(Integer.parseInt(args[2]));
        } catch (RuntimeException | InterruptedException e) {
            // Tell the parent at once; the client's threads would otherwise keep this JVM alive.
            e.printStackTrace();
            System.out.println(e);
            System.exit(1);
            return;
        }
        System.out.println(ACQUIRED);
        System.out.flush();
        // The parent never writes: this returns only if the parent died without killing us first.
        System.in.read();
        client.shutdown();
    }

    /** Starts the holder JVM and waits until it holds {@code permits} permits of the semaphore {@code name}. */
    static Process start(ServerUnderTest server, String name, int permits, Duration patience) throws Exception {
        return ClientProcess.start(SemaphoreHolderProcess.class, ACQUIRED, patience, server.addressString(), name,
                Integer.toString(permits));
    }
}
