package io.alder.member.semaphore;

import static io.alder.member.semaphore.SemaphoreFixture.ALICE;
import static io.alder.member.semaphore.SemaphoreFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Semaphore calls that answer at once, with 3.12's rules and quirks. */
class SemaphoreServiceTest {

    private final SemaphoreFixture fx = new SemaphoreFixture();

    @Test
    void initSetsThePermitsOnlyOnce() {
        assertThat(fx.available("s")).isZero();

        assertThat(fx.init("s", 5)).isTrue();
        assertThat(fx.available("s")).isEqualTo(5);
        assertThat(fx.init("s", 7)).isFalse();
        assertThat(fx.available("s")).isEqualTo(5);
    }

    @Test
    void initOfZeroStillCountsAsInitialized() {
        assertThat(fx.init("s", 0)).isTrue();

        assertThat(fx.init("s", 4)).isFalse();
        assertThat(fx.available("s")).isZero();
    }

    @Test
    void initialPermitsComeFromTheConfigurationAndMakeInitFail() {
        assertThat(fx.available("pool-a")).isEqualTo(3);
        assertThat(fx.available("pool-a@key")).as("the partition key is not part of the name").isEqualTo(3);

        assertThat(fx.init("pool-a", 10)).isFalse();
        assertThat(fx.available("pool-a")).isEqualTo(3);
    }

    @Test
    void acquiringAndReleasingMoveAvailablePermits() {
        fx.init("s", 3);

        assertThat(fx.tryAcquire("s", ALICE, 2, 0).value()).isTrue();
        assertThat(fx.available("s")).isEqualTo(1);
        assertThat(fx.tryAcquire("s", BOB, 2, 0).value()).isFalse();
        fx.acquire("s", BOB, 1).value();
        assertThat(fx.available("s")).isZero();

        fx.release("s", ALICE, 2);
        assertThat(fx.available("s")).isEqualTo(2);
    }

    @Test
    void zeroPermitsStillNeedOneAvailableAsIn312() {
        fx.init("s", 0);

        assertThat(fx.tryAcquire("s", ALICE, 0, 0).value()).isFalse();
        fx.release("s", BOB, 1);
        assertThat(fx.tryAcquire("s", ALICE, 0, 0).value()).isTrue();
        assertThat(fx.available("s")).isEqualTo(1);
    }

    @Test
    void anyoneMayReleaseEvenWithoutHoldingPermits() {
        fx.release("s", ALICE, 4);

        assertThat(fx.available("s")).isEqualTo(4);
        assertThat(fx.init("s", 9)).as("a release initializes the semaphore").isFalse();
    }

    @Test
    void drainTakesEveryPermitAndResetsANegativeCountToZero() {
        fx.init("s", 5);
        assertThat(fx.drain("s", ALICE)).isEqualTo(5);
        assertThat(fx.available("s")).isZero();
        assertThat(fx.drain("s", ALICE)).isZero();

        fx.reduce("s", 3);
        assertThat(fx.available("s")).isEqualTo(-3);
        assertThat(fx.drain("s", BOB)).isEqualTo(-3);
        assertThat(fx.available("s")).isZero();
    }

    @Test
    void reduceAndIncreaseChangeThePermitsButIgnoreOverflow() {
        fx.init("s", 2);

        fx.increase("s", 3);
        assertThat(fx.available("s")).isEqualTo(5);
        fx.reduce("s", 7);
        assertThat(fx.available("s")).as("3.12 lets permits go below 0").isEqualTo(-2);

        fx.increase("s", Integer.MAX_VALUE);
        assertThat(fx.available("s")).isEqualTo(Integer.MAX_VALUE - 2);
        fx.increase("s", 3);
        assertThat(fx.available("s")).as("an overflowing increase is ignored").isEqualTo(Integer.MAX_VALUE - 2);
        fx.reduce("s", Integer.MAX_VALUE);
        fx.reduce("s", Integer.MAX_VALUE);
        assertThat(fx.available("s")).as("an overflowing reduction is ignored").isEqualTo(-2);
    }

    @Test
    void negativePermitsAreRefusedAs312sClientRefusesThem() {
        for (Runnable call : new Runnable[] {() -> fx.init("s", -1), () -> fx.acquire("s", ALICE, -1),
                () -> fx.tryAcquire("s", ALICE, -1, 0), () -> fx.release("s", ALICE, -1), () -> fx.reduce("s", -1),
                () -> fx.increase("s", -1)}) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Permits cannot be negative!");
        }
        assertThat(fx.available("s")).isZero();
    }

    @Test
    void thePermitsOfAClientThatIsGoneComeBack() {
        fx.init("s", 10);
        fx.acquire("s", ALICE, 3).value();
        fx.tryAcquire("s", ALICE, 2, 0).value();
        fx.release("s", ALICE, 1);
        fx.acquire("s", BOB, 4).value();
        assertThat(fx.available("s")).isEqualTo(2);

        fx.clientLeaves(ALICE);

        assertThat(fx.available("s")).as("alice held 4").isEqualTo(6);
        fx.clientLeaves(BOB);
        assertThat(fx.available("s")).isEqualTo(10);
    }

    @Test
    void drainedPermitsBelongToTheDrainingClient() {
        fx.init("s", 4);
        fx.drain("s", ALICE);

        fx.clientLeaves(ALICE);

        assertThat(fx.available("s")).isEqualTo(4);
    }

    @Test
    void releasingMoreThanItHoldsLeavesAClientNothingToGiveBack() {
        fx.init("s", 2);
        fx.acquire("s", ALICE, 2).value();
        fx.release("s", ALICE, 5);

        fx.clientLeaves(ALICE);

        assertThat(fx.available("s")).isEqualTo(5);
    }

    @Test
    void destroyingASemaphoreForgetsItsPermits() {
        fx.init("s", 3);
        fx.acquire("s", ALICE, 1).value();

        fx.engine.distributedObjects().destroy(SemaphoreService.SERVICE_NAME, "s");

        assertThat(fx.available("s")).isZero();
        assertThat(fx.init("s", 6)).isTrue();
        fx.clientLeaves(ALICE);
        assertThat(fx.available("s")).as("the destroyed semaphore's permits are not given back").isEqualTo(6);
    }
}
