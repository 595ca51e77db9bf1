package io.alder.member.semaphore;

import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.member.NamePatterns;
import io.alder.member.Reply;
import io.alder.serialization.Partitions;
import java.time.Duration;
import java.util.Map;

/**
 * An engine on manual time whose semaphores named {@code "pool-*"} start with 3 permits, and shortcuts for
 * the calls of one semaphore on behalf of a client.
 */
final class SemaphoreFixture {

    static final String ALICE = "client-alice";
    static final String BOB = "client-bob";
    static final Duration CLIENT_CLEANUP_DELAY = Duration.ofSeconds(60);
    static final long FOREVER = -1;

    final ManualScheduler time = new ManualScheduler(0);
    final Engine engine = new Engine(new EngineSettings(271, CLIENT_CLEANUP_DELAY).withSemaphores(
            new NamePatterns<>(Map.of("pool-*", new SemaphoreSettings(3)), SemaphoreSettings.DEFAULTS)), time, time);
    final SemaphoreService semaphores = engine.semaphores();

    static int partitionOf(String name) {
        return Partitions.partitionIdOfName(name, 271);
    }

    boolean init(String name, int permits) {
        return semaphores.init(partitionOf(name), name, permits);
    }

    int available(String name) {
        return semaphores.availablePermits(partitionOf(name), name);
    }

    Reply<Void> acquire(String name, String client, int permits) {
        Reply<Void> reply = new Reply<>();
        semaphores.acquire(partitionOf(name), name, client, permits, reply);
        return reply;
    }

    Reply<Boolean> tryAcquire(String name, String client, int permits, long timeoutMillis) {
        Reply<Boolean> reply = new Reply<>();
        semaphores.tryAcquire(partitionOf(name), name, client, permits, timeoutMillis, reply);
        return reply;
    }

    void release(String name, String client, int permits) {
        semaphores.release(partitionOf(name), name, client, permits);
    }

    int drain(String name, String client) {
        return semaphores.drainPermits(partitionOf(name), name, client);
    }

    void reduce(String name, int reduction) {
        semaphores.reducePermits(partitionOf(name), name, reduction);
    }

    void increase(String name, int increase) {
        semaphores.increasePermits(partitionOf(name), name, increase);
    }

    /** Opens and closes the client's only connection: it is disconnected, and gone after the cleanup delay. */
    void disconnect(String client) {
        engine.clientSessions().connectionOpened(client);
        engine.clientSessions().connectionClosed(client);
    }

    /** Disconnects the client and lets the cleanup delay pass: the client is gone. */
    void clientLeaves(String client) {
        disconnect(client);
        time.advance(CLIENT_CLEANUP_DELAY.toMillis());
    }
}
