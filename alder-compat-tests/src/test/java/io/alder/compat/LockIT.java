package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Distributed locks, both IMap key locks and ILocks: ownership by client and thread, timeouts, leases,
 * contention between two clients, and release when the owning client goes away.
 */
class LockIT extends CompatSuite {

    private static final String NOT_OWNER = "Current thread is not owner of the lock!";
    private static final Duration LEASE = Duration.ofSeconds(1);

    /** Runs a scenario once per selected server and lock flavour. */
    @java.lang.annotation.Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest(name = "[{0}, {1}]")
    @MethodSource("io.alder.compat.LockIT#serversAndFlavours")
    @interface OnEveryServerAndFlavour {
    }

    static Stream<Arguments> serversAndFlavours() {
        return ServerKind.selected().flatMap(kind -> Arrays.stream(LockFlavour.values()).map(f -> Arguments.of(kind, f)));
    }

    /** Threads other than the test thread; lock ownership is per thread. */
    private final ExecutorService otherThreads = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        otherThreads.shutdownNow();
    }

    @OnEveryServerAndFlavour
    @DisplayName("lock and unlock, seen by both clients through isLocked")
    void lockAndUnlock(ServerKind kind, LockFlavour flavour) {
        String name = uniqueName();
        DistributedLock lock = flavour.on(client(kind), name);
        DistributedLock seenByOther = flavour.on(otherClient(kind), name);
        assertThat(lock.isLocked()).isFalse();

        lock.lock();
        assertThat(lock.isLocked()).isTrue();
        assertThat(seenByOther.isLocked()).isTrue();

        lock.unlock();
        assertThat(lock.isLocked()).isFalse();
        assertThat(seenByOther.isLocked()).isFalse();
    }

    @OnEveryServerAndFlavour
    @DisplayName("locks are reentrant: as many unlocks as locks release it")
    void reentrant(ServerKind kind, LockFlavour flavour) {
        DistributedLock lock = flavour.on(client(kind), uniqueName());

        lock.lock();
        lock.lock();
        lock.unlock();
        assertThat(lock.isLocked()).isTrue();
        lock.unlock();
        assertThat(lock.isLocked()).isFalse();
    }

    @OnEveryServerAndFlavour
    @DisplayName("tryLock(timeout) gives up after the timeout while another client holds the lock")
    void tryLockTimesOut(ServerKind kind, LockFlavour flavour) throws Exception {
        String name = uniqueName();
        DistributedLock holder = flavour.on(otherClient(kind), name);
        DistributedLock lock = flavour.on(client(kind), name);
        holder.lock();

        long start = System.nanoTime();
        assertThat(lock.tryLock(Duration.ofMillis(300))).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);

        holder.unlock();
        assertThat(lock.tryLock(Duration.ofMillis(300))).isTrue();
        lock.unlock();
    }

    @OnEveryServerAndFlavour
    @DisplayName("tryLock with a lease: the lock frees itself when the lease runs out")
    void tryLockLeaseExpires(ServerKind kind, LockFlavour flavour) throws Exception {
        String name = uniqueName();
        DistributedLock lock = flavour.on(client(kind), name);

        long start = System.nanoTime();
        assertThat(lock.tryLock(Duration.ofSeconds(1), LEASE)).isTrue();
        assertThat(lock.isLocked()).isTrue();

        eventually().until(() -> !lock.isLocked());
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(LEASE.toMillis());
        assertThat(flavour.on(otherClient(kind), name).tryLock(Duration.ZERO)).isTrue();
    }

    @OnEveryServerAndFlavour
    @DisplayName("lock with a lease: a client blocked in lock() gets it when the lease runs out")
    void lockLeaseExpires(ServerKind kind, LockFlavour flavour) {
        String name = uniqueName();
        DistributedLock lock = flavour.on(client(kind), name);
        DistributedLock waiter = flavour.on(otherClient(kind), name);

        long start = System.nanoTime();
        lock.lock(LEASE);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(waiter::lock, otherThreads);

        eventually().until(waiting::isDone);
        assertThat(waiting).isNotCompletedExceptionally();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(LEASE.toMillis());
        assertThat(lock.isLocked()).isTrue();
    }

    @OnEveryServerAndFlavour
    @DisplayName("forceUnlock by another client frees the lock; the former owner's unlock is IllegalMonitorStateException")
    void forceUnlock(ServerKind kind, LockFlavour flavour) {
        String name = uniqueName();
        DistributedLock owner = flavour.on(otherClient(kind), name);
        DistributedLock lock = flavour.on(client(kind), name);
        owner.lock();

        lock.forceUnlock();

        assertThat(lock.isLocked()).isFalse();
        assertThat(owner.isLocked()).isFalse();
        assertThatThrownBy(owner::unlock).isInstanceOf(IllegalMonitorStateException.class)
                .hasMessageStartingWith(NOT_OWNER);
    }

    @OnEveryServerAndFlavour
    @DisplayName("unlock from a thread that does not own the lock is IllegalMonitorStateException")
    void unlockFromOtherThread(ServerKind kind, LockFlavour flavour) {
        DistributedLock lock = flavour.on(client(kind), uniqueName());
        lock.lock();

        CompletableFuture<Void> foreignUnlock = CompletableFuture.runAsync(lock::unlock, otherThreads);

        assertThat(foreignUnlock).failsWithin(PATIENCE).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(IllegalMonitorStateException.class).withMessageStartingWith(NOT_OWNER);
        assertThat(lock.isLocked()).isTrue();
        lock.unlock();
        assertThat(lock.isLocked()).isFalse();
    }

    @OnEveryServerAndFlavour
    @DisplayName("unlock of a lock nobody holds is IllegalMonitorStateException")
    void unlockWhenNotLocked(ServerKind kind, LockFlavour flavour) {
        DistributedLock lock = flavour.on(client(kind), uniqueName());

        assertThatThrownBy(lock::unlock).isInstanceOf(IllegalMonitorStateException.class)
                .hasMessageStartingWith(NOT_OWNER);
    }

    @OnEveryServerAndFlavour
    @DisplayName("two clients contend: the second blocks in lock() until the first unlocks")
    void secondClientBlocksUntilFirstUnlocks(ServerKind kind, LockFlavour flavour) {
        String name = uniqueName();
        DistributedLock first = flavour.on(otherClient(kind), name);
        DistributedLock second = flavour.on(client(kind), name);
        first.lock();

        CompletableFuture<Void> waiting = CompletableFuture.runAsync(second::lock, otherThreads);

        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> !waiting.isDone());
        first.unlock();
        eventually().until(waiting::isDone);
        assertThat(waiting).isNotCompletedExceptionally();
        assertThat(first.isLocked()).isTrue();
    }

    @OnEveryServer
    @DisplayName("a client that shuts down holding locks: they are freed after the member's cleanup delay")
    void releasedWhenOwnerShutsDown(ServerKind kind) {
        String name = uniqueName();
        HazelcastInstance owner = clients(kind).start(Routing.SMART);
        for (LockFlavour flavour : LockFlavour.values()) {
            flavour.on(owner, name).lock();
        }

        owner.shutdown();

        assertReleasedAfterCleanupDelay(kind, name);
    }

    @OnEveryServer
    @DisplayName("a client process killed holding locks: they are freed after the member's cleanup delay")
    void releasedWhenOwnerProcessIsKilled(ServerKind kind) throws Exception {
        String name = uniqueName();
        Process owner = LockHolderProcess.start(server(kind), name, PATIENCE);

        owner.destroyForcibly();
        assertThat(owner.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertReleasedAfterCleanupDelay(kind, name);
    }

    /**
     * The owner of the locks called {@code name} is gone: 3.12 keeps its locks for the cleanup delay (a
     * client that reconnects in time keeps them), then frees them, and clients blocked in lock() get them.
     */
    private void assertReleasedAfterCleanupDelay(ServerKind kind, String name) {
        long ownerGone = System.nanoTime();
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        for (LockFlavour flavour : LockFlavour.values()) {
            DistributedLock waiter = flavour.on(client(kind), name);
            assertThat(waiter.isLocked()).as(flavour + " still held right after the owner left").isTrue();
            waiting.add(CompletableFuture.runAsync(waiter::lock, otherThreads));
        }

        CompletableFuture<Void> all = CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new));
        eventually().until(all::isDone);
        assertThat(all).isNotCompletedExceptionally();
        // The member noticed the departure at most a little before we did.
        long cleanupDelay = ServerUnderTest.CLIENT_CLEANUP_DELAY.toMillis();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ownerGone)).isGreaterThanOrEqualTo(cleanupDelay - 500);
    }
}
