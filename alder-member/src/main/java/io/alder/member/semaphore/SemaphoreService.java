package io.alder.member.semaphore;

import io.alder.member.CallerId;
import io.alder.member.ClientSessions;
import io.alder.member.Completion;
import io.alder.member.DistributedObjects;
import io.alder.member.NamePatterns;
import io.alder.member.partition.ParkedAttempt;
import io.alder.member.partition.Partition;
import io.alder.member.partition.PartitionedObjects;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The member's semaphores (ISemaphore), with 3.12 semantics: a count of available permits per name, which
 * starts at the configured initial permits ({@link SemaphoreSettings}, 0 by default) and which {@code init}
 * sets once. Permits acquired or drained belong to the calling client until it releases them; when a client
 * is gone its permits come back, as 3.12 gives back the permits of a departed client.
 *
 * <p><b>Partitions.</b> A semaphore lives in the partition of its name, which 3.12 clients put in the frame
 * header; every operation names it ({@link IllegalArgumentException} if it is not in
 * {@code 0..partitionCount-1}). A semaphore no one initialized, acquired from or released to keeps no
 * state.
 *
 * <p><b>Threads and waiting.</b> Everything runs on the calling thread under the partition lock and never
 * blocks. An {@code acquire} or {@code tryAcquire} for more permits than are available is parked and
 * completes through its {@link Completion} on the thread that made the permits available, or on the
 * engine's scheduler when its timeout passes. Every waiter is retried whenever permits are added, so a
 * small request may overtake a larger one that still waits. Unlike 3.12, which only wakes waiters on a
 * release, {@code init} and {@code increasePermits} wake them too.
 *
 * <p><b>Arguments.</b> A negative number of permits is refused with the {@link IllegalArgumentException}
 * the 3.12 client raises for it (a 3.12 member, which relies on its client, would apply it).
 *
 * <p><b>Lifecycle.</b> As in 3.12, the waits of a client are dropped as soon as it disconnects, and its
 * permits are given back once it has been gone for the cleanup delay; destroying a semaphore drops its
 * permits and fails its waits; shutting down fails every wait.
 */
public final class SemaphoreService {

    /** The service name of semaphores in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:semaphoreService";

    /** Semaphore calls carry no thread id: permits and waits belong to the client as a whole. */
    private static final long ANY_THREAD = 0;
    private static final long WAIT_FOREVER = -1;

    private final PartitionedObjects<Permits> semaphores;
    private final NamePatterns<SemaphoreSettings> settings;

    /**
     * Creates the service and hooks it to client disconnections and departures and semaphore destruction.
     *
     * @param partitionCount how many partitions the member has
     * @param scheduler runs the timeouts of waits
     * @param settings the initial permits of each semaphore, by name
     */
    public SemaphoreService(int partitionCount, ScheduledExecutorService scheduler,
            NamePatterns<SemaphoreSettings> settings, ClientSessions clientSessions,
            DistributedObjects distributedObjects) {
        this.semaphores = new PartitionedObjects<>(SERVICE_NAME, partitionCount, scheduler);
        this.settings = settings;
        clientSessions.onClientDisconnected(semaphores::clientDisconnected);
        clientSessions.onClientGone(this::releaseClient);
        distributedObjects.onDestroy(SERVICE_NAME, semaphores::destroy);
    }

    /**
     * Sets the permits if they were never set and are 0 now (as 3.12, initial permits count as set); whether
     * it did.
     */
    public boolean init(int partitionId, String name, int permits) {
        checkNotNegative(permits);
        return onSemaphore(partitionId, name, semaphore -> semaphore.init(permits));
    }

    /** Completes once {@code permits} permits are taken for the client, waiting as long as it takes. */
    public void acquire(int partitionId, String name, String clientUuid, int permits, Completion<Void> completion) {
        take(partitionId, name, clientUuid, permits, WAIT_FOREVER, null, null, completion);
    }

    /**
     * Takes {@code permits} permits for the client, waiting at most {@code timeoutMillis} (0: not at all,
     * negative: as long as it takes); completes with whether it got them.
     */
    public void tryAcquire(int partitionId, String name, String clientUuid, int permits, long timeoutMillis,
            Completion<Boolean> completion) {
        take(partitionId, name, clientUuid, permits, timeoutMillis, true, false, completion);
    }

    /** The permits available now; below 0 after a reduction past them. */
    public int availablePermits(int partitionId, String name) {
        return semaphores.locked(partitionId, (partition, table) -> {
            Permits semaphore = table.get(name);
            return semaphore == null ? initialPermits(name) : semaphore.available();
        });
    }

    /** Takes every available permit for the client and returns how many that was. */
    public int drainPermits(int partitionId, String name, String clientUuid) {
        return onSemaphore(partitionId, name, semaphore -> semaphore.drain(clientUuid));
    }

    /** Removes permits, possibly below 0; no one holds them. */
    public void reducePermits(int partitionId, String name, int reduction) {
        checkNotNegative(reduction);
        change(partitionId, name, semaphore -> semaphore.reduce(reduction));
    }

    /** Adds permits that no one held, which may let waiters through. */
    public void increasePermits(int partitionId, String name, int increase) {
        checkNotNegative(increase);
        change(partitionId, name, semaphore -> semaphore.increase(increase));
    }

    /**
     * Gives permits back, which may let waiters through. A client may release permits it does not hold, as in
     * 3.12; they are then no one's.
     */
    public void release(int partitionId, String name, String clientUuid, int permits) {
        checkNotNegative(permits);
        change(partitionId, name, semaphore -> semaphore.release(clientUuid, permits));
    }

    /** Fails every waiting operation: the member stops and will never finish them. */
    public void shutdown() {
        semaphores.shutdown();
    }

    // ---- internals

    /** Takes permits now, or parks the attempt while too few are available. */
    private <T> void take(int partitionId, String name, String clientUuid, int permits, long timeoutMillis,
            T acquired, T timedOut, Completion<T> completion) {
        checkNotNegative(permits);
        Partition partition = semaphores.partition(partitionId);
        ParkedAttempt.runOrPark(partition, semaphores.waitKey(name), new CallerId(clientUuid, ANY_THREAD),
                timeoutMillis, timedOut,
                () -> apply(partition, name, semaphore -> semaphore.tryAcquire(clientUuid, permits))
                        ? acquired : ParkedAttempt.MUST_WAIT,
                completion);
    }

    /** Changes the semaphore under its partition's lock. */
    private void change(int partitionId, String name, Consumer<Permits> change) {
        onSemaphore(partitionId, name, semaphore -> {
            change.accept(semaphore);
            return null;
        });
    }

    /** Runs an operation on the semaphore under its partition's lock. */
    private <T> T onSemaphore(int partitionId, String name, Function<Permits, T> operation) {
        return semaphores.locked(partitionId, (partition, table) -> apply(partition, name, operation));
    }

    /**
     * Runs an operation on the semaphore, created with its initial permits if it has no state; the caller
     * holds the partition lock. An operation that adds available permits wakes the waiters; state it leaves
     * unused is dropped again.
     */
    private <T> T apply(Partition partition, String name, Function<Permits, T> operation) {
        Map<String, Permits> table = semaphores.table(partition);
        Permits semaphore = table.computeIfAbsent(name, absent -> new Permits(initialPermits(name)));
        int availableBefore = semaphore.available();
        try {
            return operation.apply(semaphore);
        } finally {
            if (semaphore.available() > availableBefore) {
                semaphores.wake(partition, name);
            }
            if (semaphore.isUnused()) {
                table.remove(name);
            }
        }
    }

    private int initialPermits(String name) {
        return settings.lookup(name).initialPermits();
    }

    /** Gives back the permits of a client that is gone, after its waits were dropped. */
    private void releaseClient(String clientUuid) {
        semaphores.clientGone(clientUuid, (partition, table) -> table.forEach((name, semaphore) -> {
            if (semaphore.releaseAllOf(clientUuid)) {
                semaphores.wake(partition, name);
            }
        }));
    }

    private static void checkNotNegative(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("Permits cannot be negative!");
        }
    }
}
