package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Semaphores (3.12's ISemaphore, Alder's AlderSemaphore) through either client: permits set, taken and given
 * back as a 3.12 member does it; acquires that wait on the member; many clients contending; and the permits
 * of a client that goes away coming back.
 */
class SemaphoreIT extends CompatSuite {

    private static final int THREADS_PER_CLIENT = 2;
    private static final int ROUNDS = 25;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("init sets the permits once; acquire, tryAcquire, drain, increase and release move them")
    void permits(Target target) throws InterruptedException {
        String name = uniqueName();
        SemaphoreView semaphore = client(target).getSemaphore(name);

        assertThat(semaphore.getName()).isEqualTo(name);
        assertThat(semaphore.availablePermits()).isZero();
        assertThat(semaphore.init(3)).isTrue();
        assertThat(semaphore.init(5)).isFalse();
        semaphore.acquire(2);
        assertThat(semaphore.tryAcquire(2)).isFalse();
        assertThat(semaphore.tryAcquire()).isTrue();
        assertThat(semaphore.availablePermits()).isZero();
        semaphore.increasePermits(2);
        assertThat(semaphore.drainPermits()).isEqualTo(2);
        semaphore.release(3);
        assertThat(semaphore.tryAcquire(2, 0, TimeUnit.SECONDS)).isTrue();
        semaphore.release();
        assertThat(otherClient(target).getSemaphore(name).availablePermits()).isEqualTo(2);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("3.12's quirks: init(0) counts, reducePermits goes below 0, drain returns and resets a negative count")
    void quirks(Target target) {
        SemaphoreView zero = client(target).getSemaphore(uniqueName());
        assertThat(zero.init(0)).isTrue();
        assertThat(zero.init(4)).isFalse();

        SemaphoreView semaphore = semaphoreWithPermits(target, uniqueName(), 2);
        semaphore.reducePermits(5);
        assertThat(semaphore.availablePermits()).isEqualTo(-3);
        assertThat(semaphore.drainPermits()).isEqualTo(-3);
        assertThat(semaphore.availablePermits()).isZero();
        assertThatThrownBy(() -> semaphore.release(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> semaphore.init(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("tryAcquire(timeout) gives up after its timeout; an acquire waits until another client releases")
    void acquireWaitsForAnotherClientsRelease(Target target) throws InterruptedException {
        PermitHeldByAnotherClient held = permitHeldByAnotherClient(target);

        long start = System.nanoTime();
        assertThat(held.semaphore().tryAcquire(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);

        held.assertAcquiredOnceReleased(acquireOn(held.semaphore(), 1));
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous acquire holds no thread: the member completes it when another client releases")
    void asynchronousAcquire(Target target) throws InterruptedException {
        PermitHeldByAnotherClient held = permitHeldByAnotherClient(target);

        held.assertAcquiredOnceReleased(held.semaphore().acquireAsync());
    }

    /** A semaphore of one permit, which another client holds. */
    private record PermitHeldByAnotherClient(SemaphoreView semaphore, SemaphoreView holder) {

        /** {@code waiting}, an acquire, waits on the member until the holder releases, and then has the permit. */
        void assertAcquiredOnceReleased(CompletableFuture<Void> waiting) {
            await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> !waiting.isDone());
            holder.release();

            assertThat(waiting).succeedsWithin(PATIENCE);
            assertThat(semaphore.availablePermits()).isZero();
            semaphore.release();
        }
    }

    private PermitHeldByAnotherClient permitHeldByAnotherClient(Target target) throws InterruptedException {
        String name = uniqueName();
        SemaphoreView semaphore = semaphoreWithPermits(target, name, 1);
        SemaphoreView holder = otherClient(target).getSemaphore(name);
        holder.acquire();
        return new PermitHeldByAnotherClient(semaphore, holder);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("many clients contend for few permits: never more holders than permits, and every round completes")
    void manyClientsContend(Target target) {
        String name = uniqueName();
        int permits = 3;
        semaphoreWithPermits(target, name, permits);
        String entries = uniqueName();
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger mostHolders = new AtomicInteger();
        List<ClientUnderTest> clients = List.of(client(target), otherClient(target), newClient(target),
                newClient(target));
        List<CompletableFuture<Void>> contenders = new ArrayList<>();
        for (ClientUnderTest client : clients) {
            SemaphoreView semaphore = client.getSemaphore(name);
            AtomicLongView counted = client.getAtomicLong(entries);
            for (int t = 0; t < THREADS_PER_CLIENT; t++) {
                contenders.add(CompletableFuture.runAsync(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        acquire(semaphore, 1);
                        mostHolders.accumulateAndGet(holders.incrementAndGet(), Math::max);
                        counted.incrementAndGet();
                        holders.decrementAndGet();
                        semaphore.release();
                    }
                }, threads));
            }
        }

        for (CompletableFuture<Void> contender : contenders) {
            assertThat(contender).succeedsWithin(PATIENCE);
        }
        assertThat(mostHolders.get()).isBetween(1, permits);
        assertThat(client(target).getAtomicLong(entries).get())
                .isEqualTo((long) clients.size() * THREADS_PER_CLIENT * ROUNDS);
        assertThat(client(target).getSemaphore(name).availablePermits()).isEqualTo(permits);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a client process killed holding permits: they come back after the member's cleanup delay")
    void permitsOfAKilledClientComeBack(Target target) throws Exception {
        String name = uniqueName();
        SemaphoreView semaphore = semaphoreWithPermits(target, name, 3);
        try (ChildJvm holder = SemaphoreHolderProcess.start(server(target.server()), target, name)) {
            assertThat(semaphore.availablePermits()).isEqualTo(3 - SemaphoreHolderProcess.PERMITS_HELD);

            holder.kill();

            assertPermitsComeBackAfterCleanupDelay(semaphore, 3);
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a client that shuts down holding permits and waiting for more: its wait ends, its permits come back")
    void permitsOfAClientThatShutsDownComeBack(Target target) throws Exception {
        String name = uniqueName();
        SemaphoreView semaphore = semaphoreWithPermits(target, name, 2);
        ClientUnderTest leaving = newClient(target);
        SemaphoreView leavingSemaphore = leaving.getSemaphore(name);
        leavingSemaphore.acquire(2);
        CompletableFuture<Void> leavingWait = acquireOn(leavingSemaphore, 1);
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> !leavingWait.isDone());

        leaving.close();

        assertThat(leavingWait).failsWithin(PATIENCE);
        assertPermitsComeBackAfterCleanupDelay(semaphore, 2);
    }

    /**
     * The permits of a client that just went away come back after the cleanup delay (a client that reconnects
     * in time keeps them), and an acquire that waits for them gets them; its own waits took none.
     */
    private void assertPermitsComeBackAfterCleanupDelay(SemaphoreView semaphore, int permits) {
        long ownerGone = System.nanoTime();
        CompletableFuture<Void> waiting = acquireOn(semaphore, permits);

        assertThat(waiting).succeedsWithin(PATIENCE);
        // The member noticed the departure at most a little before we did.
        long cleanupDelay = ServerUnderTest.CLIENT_CLEANUP_DELAY.toMillis();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ownerGone)).isGreaterThanOrEqualTo(cleanupDelay - 500);
        assertThat(semaphore.availablePermits()).isZero();
        semaphore.release(permits);
    }

    /** The semaphore called {@code name}, through the target's shared client, initialised with {@code permits}. */
    private SemaphoreView semaphoreWithPermits(Target target, String name, int permits) {
        SemaphoreView semaphore = client(target).getSemaphore(name);
        assertThat(semaphore.init(permits)).isTrue();
        return semaphore;
    }

    private CompletableFuture<Void> acquireOn(SemaphoreView semaphore, int permits) {
        return CompletableFuture.runAsync(() -> acquire(semaphore, permits), threads);
    }

    private static void acquire(SemaphoreView semaphore, int permits) {
        try {
            semaphore.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
