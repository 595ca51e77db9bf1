package io.alder.member.lock;

import static io.alder.member.lock.LockFixture.ALICE;
import static io.alder.member.lock.LockFixture.ALICE_2;
import static io.alder.member.lock.LockFixture.BOB;
import static io.alder.member.lock.LockFixture.NO_LEASE;
import static io.alder.member.lock.LockFixture.START;
import static io.alder.member.lock.LockFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Owning, entering, leaving and looking at named locks: the calls that never wait. */
class LockServiceTest {

    private static final String NOT_OWNER = "Current thread is not owner of the lock! -> ";

    private final LockFixture fx = new LockFixture();
    private final LockService locks = fx.locks;

    @Test
    void aFreeLockLooksAs312ShowsIt() {
        assertThat(fx.isLocked("lock")).isFalse();
        assertThat(fx.isLockedBy("lock", ALICE)).isFalse();
        assertThat(fx.lockCount("lock")).isZero();
        assertThat(fx.remainingLeaseTime("lock")).isEqualTo(-1);
    }

    @Test
    void aLockIsHeldByOneClientThreadUntilUnlocked() {
        fx.lock("lock", ALICE, NO_LEASE, 1);

        assertThat(fx.isLocked("lock")).isTrue();
        assertThat(fx.isLockedBy("lock", ALICE)).isTrue();
        assertThat(fx.isLockedBy("lock", ALICE_2)).as("another thread of the same client").isFalse();
        assertThat(fx.isLockedBy("lock", BOB)).isFalse();
        assertThat(fx.lockCount("lock")).as("seen by anyone").isEqualTo(1);

        fx.unlock("lock", ALICE, 2);
        assertThat(fx.isLocked("lock")).isFalse();
        assertThat(fx.lockCount("lock")).isZero();
    }

    @Test
    void locksAreReentrantAndCounted() {
        fx.lock("lock", ALICE, NO_LEASE, 1);
        fx.lock("lock", ALICE, NO_LEASE, 2);
        assertThat(fx.tryLock("lock", ALICE, NO_LEASE, 0, 3).value()).isTrue();
        assertThat(fx.lockCount("lock")).isEqualTo(3);

        fx.unlock("lock", ALICE, 4);
        fx.unlock("lock", ALICE, 5);
        assertThat(fx.lockCount("lock")).isEqualTo(1);
        fx.unlock("lock", ALICE, 6);
        assertThat(fx.isLocked("lock")).isFalse();
    }

    @Test
    void aRepeatedReferenceIdIsARetryAndCountsOnce() {
        fx.lock("lock", ALICE, NO_LEASE, 7);
        fx.lock("lock", ALICE, NO_LEASE, 7);
        assertThat(fx.lockCount("lock")).isEqualTo(1);

        fx.lock("lock", ALICE, NO_LEASE, 8);
        fx.unlock("lock", ALICE, 9);
        fx.unlock("lock", ALICE, 9);
        assertThat(fx.lockCount("lock")).as("the retried unlock changed nothing").isEqualTo(1);
    }

    @Test
    void onlyTheOwningThreadMayUnlock() {
        fx.lock("lock", ALICE, NO_LEASE, 1);

        assertThatThrownBy(() -> fx.unlock("lock", ALICE_2, 2))
                .isExactlyInstanceOf(IllegalMonitorStateException.class)
                .hasMessage(NOT_OWNER + "Owner: client-alice, thread ID: 1");
        assertThatThrownBy(() -> fx.unlock("lock", BOB, 2)).isExactlyInstanceOf(IllegalMonitorStateException.class);
        assertThat(fx.lockCount("lock")).isEqualTo(1);
    }

    @Test
    void unlockingAFreeLockFails() {
        assertThatThrownBy(() -> fx.unlock("never-locked", ALICE, 1))
                .isExactlyInstanceOf(IllegalMonitorStateException.class).hasMessage(NOT_OWNER + "<not-locked>");

        fx.lock("lock", ALICE, NO_LEASE, 1);
        fx.unlock("lock", ALICE, 2);
        assertThatThrownBy(() -> fx.unlock("lock", ALICE, 3)).hasMessage(NOT_OWNER + "<not-locked>");
    }

    @Test
    void forceUnlockReleasesAnyonesLockWhateverItsCount() {
        fx.lock("lock", ALICE, NO_LEASE, 1);
        fx.lock("lock", ALICE, NO_LEASE, 2);

        fx.forceUnlock("lock");

        assertThat(fx.isLocked("lock")).isFalse();
        assertThatThrownBy(() -> fx.unlock("lock", ALICE, 3)).isInstanceOf(IllegalMonitorStateException.class);
        fx.forceUnlock("never-locked");
        assertThat(fx.isLocked("never-locked")).isFalse();
    }

    @Test
    void aLeaseEndsTheLockByItself() {
        fx.lock("lock", ALICE, 1_000, 1);
        assertThat(fx.remainingLeaseTime("lock")).isEqualTo(1_000);

        fx.time.advance(999);
        assertThat(fx.remainingLeaseTime("lock")).isEqualTo(1);
        assertThat(fx.isLockedBy("lock", ALICE)).isTrue();
        fx.time.advance(1);

        assertThat(fx.isLocked("lock")).isFalse();
        assertThat(fx.isLockedBy("lock", ALICE)).isFalse();
        assertThat(fx.remainingLeaseTime("lock")).isEqualTo(-1);
        assertThatThrownBy(() -> fx.unlock("lock", ALICE, 2)).isInstanceOf(IllegalMonitorStateException.class);
    }

    @Test
    void withoutLeaseTheRemainingTimeRunsToTheEndOfTimeAs312Reports() {
        fx.lock("lock", ALICE, NO_LEASE, 1);
        assertThat(fx.remainingLeaseTime("lock")).isEqualTo(Long.MAX_VALUE - START);

        assertThat(fx.tryLock("max-lease", ALICE, Long.MAX_VALUE, 0, 1).value()).isTrue();
        assertThat(fx.remainingLeaseTime("max-lease")).as("a lease past the end of time is none")
                .isEqualTo(Long.MAX_VALUE - START);
        assertThat(fx.tryLock("negative-lease", ALICE, -5_000, 0, 1).value()).isTrue();
        assertThat(fx.remainingLeaseTime("negative-lease")).isEqualTo(Long.MAX_VALUE - START);
    }

    @Test
    void enteringAgainStartsTheLeaseAnew() {
        fx.lock("lock", ALICE, NO_LEASE, 1);
        fx.lock("lock", ALICE, 10_000, 2);
        assertThat(fx.remainingLeaseTime("lock")).isEqualTo(10_000);

        fx.time.advance(10_000);
        assertThat(fx.isLocked("lock")).as("the whole lock ends with the lease, whatever its count").isFalse();
    }

    @Test
    void aZeroLeaseIsTakenAndGoneAtOnce() {
        assertThat(fx.tryLock("lock", ALICE, 0, 1_000, 1).value()).isTrue();

        assertThat(fx.isLocked("lock")).isFalse();
        assertThat(fx.tryLock("lock", BOB, NO_LEASE, 0, 1).value()).isTrue();
    }

    @Test
    void tryLockWithoutTimeoutAnswersAtOnce() {
        assertThat(fx.tryLock("lock", ALICE, NO_LEASE, 0, 1).value()).isTrue();
        assertThat(fx.tryLock("lock", BOB, NO_LEASE, 0, 1).value()).isFalse();
        assertThat(fx.tryLock("lock", ALICE_2, NO_LEASE, 0, 1).value()).isFalse();
        assertThat(fx.lockCount("lock")).isEqualTo(1);
    }

    @Test
    void locksOfOnePartitionAreIndependent() {
        String other = sameNamePartitionAs("lock");
        fx.lock("lock", ALICE, NO_LEASE, 1);

        assertThat(fx.tryLock(other, BOB, NO_LEASE, 0, 1).value()).isTrue();
        fx.unlock("lock", ALICE, 2);
        assertThat(fx.isLocked(other)).isTrue();
        assertThat(fx.isLockedBy(other, BOB)).isTrue();
    }

    @Test
    void theHeaderPartitionIsChecked() {
        assertThatThrownBy(() -> locks.isLocked(LockFixture.PARTITIONS, "lock"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("partition id: 271 (expected: 0..270)");
        assertThatThrownBy(() -> locks.lock(-1, "lock", ALICE, NO_LEASE, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReleasedLockLeavesNoTimerBehind() {
        int before = fx.time.pendingTasks();
        fx.lock("lock", ALICE, 60_000, 1);
        assertThat(fx.time.pendingTasks()).isEqualTo(before + 1);

        fx.unlock("lock", ALICE, 2);

        assertThat(fx.time.pendingTasks()).isEqualTo(before);
    }

    /** Another lock name that lives in the same partition as {@code name}. */
    static String sameNamePartitionAs(String name) {
        int partition = partitionOf(name);
        for (int i = 0; ; i++) {
            String candidate = name + "-" + i;
            if (partitionOf(candidate) == partition) {
                return candidate;
            }
        }
    }
}
