package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IAtomicLong;
import com.hazelcast.core.ISemaphore;
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
 * ISemaphore: permits set, taken and given back as a 3.12 member does it; acquires that wait on the member;
 * many clients contending; and the permits of a client that goes away coming back.
 */
class SemaphoreIT extends CompatSuite {

    private static final int CONTENDING_CLIENTS = 4;
    private static final int THREADS_PER_CLIENT = 2;
    private static final int ROUNDS = 25;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @OnEveryServerAndRouting
    @DisplayName("init sets the permits once; acquire, tryAcquire, drain, increase and release move them")
    void permits(Target target) throws InterruptedException {
        ISemaphore semaphore = client(target).getSemaphore(uniqueName());

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
        assertThat(semaphore.availablePermits()).isEqualTo(3);
    }

    @OnEveryServer
    @DisplayName("3.12's quirks: init(0) counts, reducePermits goes below 0, drain returns and resets a negative count")
    void quirks(ServerKind kind) {
        ISemaphore zero = client(kind).getSemaphore(uniqueName());
        assertThat(zero.init(0)).isTrue();
        assertThat(zero.init(4)).isFalse();

        ISemaphore semaphore = client(kind).getSemaphore(uniqueName());
        semaphore.init(2);
        semaphore.reducePermits(5);
        assertThat(semaphore.availablePermits()).isEqualTo(-3);
        assertThat(semaphore.drainPermits()).isEqualTo(-3);
        assertThat(semaphore.availablePermits()).isZero();
        assertThatThrownBy(() -> semaphore.release(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> semaphore.init(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @OnEveryServer
    @DisplayName("tryAcquire(timeout) gives up after its timeout; an acquire waits until another client releases")
    void acquireWaitsForAnotherClientsRelease(ServerKind kind) throws InterruptedException {
        String name = uniqueName();
        ISemaphore semaphore = client(kind).getSemaphore(name);
        ISemaphore holder = otherClient(kind).getSemaphore(name);
        semaphore.init(1);
        holder.acquire();

        long start = System.nanoTime();
        assertThat(semaphore.tryAcquire(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);
        CompletableFuture<Void> waiting = acquireOn(semaphore, 1);
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> !waiting.isDone());
        holder.release();

        assertThat(waiting).succeedsWithin(PATIENCE);
        assertThat(semaphore.availablePermits()).isZero();
        semaphore.release();
    }

    @OnEveryServer
    @DisplayName("many clients contend for few permits: never more holders than permits, and every round completes")
    void manyClientsContend(ServerKind kind) {
        String name = uniqueName();
        int permits = 3;
        client(kind).getSemaphore(name).init(permits);
        IAtomicLong entries = client(kind).getAtomicLong(uniqueName());
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger mostHolders = new AtomicInteger();
        List<CompletableFuture<Void>> contenders = new ArrayList<>();
        for (int c = 0; c < CONTENDING_CLIENTS; c++) {
            HazelcastInstance client = clients(kind).start(c % 2 == 0 ? Routing.SMART : Routing.UNISOCKET);
            ISemaphore semaphore = client.getSemaphore(name);
            IAtomicLong counted = client.getAtomicLong(entries.getName());
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
        assertThat(entries.get()).isEqualTo((long) CONTENDING_CLIENTS * THREADS_PER_CLIENT * ROUNDS);
        assertThat(client(kind).getSemaphore(name).availablePermits()).isEqualTo(permits);
    }

    @OnEveryServer
    @DisplayName("a client process killed holding permits: they come back after the member's cleanup delay")
    void permitsOfAKilledClientComeBack(ServerKind kind) throws Exception {
        String name = uniqueName();
        ISemaphore semaphore = client(kind).getSemaphore(name);
        semaphore.init(3);
        Process holder = SemaphoreHolderProcess.start(server(kind), name, 2, PATIENCE);
        assertThat(semaphore.availablePermits()).isEqualTo(1);

        holder.destroyForcibly();
        assertThat(holder.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertPermitsComeBackAfterCleanupDelay(semaphore, 3);
    }

    @OnEveryServer
    @DisplayName("a client that shuts down holding permits and waiting for more: its wait ends, its permits come back")
    void permitsOfAClientThatShutsDownComeBack(ServerKind kind) throws Exception {
        String name = uniqueName();
        ISemaphore semaphore = client(kind).getSemaphore(name);
        semaphore.init(2);
        HazelcastInstance leaving = clients(kind).start(Routing.SMART);
        ISemaphore leavingSemaphore = leaving.getSemaphore(name);
        leavingSemaphore.acquire(2);
        CompletableFuture<Void> leavingWait = acquireOn(leavingSemaphore, 1);
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> !leavingWait.isDone());

        leaving.shutdown();

        assertThat(leavingWait).failsWithin(PATIENCE);
        assertPermitsComeBackAfterCleanupDelay(semaphore, 2);
    }

    /**
     * The permits of a client that just went away come back after the cleanup delay (a client that reconnects
     * in time keeps them), and an acquire that waits for them gets them; its own waits took none.
     */
    private void assertPermitsComeBackAfterCleanupDelay(ISemaphore semaphore, int permits) {
        long ownerGone = System.nanoTime();
        CompletableFuture<Void> waiting = acquireOn(semaphore, permits);

        assertThat(waiting).succeedsWithin(PATIENCE);
        // The member noticed the departure at most a little before we did.
        long cleanupDelay = ServerUnderTest.CLIENT_CLEANUP_DELAY.toMillis();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ownerGone)).isGreaterThanOrEqualTo(cleanupDelay - 500);
        assertThat(semaphore.availablePermits()).isZero();
        semaphore.release(permits);
    }

    private CompletableFuture<Void> acquireOn(ISemaphore semaphore, int permits) {
        return CompletableFuture.runAsync(() -> acquire(semaphore, permits), threads);
    }

    private static void acquire(ISemaphore semaphore, int permits) {
        try {
            semaphore.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
