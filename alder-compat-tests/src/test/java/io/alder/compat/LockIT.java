package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Distributed locks, map key locks and ILocks, with both clients: ownership by
 * client and thread, re-entrance, timeouts, leases, contention between two clients, and release when the
 * owning client goes away.
 */
class LockIT extends CompatSuite {

    private static final String NOT_OWNER = "Current thread is not owner of the lock!";
    private static final Duration LEASE = Duration.ofSeconds(1);

    /** Runs a scenario once per selected client, server and routing mode, and lock flavour the client has. */
    @java.lang.annotation.Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest(name = "[{0}, {1}]")
    @MethodSource("io.alder.compat.LockIT#targetsAndFlavours")
    @interface OnEveryTargetAndFlavour {
    }

    static Stream<Arguments> targetsAndFlavours() {
        return Target.all().flatMap(target -> Arrays.stream(LockFlavour.values())
                .map(flavour -> Arguments.of(target, flavour)));
    }

    /** Threads other than the test thread that wait for locks at the same time. */
    private final ExecutorService waitingThreads = Executors.newCachedThreadPool();

    /** The one other thread of the test's client, a second lock owner within it. */
    private OtherThread otherThread;

    @BeforeEach
    void startOtherThread() {
        otherThread = new OtherThread();
    }

    @AfterEach
    void stopOtherThread() {
        otherThread.close();
    }

    @AfterAll
    void stopWaitingThreads() {
        waitingThreads.shutdownNow();
    }

    @OnEveryTargetAndFlavour
    @DisplayName("lock and unlock, seen by both clients; the lock needs no entry, and the other client can neither take nor release it")
    void lockAndUnlock(Target target, LockFlavour flavour) {
        String name = uniqueName();
        DistributedLock lock = flavour.on(client(target), name);
        DistributedLock seenByOther = flavour.on(otherClient(target), name);
        assertThat(lock.isLocked()).isFalse();

        lock.lock();
        assertThat(lock.isLocked()).isTrue();
        assertThat(seenByOther.isLocked()).isTrue();
        assertThat(seenByOther.tryLock()).isFalse();
        assertThatThrownBy(seenByOther::unlock).isInstanceOf(IllegalMonitorStateException.class)
                .hasMessageStartingWith(NOT_OWNER);

        lock.unlock();
        assertThat(lock.isLocked()).isFalse();
        assertThat(seenByOther.isLocked()).isFalse();
        assertThat(seenByOther.tryLock()).isTrue();
        seenByOther.unlock();
    }

    @OnEveryTargetAndFlavour
    @DisplayName("locks are reentrant, tryLock included: as many unlocks as locks release it")
    void reentrant(Target target, LockFlavour flavour) {
        DistributedLock lock = flavour.on(client(target), uniqueName());

        lock.lock();
        lock.lock();
        assertThat(lock.tryLock()).isTrue();
        lock.unlock();
        lock.unlock();
        assertThat(lock.isLocked()).isTrue();
        lock.unlock();
        assertThat(lock.isLocked()).isFalse();
    }

    @OnEveryTargetAndFlavour
    @DisplayName("a lock belongs to its thread: another thread of the client can neither take nor release it")
    void ownedByThread(Target target, LockFlavour flavour) {
        DistributedLock lock = flavour.on(client(target), uniqueName());
        lock.lock();

        assertThat(otherThread.<Boolean>call(lock::tryLock)).isFalse();
        assertThat(otherThread.<Boolean>call(lock::isLocked)).isTrue();
        assertThatThrownBy(() -> otherThread.run(lock::unlock)).isInstanceOf(IllegalMonitorStateException.class)
                .hasMessageStartingWith(NOT_OWNER);
        assertThat(lock.isLocked()).isTrue();

        lock.unlock();
        assertThat(lock.isLocked()).isFalse();
        assertThat(otherThread.<Boolean>call(lock::tryLock)).isTrue();
        otherThread.run(lock::unlock);
    }

    @OnEveryTargetAndFlavour
    @DisplayName("unlock of a lock nobody holds is IllegalMonitorStateException")
    void unlockWhenNotLocked(Target target, LockFlavour flavour) {
        DistributedLock lock = flavour.on(client(target), uniqueName());

        assertThatThrownBy(lock::unlock).isInstanceOf(IllegalMonitorStateException.class)
                .hasMessageStartingWith(NOT_OWNER);
    }

    @OnEveryTargetAndFlavour
    @DisplayName("tryLock(timeout) gives up after the timeout while another client, or another thread, holds the lock")
    void tryLockTimesOut(Target target, LockFlavour flavour) throws Exception {
        String name = uniqueName();
        DistributedLock holder = flavour.on(otherClient(target), name);
        DistributedLock lock = flavour.on(client(target), name);
        holder.lock();

        assertGivesUpAfterTimeout(lock);
        holder.unlock();
        otherThread.run(lock::lock);
        assertGivesUpAfterTimeout(lock);
        otherThread.run(lock::unlock);

        assertThat(lock.tryLock(Duration.ofMillis(300))).isTrue();
        lock.unlock();
    }

    private static void assertGivesUpAfterTimeout(DistributedLock lock) throws InterruptedException {
        long start = System.nanoTime();
        assertThat(lock.tryLock(Duration.ofMillis(300))).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);
    }

    @OnEveryTargetAndFlavour
    @DisplayName("tryLock with a lease: the lock frees itself when the lease runs out")
    void tryLockLeaseExpires(Target target, LockFlavour flavour) throws Exception {
        String name = uniqueName();
        DistributedLock lock = flavour.on(client(target), name);

        long start = System.nanoTime();
        assertThat(lock.tryLock(Duration.ofSeconds(1), LEASE)).isTrue();
        assertThat(lock.isLocked()).isTrue();

        eventually().until(() -> !lock.isLocked());
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(LEASE.toMillis());
        assertThat(flavour.on(otherClient(target), name).tryLock(Duration.ZERO)).isTrue();
    }

    @OnEveryTargetAndFlavour
    @DisplayName("lock with a lease: a client blocked in lock() gets it when the lease runs out")
    void lockLeaseExpires(Target target, LockFlavour flavour) {
        String name = uniqueName();
        DistributedLock lock = flavour.on(client(target), name);
        DistributedLock waiter = flavour.on(otherClient(target), name);

        long start = System.nanoTime();
        lock.lock(LEASE);
        assertThat(lock.isLocked()).isTrue();
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(waiter::lock, waitingThreads);

        eventually().until(waiting::isDone);
        assertThat(waiting).isNotCompletedExceptionally();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(LEASE.toMillis());
        assertThat(lock.isLocked()).isTrue();
    }

    @OnEveryTargetAndFlavour
    @DisplayName("forceUnlock by another client frees a lock however often it is held, and again harmlessly; the former owner's unlock is IllegalMonitorStateException")
    void forceUnlock(Target target, LockFlavour flavour) {
        String name = uniqueName();
        DistributedLock owner = flavour.on(otherClient(target), name);
        DistributedLock lock = flavour.on(client(target), name);
        owner.lock();
        owner.lock();

        lock.forceUnlock();

        assertThat(lock.isLocked()).isFalse();
        assertThat(owner.isLocked()).isFalse();
        lock.forceUnlock();
        assertThatThrownBy(owner::unlock).isInstanceOf(IllegalMonitorStateException.class)
                .hasMessageStartingWith(NOT_OWNER);
    }

    @OnEveryTargetAndFlavour
    @DisplayName("two clients contend: the second blocks in lock() until the first unlocks, then holds it")
    void secondClientBlocksUntilFirstUnlocks(Target target, LockFlavour flavour) {
        String name = uniqueName();
        DistributedLock first = flavour.on(otherClient(target), name);
        DistributedLock second = flavour.on(client(target), name);
        first.lock();

        CompletableFuture<Void> waiting = CompletableFuture.runAsync(second::lock, waitingThreads);

        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> !waiting.isDone());
        first.unlock();
        eventually().until(waiting::isDone);
        assertThat(waiting).isNotCompletedExceptionally();
        assertThat(first.isLocked()).isTrue();
        assertThat(first.tryLock()).isFalse();
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("an asynchronous lock of Alder's client belongs to the thread that issued it")
    void asynchronousLockOwner(Target target) {
        MapView<String, String> map = client(target).getMap(uniqueName());

        assertThat(map.lockAsync("k")).succeedsWithin(PATIENCE);

        assertThat(otherThread.call(() -> map.tryLock("k"))).isFalse();
        assertThat(map.unlockAsync("k")).succeedsWithin(PATIENCE);
        assertThat(map.isLocked("k")).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a client that shuts down holding locks: they are freed after the member's cleanup delay")
    void releasedWhenOwnerShutsDown(Target target) {
        String name = uniqueName();
        ClientUnderTest owner = newClient(target);
        for (LockFlavour flavour : LockFlavour.values()) {
            flavour.on(owner, name).lock();
        }

        owner.close();

        assertReleasedAfterCleanupDelay(target, name);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a client process killed holding locks: they are freed after the member's cleanup delay")
    void releasedWhenOwnerProcessIsKilled(Target target) throws Exception {
        String name = uniqueName();
        try (ChildJvm owner = LockHolderProcess.start(server(target.server()), target, name)) {
            owner.kill();

            assertReleasedAfterCleanupDelay(target, name);
        }
    }

    /**
     * The owner of the locks called {@code name} is gone: 3.12 keeps its locks for the cleanup delay (a
     * client that reconnects in time keeps them), then frees them, and clients blocked in lock() get them.
     */
    private void assertReleasedAfterCleanupDelay(Target target, String name) {
        long ownerGone = System.nanoTime();
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        for (LockFlavour flavour : LockFlavour.values()) {
            DistributedLock waiter = flavour.on(client(target), name);
            assertThat(waiter.isLocked()).as(flavour + " still held right after the owner left").isTrue();
            waiting.add(CompletableFuture.runAsync(waiter::lock, waitingThreads));
        }

        CompletableFuture<Void> all = CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new));
        eventually().until(all::isDone);
        assertThat(all).isNotCompletedExceptionally();
        // The member noticed the departure at most a little before we did.
        long cleanupDelay = ServerUnderTest.CLIENT_CLEANUP_DELAY.toMillis();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ownerGone)).isGreaterThanOrEqualTo(cleanupDelay - 500);
    }
}
