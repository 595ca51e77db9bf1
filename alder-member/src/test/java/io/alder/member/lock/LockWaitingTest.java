package io.alder.member.lock;

import static io.alder.member.lock.LockFixture.ALICE;
import static io.alder.member.lock.LockFixture.ALICE_2;
import static io.alder.member.lock.LockFixture.BOB;
import static io.alder.member.lock.LockFixture.CLIENT_CLEANUP_DELAY;
import static io.alder.member.lock.LockFixture.NO_LEASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.CallerId;
import io.alder.member.DistributedObjects;
import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.Reply;
import io.alder.member.map.MapService;
import org.junit.jupiter.api.Test;

/** lock and tryLock calls that must wait: parked, then woken, timed out, dropped or failed. */
class LockWaitingTest {

    private final LockFixture fx = new LockFixture();

    @Test
    void lockWaitsUntilTheOwnerUnlocksAndIsAnsweredByTheUnlockingThread() {
        fx.lock("lock", ALICE, NO_LEASE, 1);

        Reply<Void> bobsLock = fx.lockLater("lock", BOB, NO_LEASE, 1);
        assertThat(bobsLock.isDone()).isFalse();
        fx.unlock("lock", ALICE, 2);

        bobsLock.value();
        assertThat(bobsLock.endedOn()).isSameAs(Thread.currentThread());
        assertThat(fx.isLockedBy("lock", BOB)).isTrue();
    }

    @Test
    void anotherThreadOfTheOwnerWaitsToo() {
        fx.lock("lock", ALICE, NO_LEASE, 1);

        Reply<Void> secondThread = fx.lockLater("lock", ALICE_2, NO_LEASE, 1);
        assertThat(secondThread.isDone()).isFalse();
        fx.unlock("lock", ALICE, 2);

        secondThread.value();
        assertThat(fx.isLockedBy("lock", ALICE_2)).isTrue();
    }

    @Test
    void waitersGetTheLockOneAfterTheOtherInArrivalOrder() {
        CallerId carol = new CallerId("client-carol", 9);
        fx.lock("lock", ALICE, NO_LEASE, 1);
        Reply<Void> bobsLock = fx.lockLater("lock", BOB, NO_LEASE, 1);
        Reply<Void> carolsLock = fx.lockLater("lock", carol, NO_LEASE, 1);

        fx.unlock("lock", ALICE, 2);
        assertThat(bobsLock.isDone()).isTrue();
        assertThat(carolsLock.isDone()).isFalse();

        fx.unlock("lock", BOB, 2);
        carolsLock.value();
        assertThat(fx.isLockedBy("lock", carol)).isTrue();
    }

    @Test
    void theLeaseGivesTheLockToAWaiterWhenItRunsOut() {
        fx.lock("lock", ALICE, 1_000, 1);
        Reply<Void> bobsLock = fx.lockLater("lock", BOB, NO_LEASE, 1);

        fx.time.advance(999);
        assertThat(bobsLock.isDone()).isFalse();
        fx.time.advance(1);

        bobsLock.value();
        assertThat(fx.isLockedBy("lock", BOB)).isTrue();
    }

    @Test
    void tryLockGivesUpAtItsTimeout() {
        fx.lock("lock", ALICE, NO_LEASE, 1);

        Reply<Boolean> bobsTry = fx.tryLock("lock", BOB, NO_LEASE, 500, 1);
        fx.time.advance(499);
        assertThat(bobsTry.isDone()).isFalse();
        fx.time.advance(1);

        assertThat(bobsTry.value()).isFalse();
        fx.unlock("lock", ALICE, 2);
        assertThat(fx.isLocked("lock")).as("the timed-out waiter never took the lock").isFalse();
    }

    @Test
    void tryLockThatGetsTheLockInTimeAnswersTrueOnceWithItsLease() {
        fx.lock("lock", ALICE, NO_LEASE, 1);
        Reply<Boolean> bobsTry = fx.tryLock("lock", BOB, 2_000, 500, 1);

        fx.time.advance(100);
        fx.unlock("lock", ALICE, 2);
        assertThat(bobsTry.value()).isTrue();
        assertThat(fx.remainingLeaseTime("lock")).as("the lease starts when the lock is taken").isEqualTo(2_000);

        fx.time.advance(1_000);
        assertThat(bobsTry.value()).as("the timeout passing later changes nothing").isTrue();
        fx.time.advance(1_000);
        assertThat(fx.isLocked("lock")).isFalse();
    }

    @Test
    void tryLockWithANegativeTimeoutWaitsForever() {
        fx.lock("lock", ALICE, NO_LEASE, 1);
        Reply<Boolean> bobsTry = fx.tryLock("lock", BOB, NO_LEASE, -1, 1);

        fx.time.advance(86_400_000);
        assertThat(bobsTry.isDone()).isFalse();
        fx.forceUnlock("lock");

        assertThat(bobsTry.value()).isTrue();
    }

    @Test
    void aDisconnectedClientLosesItsWaitsAtOnceAndItsLocksOnceItIsGone() {
        fx.lock("held", ALICE, NO_LEASE, 1);
        fx.lock("held", ALICE, NO_LEASE, 2);
        fx.lock("wanted", BOB, NO_LEASE, 1);
        Reply<Void> alicesWait = fx.lockLater("wanted", ALICE_2, NO_LEASE, 1);
        Reply<Void> bobsWait = fx.lockLater("held", BOB, NO_LEASE, 2);

        fx.clientLeaves(ALICE.clientUuid());
        assertThat(alicesWait.failure()).as("no answer could reach it").isInstanceOf(IllegalStateException.class)
                .hasMessage("Client client-alice disconnected");
        fx.time.advance(CLIENT_CLEANUP_DELAY.toMillis() - 1);
        assertThat(fx.isLockedBy("held", ALICE)).as("kept for a client that may come back").isTrue();
        fx.time.advance(1);

        bobsWait.value();
        assertThat(fx.isLockedBy("held", BOB)).isTrue();
        assertThat(fx.isLockedBy("wanted", BOB)).isTrue();
    }

    @Test
    void aClientThatReconnectsInTimeKeepsItsLocks() {
        fx.lock("lock", ALICE, NO_LEASE, 1);

        fx.clientLeaves(ALICE.clientUuid());
        fx.time.advance(1_000);
        fx.engine.clientSessions().connectionOpened(ALICE.clientUuid());
        fx.time.advance(CLIENT_CLEANUP_DELAY.toMillis());

        assertThat(fx.isLockedBy("lock", ALICE)).isTrue();
    }

    @Test
    void destroyingALockReleasesItAndFailsItsWaiters() {
        String neighbour = LockServiceTest.sameNamePartitionAs("lock");
        int timersBefore = fx.time.pendingTasks();
        fx.lock("lock", ALICE, 60_000, 1);
        fx.lock(neighbour, ALICE, NO_LEASE, 1);
        Reply<Void> bobsLock = fx.lockLater("lock", BOB, NO_LEASE, 1);
        Reply<Void> bobsOtherLock = fx.lockLater(neighbour, BOB, NO_LEASE, 1);
        DistributedObjects objects = fx.engine.distributedObjects();
        objects.create(LockService.SERVICE_NAME, "lock");

        objects.destroy(LockService.SERVICE_NAME, "lock");

        assertThat(bobsLock.failure()).isExactlyInstanceOf(ObjectDestroyedException.class)
                .hasMessage("Distributed object lock of hz:impl:lockService was destroyed");
        assertThat(fx.isLocked("lock")).isFalse();
        assertThat(bobsOtherLock.isDone()).as("other locks are untouched").isFalse();
        assertThat(fx.isLockedBy(neighbour, ALICE)).isTrue();
        assertThat(fx.time.pendingTasks()).as("the lease timer went with the lock").isEqualTo(timersBefore);
        fx.lock("lock", BOB, NO_LEASE, 2);
    }

    @Test
    void destroyingAMapOfTheSameNameLeavesTheLockAlone() {
        fx.lock("name", ALICE, NO_LEASE, 1);

        fx.engine.distributedObjects().destroy(MapService.SERVICE_NAME, "name");

        assertThat(fx.isLockedBy("name", ALICE)).isTrue();
    }

    @Test
    void shuttingDownFailsEveryWaiter() {
        fx.lock("lock", ALICE, NO_LEASE, 1);
        Reply<Void> bobsLock = fx.lockLater("lock", BOB, NO_LEASE, 1);
        Reply<Boolean> bobsTry = fx.tryLock("lock", new CallerId("client-bob", 2), NO_LEASE, 10_000, 1);

        fx.engine.shutdown();

        assertThat(bobsLock.failure()).isExactlyInstanceOf(MemberStoppingException.class);
        assertThat(bobsTry.failure()).isExactlyInstanceOf(MemberStoppingException.class);
    }
}
