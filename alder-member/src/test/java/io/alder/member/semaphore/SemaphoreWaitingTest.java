package io.alder.member.semaphore;

import static io.alder.member.semaphore.SemaphoreFixture.ALICE;
import static io.alder.member.semaphore.SemaphoreFixture.BOB;
import static io.alder.member.semaphore.SemaphoreFixture.FOREVER;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.Reply;
import org.junit.jupiter.api.Test;

/** acquire and tryAcquire calls that must wait: parked, then woken, timed out, dropped or failed. */
class SemaphoreWaitingTest {

    private final SemaphoreFixture fx = new SemaphoreFixture();

    @Test
    void acquireWaitsForEnoughPermitsAndIsAnsweredByTheReleasingThread() {
        fx.init("s", 1);

        Reply<Void> waiting = fx.acquire("s", BOB, 3);
        fx.release("s", ALICE, 1);
        assertThat(waiting.isDone()).as("2 of 3").isFalse();
        fx.release("s", ALICE, 1);

        waiting.value();
        assertThat(waiting.endedOn()).isSameAs(Thread.currentThread());
        assertThat(fx.available("s")).isZero();
    }

    @Test
    void initIncreaseAndAClientsDepartureWakeWaitersToo() {
        Reply<Void> onInit = fx.acquire("s", BOB, 1);
        fx.init("s", 1);
        onInit.value();

        Reply<Boolean> onIncrease = fx.tryAcquire("s", BOB, 2, FOREVER);
        fx.increase("s", 2);
        assertThat(onIncrease.value()).isTrue();

        fx.release("t", ALICE, 1);
        fx.acquire("t", ALICE, 1).value();
        Reply<Void> onDeparture = fx.acquire("t", BOB, 1);
        fx.clientLeaves(ALICE);
        onDeparture.value();
    }

    @Test
    void tryAcquireGivesUpWhenItsTimeoutPasses() {
        fx.init("s", 1);

        assertThat(fx.tryAcquire("s", ALICE, 2, 0).value()).as("a zero timeout does not wait").isFalse();
        Reply<Boolean> waiting = fx.tryAcquire("s", ALICE, 2, 1_000);
        fx.time.advance(999);
        assertThat(waiting.isDone()).isFalse();
        fx.time.advance(1);

        assertThat(waiting.value()).isFalse();
        fx.release("s", BOB, 5);
        assertThat(fx.available("s")).as("the timed-out call took nothing").isEqualTo(6);
    }

    @Test
    void everyWaiterThatFitsGetsItsPermits() {
        fx.init("s", 0);
        Reply<Void> big = fx.acquire("s", ALICE, 5);
        Reply<Void> small = fx.acquire("s", BOB, 1);
        Reply<Boolean> another = fx.tryAcquire("s", BOB, 1, FOREVER);

        fx.release("s", ALICE, 2);

        assertThat(big.isDone()).isFalse();
        small.value();
        assertThat(another.value()).isTrue();
        assertThat(fx.available("s")).isZero();
    }

    @Test
    void theWaitsOfAClientAreDroppedWhenItDisconnectsAndItsPermitsComeBackAfterTheCleanupDelay() {
        fx.init("s", 2);
        fx.acquire("s", ALICE, 2).value();
        Reply<Void> alicesWait = fx.acquire("s", ALICE, 1);
        Reply<Void> bobsWait = fx.acquire("s", BOB, 2);

        fx.disconnect(ALICE);
        assertThat(alicesWait.failure()).isInstanceOf(IllegalStateException.class)
                .hasMessage("Client " + ALICE + " disconnected");
        fx.release("s", ALICE, 1);
        assertThat(bobsWait.isDone()).isFalse();
        assertThat(fx.available("s")).as("alice's dropped wait took nothing").isEqualTo(1);

        fx.time.advance(SemaphoreFixture.CLIENT_CLEANUP_DELAY.toMillis());
        bobsWait.value();
        assertThat(fx.available("s")).isZero();
    }

    @Test
    void aClientThatReconnectsInTimeKeepsItsPermits() {
        fx.init("s", 2);
        fx.acquire("s", ALICE, 2).value();

        fx.disconnect(ALICE);
        fx.engine.clientSessions().connectionOpened(ALICE);
        fx.time.advance(SemaphoreFixture.CLIENT_CLEANUP_DELAY.toMillis());

        assertThat(fx.available("s")).isZero();
    }

    @Test
    void destroyingASemaphoreFailsItsWaiters() {
        Reply<Void> waiting = fx.acquire("s", ALICE, 1);

        fx.engine.distributedObjects().destroy(SemaphoreService.SERVICE_NAME, "s");

        assertThat(waiting.failure()).isInstanceOf(ObjectDestroyedException.class);
    }

    @Test
    void shuttingDownFailsEveryWaiter() {
        int engineTasks = fx.time.pendingTasks();
        Reply<Boolean> waiting = fx.tryAcquire("s", ALICE, 1, 60_000);

        fx.engine.shutdown();

        assertThat(waiting.failure()).isInstanceOf(MemberStoppingException.class);
        assertThat(fx.time.pendingTasks()).as("its timeout was cancelled").isEqualTo(engineTasks);
    }
}
