package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Conditions of lock objects through either client: awaiting leaves the lock and takes it back, signals from
 * another client, timeouts, signalAll, conditions of one lock kept apart, 3.12's re-entrant awaiter, and
 * Alder's asynchronous await.
 */
class ConditionIT extends CompatSuite {

    private static final String NOT_OWNER = "Current thread is not owner of the lock!";
    private static final String READY = "ready";
    /** How long a waiter that should not be woken is watched. */
    private static final Duration QUIET = Duration.ofMillis(700);

    /** The threads that await, each holding the lock of its own client thread. */
    private final ExecutorService waiterThreads = Executors.newCachedThreadPool();

    @AfterAll
    void stopWaiterThreads() {
        waiterThreads.shutdownNow();
    }

    /** What a waiter saw: whether it was signalled, and whether it held the lock when its await returned. */
    private record Awaited(boolean signalled, boolean heldAfter) {
    }

    /**
     * A thread of {@code client} that takes the lock, awaits the condition at most {@code timeout}, looks at
     * the lock, and unlocks it; returned once it awaits (it took the lock and left it again).
     */
    private CompletableFuture<Awaited> awaiting(ClientUnderTest client, String lockName, String condition,
            Duration timeout) {
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Awaited> outcome = waiter(client, lockName, condition, timeout, locked);
        await().atMost(PATIENCE).until(() -> locked.getCount() == 0);
        await().atMost(PATIENCE).until(() -> outcome.isDone() || !client.getLock(lockName).isLocked());
        return outcome;
    }

    /** {@link #awaiting} without waiting for the waiter to await; {@code locked} counts down once it took the lock. */
    private CompletableFuture<Awaited> waiter(ClientUnderTest client, String lockName, String condition,
            Duration timeout, CountDownLatch locked) {
        LockView lock = client.getLock(lockName);
        ConditionView waitingOn = client.getCondition(lockName, condition);
        return OtherThread.startOn(waiterThreads, () -> {
            lock.lock();
            locked.countDown();
            try {
                boolean signalled = waitingOn.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return new Awaited(signalled, lock.isLockedByCurrentThread());
            } finally {
                lock.unlock();
            }
        });
    }

    /** Takes the lock, signals the condition (all waiters when {@code all}), and leaves the lock. */
    private static void signal(ClientUnderTest client, String lockName, String condition, boolean all) {
        LockView lock = client.getLock(lockName);
        ConditionView signalled = client.getCondition(lockName, condition);
        lock.lock();
        try {
            if (all) {
                signalled.signalAll();
            } else {
                signalled.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("awaiting or signalling without holding the lock is IllegalMonitorStateException")
    void onlyTheOwnerAwaitsOrSignals(Target target) {
        String name = uniqueName();
        ConditionView condition = client(target).getCondition(name, READY);

        assertThatThrownBy(() -> condition.await(100, TimeUnit.MILLISECONDS))
                .isInstanceOf(IllegalMonitorStateException.class).hasMessageStartingWith(NOT_OWNER);
        assertThatThrownBy(condition::signal).isInstanceOf(IllegalMonitorStateException.class)
                .hasMessageStartingWith(NOT_OWNER);
        LockView heldByOther = otherClient(target).getLock(name);
        heldByOther.lock();
        try {
            assertThatThrownBy(condition::signalAll).isInstanceOf(IllegalMonitorStateException.class)
                    .hasMessageStartingWith(NOT_OWNER);
        } finally {
            heldByOther.unlock();
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("another client's signal wakes the waiter once the signaller leaves the lock; it holds the lock again")
    void signalFromAnotherClient(Target target) {
        String name = uniqueName();
        LockView lock = otherClient(target).getLock(name);
        CompletableFuture<Awaited> waiting = awaiting(client(target), name, READY, Duration.ofMinutes(1));

        lock.lock();
        otherClient(target).getCondition(name, READY).signal();
        await().during(QUIET).atMost(PATIENCE).until(() -> !waiting.isDone());
        lock.unlock();

        assertThat(waiting).succeedsWithin(PATIENCE).isEqualTo(new Awaited(true, true));
        eventually().until(() -> !lock.isLocked());
    }

    @OnEveryClientServerAndRouting
    @DisplayName("an await that times out answers false holding the lock; while another client holds it, it waits for it")
    void awaitTimesOut(Target target) {
        String name = uniqueName();
        assertThat(waiter(client(target), name, READY, Duration.ofMillis(200), new CountDownLatch(1)))
                .succeedsWithin(PATIENCE).isEqualTo(new Awaited(false, true));

        LockView lock = otherClient(target).getLock(name);
        CompletableFuture<Awaited> waiting = awaiting(client(target), name, READY, Duration.ofSeconds(1));
        lock.lock();
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> !waiting.isDone());
        lock.unlock();
        assertThat(waiting).succeedsWithin(PATIENCE).isEqualTo(new Awaited(false, true));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("one signal wakes one of two waiters, signalAll the rest; a signal of another condition wakes none")
    void signalAndSignalAll(Target target) {
        String name = uniqueName();
        CompletableFuture<Awaited> first = awaiting(client(target), name, READY, Duration.ofMinutes(1));
        CompletableFuture<Awaited> second = awaiting(client(target), name, READY, Duration.ofMinutes(1));

        signal(otherClient(target), name, "other", true);
        await().during(QUIET).atMost(PATIENCE).until(() -> !first.isDone() && !second.isDone());
        signal(otherClient(target), name, READY, false);
        eventually().until(() -> first.isDone() || second.isDone());
        await().during(QUIET).atMost(PATIENCE).until(() -> !(first.isDone() && second.isDone()));
        signal(otherClient(target), name, READY, true);

        assertThat(first).succeedsWithin(PATIENCE).isEqualTo(new Awaited(true, true));
        assertThat(second).succeedsWithin(PATIENCE).isEqualTo(new Awaited(true, true));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a signal nobody awaits is forgotten: a later await times out")
    void signalWithoutWaitersIsForgotten(Target target) {
        String name = uniqueName();
        signal(otherClient(target), name, READY, true);

        assertThat(waiter(client(target), name, READY, Duration.ofMillis(300), new CountDownLatch(1)))
                .succeedsWithin(PATIENCE).isEqualTo(new Awaited(false, true));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("as in 3.12, a thread that holds the lock twice leaves it once while it awaits, and holds it twice after")
    void reentrantAwaiterKeepsTheLock(Target target) throws Exception {
        String name = uniqueName();
        LockView lock = client(target).getLock(name);
        ConditionView condition = client(target).getCondition(name, READY);
        try (OtherThread owner = new OtherThread()) {
            owner.run(lock::lock);
            owner.run(lock::lock);

            CompletableFuture<Boolean> awaited = owner.start(() -> condition.await(2, TimeUnit.SECONDS));

            assertThat(otherClient(target).getLock(name).tryLock(500, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(awaited).succeedsWithin(PATIENCE).isEqualTo(false);
            assertThat(owner.call(lock::getLockCount)).isEqualTo(2);
            owner.run(lock::forceUnlock);
        }
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous await belongs to the calling thread and completes on another client's signal")
    void asynchronousAwait(Target target) throws Exception {
        String name = uniqueName();
        OtherThread owner = new OtherThread();
        try {
            LockView lock = client(target).getLock(name);
            ConditionView condition = client(target).getCondition(name, READY);
            owner.run(lock::lock);
            CompletableFuture<Boolean> awaiting = owner.call(() -> condition.awaitAsync(1, TimeUnit.MINUTES));
            await().atMost(PATIENCE).until(() -> !lock.isLocked());

            signal(otherClient(target), name, READY, false);

            assertThat(awaiting).succeedsWithin(PATIENCE).isEqualTo(true);
            assertThat(owner.call(lock::isLockedByCurrentThread)).isTrue();
            owner.run(lock::unlock);
        } finally {
            owner.close();
        }
    }
}
