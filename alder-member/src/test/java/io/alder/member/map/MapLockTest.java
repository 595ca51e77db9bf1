package io.alder.member.map;

import static io.alder.member.map.MapFixture.ALICE;
import static io.alder.member.map.MapFixture.ALICE_2;
import static io.alder.member.map.MapFixture.BOB;
import static io.alder.member.map.MapFixture.MAP;
import static io.alder.member.map.MapFixture.data;
import static io.alder.member.map.MapFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.Data;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapLockTest {

    private final MapFixture fx = new MapFixture();
    private final MapService maps = fx.maps;
    private final Data k = data("k");
    private final int pk = partitionOf(k);

    @Test
    void aLockIsHeldUntilUnlocked() {
        assertThat(fx.isLocked(k)).isFalse();

        fx.lock(k, ALICE, -1, 1);
        assertThat(fx.isLocked(k)).isTrue();

        fx.unlock(k, ALICE, 2);
        assertThat(fx.isLocked(k)).isFalse();
    }

    @Test
    void locksAreReentrant() {
        fx.lock(k, ALICE, -1, 1);
        fx.lock(k, ALICE, -1, 2);

        fx.unlock(k, ALICE, 3);
        assertThat(fx.isLocked(k)).isTrue();
        fx.unlock(k, ALICE, 4);
        assertThat(fx.isLocked(k)).isFalse();
    }

    @Test
    void referenceIdZeroMeansNoneAndIsNeverARetry() {
        fx.lock(k, ALICE, -1, 0);
        fx.lock(k, ALICE, -1, 0);

        fx.unlock(k, ALICE, 0);
        assertThat(fx.isLocked(k)).as("entered twice, left once").isTrue();
        fx.unlock(k, ALICE, 0);
        assertThat(fx.isLocked(k)).isFalse();
    }

    @Test
    void aRepeatedReferenceIdIsARetryAndCountsOnce() {
        fx.lock(k, ALICE, -1, 7);
        fx.lock(k, ALICE, -1, 7);
        fx.unlock(k, ALICE, 8);
        assertThat(fx.isLocked(k)).isFalse();

        fx.lock(k, ALICE, -1, 9);
        fx.lock(k, ALICE, -1, 10);
        fx.unlock(k, ALICE, 11);
        fx.unlock(k, ALICE, 11);
        assertThat(fx.isLocked(k)).as("the retried unlock changed nothing").isTrue();
    }

    @Test
    void onlyTheOwningThreadMayUnlock() {
        fx.lock(k, ALICE, -1, 1);

        assertThatThrownBy(() -> fx.unlock(k, ALICE_2, 2))
                .isExactlyInstanceOf(IllegalMonitorStateException.class)
                .hasMessage("Current thread is not owner of the lock! -> Owner: client-alice, thread ID: 1");
        assertThatThrownBy(() -> fx.unlock(k, BOB, 2)).isInstanceOf(IllegalMonitorStateException.class);
        assertThat(fx.isLocked(k)).isTrue();
    }

    @Test
    void unlockingAFreeKeyFails() {
        assertThatThrownBy(() -> fx.unlock(k, ALICE, 1))
                .isExactlyInstanceOf(IllegalMonitorStateException.class)
                .hasMessage("Current thread is not owner of the lock! -> <not-locked>");
        fx.put(k, data("v"));
        assertThatThrownBy(() -> fx.unlock(k, ALICE, 1))
                .hasMessage("Current thread is not owner of the lock! -> <not-locked>");
    }

    @Test
    void aLeaseEndsTheLockByItself() {
        fx.lock(k, ALICE, 1_000, 1);

        fx.time.advance(999);
        assertThat(fx.isLocked(k)).isTrue();
        fx.time.advance(1);
        assertThat(fx.isLocked(k)).isFalse();
        assertThatThrownBy(() -> fx.unlock(k, ALICE, 2)).isInstanceOf(IllegalMonitorStateException.class);
    }

    @Test
    void lockingAgainRenewsTheLease() {
        fx.lock(k, ALICE, 1_000, 1);
        fx.time.advance(800);
        fx.lock(k, ALICE, 1_000, 2);

        fx.time.advance(800);
        assertThat(fx.isLocked(k)).isTrue();
        fx.time.advance(200);
        assertThat(fx.isLocked(k)).isFalse();
    }

    @Test
    void forceUnlockReleasesAnyonesLock() {
        fx.lock(k, ALICE, -1, 1);
        fx.lock(k, ALICE, -1, 2);

        maps.forceUnlock(pk, MAP, k);

        assertThat(fx.isLocked(k)).isFalse();
        maps.forceUnlock(pk, MAP, data("never-locked"));
    }

    @Test
    void tryLockWithoutTimeoutAnswersAtOnce() {
        assertThat(MapFixture.<Boolean>now(reply -> maps.tryLock(pk, MAP, k, ALICE, -1, 0, 1, reply))).isTrue();
        assertThat(MapFixture.<Boolean>now(reply -> maps.tryLock(pk, MAP, k, BOB, -1, 0, 1, reply))).isFalse();
        assertThat(MapFixture.<Boolean>now(reply -> maps.tryLock(pk, MAP, k, ALICE, -1, 0, 2, reply))).isTrue();
    }

    @Test
    void theOwnerWritesAndOthersReadWithoutWaiting() {
        fx.put(k, data("v1"));
        fx.lock(k, ALICE, -1, 1);

        assertThat(fx.put(k, data("v2"))).isEqualTo(data("v1"));
        assertThat(fx.get(k)).isEqualTo(data("v2"));
        assertThat(maps.containsKey(pk, MAP, k)).isTrue();
        assertThat(fx.view(k)).isNotNull();
        assertThat(maps.getAll(pk, MAP, List.of(k))).hasSize(1);
    }

    @Test
    void putAllDoesNotWaitForLocksAs312() {
        fx.lock(k, BOB, -1, 1);

        maps.putAll(pk, MAP, List.of(Map.entry(k, data("v"))));

        assertThat(fx.get(k)).isEqualTo(data("v"));
    }
}
