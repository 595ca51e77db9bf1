package io.alder.member.map;

import static io.alder.member.map.MapFixture.ALICE;
import static io.alder.member.map.MapFixture.ALICE_2;
import static io.alder.member.map.MapFixture.BOB;
import static io.alder.member.map.MapFixture.CLIENT_CLEANUP_DELAY;
import static io.alder.member.map.MapFixture.MAP;
import static io.alder.member.map.MapFixture.data;
import static io.alder.member.map.MapFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.CallerId;
import io.alder.member.Reply;
import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.serialization.Data;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes and locks that must wait for another caller's lock: parked, then woken, timed out or dropped. */
class MapParkingTest {

    private final MapFixture fx = new MapFixture();
    private final MapService maps = fx.maps;
    private final Data k = data("k");
    private final int pk = partitionOf(k);

    @Test
    void lockWaitsUntilTheOwnerUnlocks() {
        fx.lock(k, ALICE, -1, 1);

        Reply<Void> bobsLock = new Reply<>();
        maps.lock(pk, MAP, k, BOB, -1, 1, bobsLock);
        assertThat(bobsLock.isDone()).isFalse();

        fx.unlock(k, ALICE, 2);

        bobsLock.value();
        assertThat(bobsLock.endedOn()).as("completed by the unlocking thread").isSameAs(Thread.currentThread());
        assertThat(fx.isLocked(k)).isTrue();
        fx.unlock(k, BOB, 2);
    }

    @Test
    void tryLockGivesUpAtItsTimeout() {
        fx.lock(k, ALICE, -1, 1);

        Reply<Boolean> bobsTry = new Reply<>();
        maps.tryLock(pk, MAP, k, BOB, -1, 500, 1, bobsTry);
        fx.time.advance(499);
        assertThat(bobsTry.isDone()).isFalse();
        fx.time.advance(1);

        assertThat(bobsTry.value()).isFalse();
        fx.unlock(k, ALICE, 2);
        assertThat(fx.isLocked(k)).as("the timed-out waiter never took the lock").isFalse();
    }

    @Test
    void tryLockThatGetsTheLockInTimeAnswersTrueOnce() {
        fx.lock(k, ALICE, -1, 1);
        Reply<Boolean> bobsTry = new Reply<>();
        maps.tryLock(pk, MAP, k, BOB, -1, 500, 1, bobsTry);

        fx.unlock(k, ALICE, 2);
        fx.time.advance(1_000);

        assertThat(bobsTry.value()).isTrue();
        assertThat(fx.time.pendingTasks()).as("only the expiry sweep is left").isEqualTo(1);
    }

    @Test
    void aWriteOnALockedKeyWaitsForTheUnlock() {
        fx.put(k, data("v1"));
        fx.lock(k, ALICE, -1, 1);

        Reply<Data> bobsPut = new Reply<>();
        maps.put(pk, MAP, k, data("v2"), -1, -1, BOB, bobsPut);
        Reply<Data> bobsRemove = new Reply<>();
        maps.remove(pk, MAP, data("other key"), BOB, bobsRemove);

        assertThat(bobsPut.isDone()).isFalse();
        assertThat(bobsRemove.isDone()).as("other keys do not wait").isTrue();
        assertThat(fx.get(k)).isEqualTo(data("v1"));

        fx.unlock(k, ALICE, 2);

        assertThat(bobsPut.value()).isEqualTo(data("v1"));
        assertThat(fx.get(k)).isEqualTo(data("v2"));
    }

    @Test
    void everyKindOfWriteWaits() {
        fx.put(k, data("v"));
        fx.lock(k, ALICE, -1, 1);
        Reply<Void> set = new Reply<>();
        Reply<Data> putIfAbsent = new Reply<>();
        Reply<Data> replace = new Reply<>();
        Reply<Boolean> evict = new Reply<>();
        Reply<Void> delete = new Reply<>();

        maps.set(pk, MAP, k, data("set"), -1, -1, BOB, set);
        maps.putIfAbsent(pk, MAP, k, data("absent"), -1, -1, BOB, putIfAbsent);
        maps.replace(pk, MAP, k, data("replaced"), BOB, replace);
        maps.evict(pk, MAP, k, BOB, evict);
        maps.delete(pk, MAP, k, BOB, delete);
        assertThat(List.of(set, putIfAbsent, replace, evict, delete)).noneMatch(Reply::isDone);

        fx.unlock(k, ALICE, 2);

        set.value();
        assertThat(putIfAbsent.value()).isEqualTo(data("set"));
        assertThat(replace.value()).isEqualTo(data("set"));
        assertThat(evict.value()).isTrue();
        delete.value();
        assertThat(fx.get(k)).as("the writes ran in arrival order").isNull();
    }

    @Test
    void tryPutAndTryRemoveGiveUpAtTheirTimeout() {
        fx.put(k, data("v1"));
        fx.lock(k, ALICE, -1, 1);

        Reply<Boolean> tryPut = new Reply<>();
        maps.tryPut(pk, MAP, k, data("v2"), 300, BOB, tryPut);
        Reply<Boolean> tryRemove = new Reply<>();
        maps.tryRemove(pk, MAP, k, 600, BOB, tryRemove);
        Reply<Boolean> noWait = new Reply<>();
        maps.tryPut(pk, MAP, k, data("v3"), 0, BOB, noWait);

        assertThat(noWait.value()).isFalse();
        fx.time.advance(300);
        assertThat(tryPut.value()).isFalse();
        assertThat(tryRemove.isDone()).isFalse();
        fx.time.advance(300);
        assertThat(tryRemove.value()).isFalse();
        assertThat(fx.get(k)).isEqualTo(data("v1"));
    }

    @Test
    void theEndOfALeaseWakesTheWaiters() {
        fx.lock(k, ALICE, 1_000, 1);
        Reply<Data> bobsPut = new Reply<>();
        maps.put(pk, MAP, k, data("v"), -1, -1, BOB, bobsPut);

        fx.time.advance(1_000);

        assertThat(bobsPut.value()).isNull();
        assertThat(fx.get(k)).isEqualTo(data("v"));
    }

    @Test
    void forceUnlockWakesTheWaiters() {
        fx.lock(k, ALICE, -1, 1);
        Reply<Void> bobsLock = new Reply<>();
        maps.lock(pk, MAP, k, BOB, -1, 1, bobsLock);

        maps.forceUnlock(pk, MAP, k);

        bobsLock.value();
        assertThat(fx.isLocked(k)).isTrue();
    }

    @Test
    void lockWaitersGetTheLockInTurn() {
        CallerId carol = new CallerId("client-carol", 1);
        fx.lock(k, ALICE, -1, 1);
        Reply<Void> bobsLock = new Reply<>();
        Reply<Void> carolsLock = new Reply<>();
        maps.lock(pk, MAP, k, BOB, -1, 1, bobsLock);
        maps.lock(pk, MAP, k, carol, -1, 1, carolsLock);

        fx.unlock(k, ALICE, 2);
        bobsLock.value();
        assertThat(carolsLock.isDone()).isFalse();

        fx.unlock(k, BOB, 2);
        carolsLock.value();
    }

    @Test
    void aDisconnectedClientsWaitsAreDroppedAtOnceAndItsLocksReleasedOnceItIsGone() {
        Data other = data("other");
        fx.lock(k, ALICE, -1, 1);
        fx.lock(other, BOB, -1, 1);
        Reply<Void> bobsLock = new Reply<>();
        maps.lock(pk, MAP, k, BOB, -1, 2, bobsLock);
        Reply<Data> alicesPut = new Reply<>();
        maps.put(partitionOf(other), MAP, other, data("v"), -1, -1, ALICE_2, alicesPut);
        Reply<Void> alicesOwnWait = new Reply<>();
        maps.lock(pk, MAP, k, ALICE_2, -1, 1, alicesOwnWait);

        fx.engine.clientSessions().connectionOpened(ALICE.clientUuid());
        fx.engine.clientSessions().connectionClosed(ALICE.clientUuid());
        assertThat(alicesPut.failure()).as("dropped at once").isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("disconnected");
        assertThat(alicesOwnWait.failure()).isInstanceOf(IllegalStateException.class);
        fx.time.advance(CLIENT_CLEANUP_DELAY.toMillis() - 1);
        assertThat(bobsLock.isDone()).as("its locks are kept for the cleanup delay").isFalse();
        fx.time.advance(1);

        bobsLock.value();
        assertThat(fx.get(other)).isNull();
        fx.unlock(k, BOB, 3);
    }

    @Test
    void destroyingTheMapFailsItsWaits() {
        fx.lock(k, ALICE, -1, 1);
        Reply<Data> bobsPut = new Reply<>();
        maps.put(pk, MAP, k, data("v"), -1, -1, BOB, bobsPut);

        fx.engine.distributedObjects().destroy(MapService.SERVICE_NAME, MAP);

        assertThat(bobsPut.failure()).isInstanceOf(ObjectDestroyedException.class)
                .hasMessage("Distributed object m of hz:impl:mapService was destroyed");
    }

    @Test
    void shuttingDownFailsTheWaits() {
        fx.lock(k, ALICE, -1, 1);
        Reply<Boolean> bobsTry = new Reply<>();
        maps.tryLock(pk, MAP, k, BOB, -1, -1, 1, bobsTry);

        fx.engine.shutdown();

        assertThat(bobsTry.failure()).isInstanceOf(MemberStoppingException.class);
    }
}
