package io.alder.member.lock;

import static io.alder.member.lock.LockFixture.ALICE;
import static io.alder.member.lock.LockFixture.ALICE_2;
import static io.alder.member.lock.LockFixture.BOB;
import static io.alder.member.lock.LockFixture.NO_LEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.CallerId;
import io.alder.member.MemberStoppingException;
import io.alder.member.Reply;
import org.junit.jupiter.api.Test;

/** Awaiting and signalling the conditions of a lock, on the engine's manual time. */
class LockConditionTest {

    private static final String LOCK = "lock";
    private static final String READY = "ready";
    private static final long FOREVER = -1;

    private final LockFixture fx = new LockFixture();

    @Test
    void awaitingLeavesTheLockAndASignalHandsItBackAfterTheSignallerLeaves() {
        fx.lock(LOCK, ALICE, NO_LEASE, 1);
        fx.beforeAwait(LOCK, READY, ALICE, 2);
        assertThat(fx.isLocked(LOCK)).isFalse();
        Reply<Boolean> waiting = fx.await(LOCK, READY, ALICE, FOREVER, 3);

        fx.lock(LOCK, BOB, NO_LEASE, 1);
        fx.signal(LOCK, READY, BOB, false);
        assertThat(waiting.isDone()).as("the signaller still holds the lock").isFalse();
        fx.unlock(LOCK, BOB, 2);

        assertThat(waiting.value()).isTrue();
        assertThat(fx.isLockedBy(LOCK, ALICE)).isTrue();
        assertThat(fx.lockCount(LOCK)).isEqualTo(1);
    }

    @Test
    void aReentrantOwnerLeavesTheLockOnceOnlyAndGetsItsCountBackAfter() {
        fx.lock(LOCK, ALICE, NO_LEASE, 1);
        fx.lock(LOCK, ALICE, NO_LEASE, 2);
        fx.beforeAwait(LOCK, READY, ALICE, 3);
        assertThat(fx.isLockedBy(LOCK, ALICE)).as("still held once, as in 3.12").isTrue();

        Reply<Boolean> waiting = fx.await(LOCK, READY, ALICE, 500, 4);
        fx.time.advance(500);

        assertThat(waiting.value()).isFalse();
        assertThat(fx.lockCount(LOCK)).isEqualTo(2);
    }

    @Test
    void aTimedOutAwaitStillWaitsForTheLockBeforeAnsweringFalse() {
        fx.lock(LOCK, ALICE, NO_LEASE, 1);
        fx.beforeAwait(LOCK, READY, ALICE, 2);
        Reply<Boolean> waiting = fx.await(LOCK, READY, ALICE, 1_000, 3);
        fx.lock(LOCK, BOB, NO_LEASE, 1);

        fx.time.advance(1_000);
        assertThat(waiting.isDone()).isFalse();
        fx.unlock(LOCK, BOB, 2);

        assertThat(waiting.value()).isFalse();
        assertThat(fx.isLockedBy(LOCK, ALICE)).isTrue();
    }

    @Test
    void aZeroTimeoutAnswersFalseAtOnceWhenTheLockIsFree() {
        fx.lock(LOCK, ALICE, NO_LEASE, 1);
        fx.beforeAwait(LOCK, READY, ALICE, 2);

        assertThat(fx.await(LOCK, READY, ALICE, 0, 3).value()).isFalse();
        assertThat(fx.isLockedBy(LOCK, ALICE)).isTrue();
    }

    @Test
    void oneSignalPicksTheLongestWaitingCallerAndASignalWithoutWaitersIsForgotten() {
        fx.lock(LOCK, BOB, NO_LEASE, 1);
        fx.signal(LOCK, READY, BOB, false);
        fx.unlock(LOCK, BOB, 2);

        Reply<Boolean> first = awaitForever(ALICE, 10);
        Reply<Boolean> second = awaitForever(ALICE_2, 20);
        fx.lock(LOCK, BOB, NO_LEASE, 3);
        fx.signal(LOCK, READY, BOB, false);
        fx.unlock(LOCK, BOB, 4);

        assertThat(first.value()).isTrue();
        assertThat(second.isDone()).isFalse();
        fx.signal(LOCK, READY, ALICE, true);
        fx.unlock(LOCK, ALICE, 13);
        assertThat(second.value()).isTrue();
    }

    @Test
    void signalsReachOnlyTheirCondition() {
        Reply<Boolean> ready = awaitForever(ALICE, 10);
        fx.lock(LOCK, BOB, NO_LEASE, 1);

        fx.signal(LOCK, "other", BOB, true);
        fx.unlock(LOCK, BOB, 2);

        assertThat(ready.isDone()).isFalse();
    }

    @Test
    void onlyTheOwnerMayAwaitOrSignal() {
        assertThatThrownBy(() -> fx.beforeAwait(LOCK, READY, ALICE, 1))
                .isExactlyInstanceOf(IllegalMonitorStateException.class)
                .hasMessage("Current thread is not owner of the lock! -> <not-locked>");
        fx.lock(LOCK, ALICE, NO_LEASE, 2);

        assertThatThrownBy(() -> fx.signal(LOCK, READY, BOB, false))
                .isExactlyInstanceOf(IllegalMonitorStateException.class)
                .hasMessage("Current thread is not owner of the lock! -> Owner: client-alice, thread ID: 1");
        assertThatThrownBy(() -> fx.beforeAwait(LOCK, READY, ALICE_2, 3))
                .isExactlyInstanceOf(IllegalMonitorStateException.class);
    }

    @Test
    void aRepeatedBeforeAwaitLeavesTheLockOnce() {
        fx.lock(LOCK, ALICE, NO_LEASE, 1);
        fx.lock(LOCK, ALICE, NO_LEASE, 2);

        fx.beforeAwait(LOCK, READY, ALICE, 3);
        fx.beforeAwait(LOCK, READY, ALICE, 3);

        assertThat(fx.lockCount(LOCK)).isEqualTo(1);
    }

    @Test
    void aDepartedClientsAwaitEndsAtOnceAndNoSignalIsSpentOnIt() {
        Reply<Boolean> departed = awaitForever(BOB, 10);
        Reply<Boolean> staying = awaitForever(ALICE, 20);

        fx.engine.clientSessions().connectionOpened(BOB.clientUuid());
        fx.engine.clientSessions().connectionClosed(BOB.clientUuid());
        assertThat(departed.failure()).isInstanceOf(IllegalStateException.class);

        fx.lock(LOCK, ALICE_2, NO_LEASE, 1);
        fx.signal(LOCK, READY, ALICE_2, false);
        fx.unlock(LOCK, ALICE_2, 2);
        assertThat(staying.value()).isTrue();
    }

    @Test
    void shuttingDownFailsEveryAwait() {
        Reply<Boolean> waiting = awaitForever(ALICE, 10);

        fx.locks.shutdown();

        assertThat(waiting.failure()).isInstanceOf(MemberStoppingException.class);
    }

    /** The caller takes the lock and awaits {@link #READY} without a time limit; it leaves the lock free. */
    private Reply<Boolean> awaitForever(CallerId caller, long referenceId) {
        fx.lock(LOCK, caller, NO_LEASE, referenceId);
        fx.beforeAwait(LOCK, READY, caller, referenceId + 1);
        return fx.await(LOCK, READY, caller, FOREVER, referenceId + 2);
    }
}
