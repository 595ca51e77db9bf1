package io.alder.member.multimap;

import static io.alder.member.multimap.MultiMapFixture.ALICE;
import static io.alder.member.multimap.MultiMapFixture.ALICE_2;
import static io.alder.member.multimap.MultiMapFixture.BOB;
import static io.alder.member.multimap.MultiMapFixture.CLIENT_CLEANUP_DELAY;
import static io.alder.member.multimap.MultiMapFixture.SET_MULTIMAP;
import static io.alder.member.multimap.MultiMapFixture.data;
import static io.alder.member.multimap.MultiMapFixture.partitionOf;
import static io.alder.member.multimap.MultiMapFixture.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.Reply;
import io.alder.serialization.Data;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Key locks of a multimap, which are IMap's key locks: ownership, leases, and the writes that wait for
 * another caller's lock, parked and then woken, timed out or dropped.
 */
class MultiMapLockTest {

    private static final String M = SET_MULTIMAP;

    private final MultiMapFixture fx = new MultiMapFixture();
    private final MultiMapService multiMaps = fx.multiMaps;
    private final Data k = data("k");
    private final int pk = partitionOf(k);

    @Test
    void locksAreReentrantAndOwnedByTheirThread() {
        fx.lock(M, "k", ALICE, -1, 1);
        fx.lock(M, "k", ALICE, -1, 2);

        assertThatThrownBy(() -> fx.unlock(M, "k", ALICE_2, 3)).isExactlyInstanceOf(IllegalMonitorStateException.class)
                .hasMessage("Current thread is not owner of the lock! -> Owner: client-alice, thread ID: 1");
        fx.unlock(M, "k", ALICE, 3);
        assertThat(fx.isLocked(M, "k")).isTrue();
        fx.unlock(M, "k", ALICE, 4);
        assertThat(fx.isLocked(M, "k")).isFalse();
        assertThatThrownBy(() -> fx.unlock(M, "k", ALICE, 5))
                .hasMessage("Current thread is not owner of the lock! -> <not-locked>");
    }

    @Test
    void aLeaseEndsTheLockAndWakesTheWaiters() {
        fx.lock(M, "k", ALICE, 1_000, 1);
        Reply<Void> bobsLock = new Reply<>();
        multiMaps.lock(pk, M, k, BOB, -1, 1, bobsLock);

        fx.time.advance(999);
        assertThat(bobsLock.isDone()).isFalse();
        fx.time.advance(1);

        bobsLock.value();
        assertThat(fx.isLocked(M, "k")).isTrue();
    }

    @Test
    void tryLockGivesUpAtItsTimeoutOrGetsTheLockInTime() {
        fx.lock(M, "k", ALICE, -1, 1);
        Reply<Boolean> bobsTry = new Reply<>();
        multiMaps.tryLock(pk, M, k, BOB, -1, 500, 1, bobsTry);
        Reply<Boolean> bobsSecondTry = new Reply<>();
        multiMaps.tryLock(pk, M, k, BOB, Long.MAX_VALUE, 2_000, 2, bobsSecondTry);

        fx.time.advance(500);
        assertThat(bobsTry.value()).isFalse();
        fx.unlock(M, "k", ALICE, 2);

        assertThat(bobsSecondTry.value()).isTrue();
        assertThat(MultiMapFixture.<Boolean>now(reply -> multiMaps.tryLock(pk, M, k, ALICE, -1, 0, 3, reply)))
                .isFalse();
    }

    @Test
    void writesOfOthersWaitForTheUnlockWhileTheOwnerAndReadersGoAhead() {
        fx.put(M, "k", "a");
        fx.lock(M, "k", ALICE, -1, 1);
        Reply<Boolean> bobsPut = new Reply<>();
        multiMaps.put(pk, M, k, data("b"), BOB, bobsPut);
        Reply<Boolean> bobsRemoveEntry = new Reply<>();
        multiMaps.removeEntry(pk, M, k, data("a"), BOB, bobsRemoveEntry);
        Reply<List<Data>> bobsRemove = new Reply<>();
        multiMaps.remove(pk, M, k, BOB, bobsRemove);

        assertThat(fx.put(M, "k", "c", ALICE)).isTrue();
        assertThat(fx.get(M, "k")).isEqualTo(values("a", "c"));
        assertThat(multiMaps.containsEntry(pk, M, k, data("c"))).isTrue();
        assertThat(bobsPut.isDone() || bobsRemoveEntry.isDone() || bobsRemove.isDone()).isFalse();
        fx.unlock(M, "k", ALICE, 2);

        assertThat(bobsPut.value()).isTrue();
        assertThat(bobsRemoveEntry.value()).isTrue();
        assertThat(bobsRemove.value()).isEqualTo(values("c", "b"));
    }

    @Test
    void deleteDoesNotWaitForAnotherCallersLockAs312() {
        fx.put(M, "k", "a");
        fx.lock(M, "k", ALICE, -1, 1);

        multiMaps.delete(pk, M, k);

        assertThat(fx.get(M, "k")).isEmpty();
        assertThat(fx.isLocked(M, "k")).as("the lock stays").isTrue();
    }

    @Test
    void forceUnlockReleasesAnyonesLockAndWakesTheWaiters() {
        fx.lock(M, "k", ALICE, -1, 1);
        fx.lock(M, "k", ALICE, -1, 2);
        Reply<Boolean> bobsPut = new Reply<>();
        multiMaps.put(pk, M, k, data("b"), BOB, bobsPut);

        multiMaps.forceUnlock(pk, M, k);

        assertThat(bobsPut.value()).isTrue();
        assertThat(fx.isLocked(M, "k")).isFalse();
        multiMaps.forceUnlock(pk, M, data("never-locked"));
    }

    @Test
    void aRepeatedReferenceIdIsARetryAndCountsOnce() {
        fx.lock(M, "k", ALICE, -1, 7);
        fx.lock(M, "k", ALICE, -1, 7);

        fx.unlock(M, "k", ALICE, 8);

        assertThat(fx.isLocked(M, "k")).isFalse();
    }

    @Test
    void aDisconnectedClientsWaitsAreDroppedAtOnceAndItsLocksReleasedOnceItIsGone() {
        fx.lock(M, "k", ALICE, -1, 1);
        Reply<Void> bobsLock = new Reply<>();
        multiMaps.lock(pk, M, k, BOB, -1, 1, bobsLock);
        fx.lock(M, "other", BOB, -1, 2);
        Data other = data("other");
        Reply<Boolean> alicesPut = new Reply<>();
        multiMaps.put(partitionOf(other), M, other, data("v"), ALICE_2, alicesPut);

        fx.engine.clientSessions().connectionOpened(ALICE.clientUuid());
        fx.engine.clientSessions().connectionClosed(ALICE.clientUuid());
        assertThat(alicesPut.failure()).as("dropped at once").isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("disconnected");
        fx.time.advance(CLIENT_CLEANUP_DELAY.toMillis() - 1);
        assertThat(bobsLock.isDone()).as("its locks are kept for the cleanup delay").isFalse();
        fx.time.advance(1);

        bobsLock.value();
        assertThat(fx.get(M, "other")).isEmpty();
    }

    @Test
    void destroyingTheMultiMapFailsItsWaitsAndDropsItsLocks() {
        fx.put(M, "k", "a");
        fx.lock(M, "k", ALICE, -1, 1);
        Reply<Boolean> bobsPut = new Reply<>();
        multiMaps.put(pk, M, k, data("v"), BOB, bobsPut);

        fx.engine.distributedObjects().destroy(MultiMapService.SERVICE_NAME, M);

        assertThat(bobsPut.failure()).isInstanceOf(ObjectDestroyedException.class)
                .hasMessage("Distributed object tags of hz:impl:multiMapService was destroyed");
        assertThat(fx.isLocked(M, "k")).isFalse();
        assertThat(fx.get(M, "k")).isEmpty();
    }

    @Test
    void shuttingDownFailsTheWaits() {
        fx.lock(M, "k", ALICE, -1, 1);
        Reply<Boolean> bobsTry = new Reply<>();
        multiMaps.tryLock(pk, M, k, BOB, -1, -1, 1, bobsTry);

        fx.engine.shutdown();

        assertThat(bobsTry.failure()).isInstanceOf(MemberStoppingException.class);
    }

    @Test
    void aPartitionOutsideTheTableIsRefused() {
        assertThatThrownBy(() -> multiMaps.get(271, M, k)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partition id: 271 (expected: 0..270)");
    }
}
