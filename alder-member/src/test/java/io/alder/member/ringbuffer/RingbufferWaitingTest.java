package io.alder.member.ringbuffer;

import static io.alder.member.ringbuffer.RingbufferFixture.ALICE;
import static io.alder.member.ringbuffer.RingbufferFixture.BOB;
import static io.alder.member.ringbuffer.RingbufferFixture.item;
import static io.alder.member.ringbuffer.RingbufferFixture.items;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.Reply;
import io.alder.serialization.Data;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads that wait for items: parked, woken by adds, dropped with their client, failed on destroy and stop. */
class RingbufferWaitingTest {

    private final RingbufferFixture fx = new RingbufferFixture();

    @Test
    void readManyOfTheNextSequenceWaitsForAnAddAndIsAnsweredByTheAddingThread() {
        Reply<ReadResult> read = fx.readMany("log", 0, 1, 10, ALICE);
        assertThat(read.isDone()).isFalse();
        assertThat(fx.ringbuffers.waitingReads()).isEqualTo(1);

        fx.add("log", 0, OverflowPolicy.OVERWRITE);

        assertThat(read.value()).isEqualTo(items(0, 0));
        assertThat(read.endedOn()).isSameAs(Thread.currentThread());
        assertThat(fx.ringbuffers.waitingReads()).isZero();
    }

    @Test
    void readManyCollectsAcrossAddsUntilItHasItsMinimum() {
        fx.addRange("log", 0, 0);
        Reply<ReadResult> read = fx.readMany("log", 0, 3, 10, ALICE);

        fx.add("log", 1, OverflowPolicy.OVERWRITE);
        assertThat(read.isDone()).isFalse();
        fx.addAll("log", List.of(item(2), item(3)), OverflowPolicy.OVERWRITE);

        assertThat(read.value()).isEqualTo(items(0, 3));
    }

    @Test
    void everyWaitingReaderGetsTheItemsNothingIsConsumed() {
        Reply<ReadResult> alices = fx.readMany("log", 0, 1, 10, ALICE);
        Reply<ReadResult> bobs = fx.readMany("log", 0, 1, 10, BOB);
        Reply<Data> bobsOne = fx.readOne("log", 0, BOB);

        fx.add("log", 0, OverflowPolicy.OVERWRITE);

        assertThat(alices.value()).isEqualTo(items(0, 0));
        assertThat(bobs.value()).isEqualTo(items(0, 0));
        assertThat(bobsOne.value()).isEqualTo(item(0));
    }

    @Test
    void aFailedAddWakesNobody() {
        fx.addRange("short-lived", 0, 2);
        Reply<ReadResult> read = fx.readMany("short-lived", 3, 1, 10, ALICE);

        assertThat(fx.add("short-lived", 3, OverflowPolicy.FAIL)).isEqualTo(-1);

        assertThat(read.isDone()).isFalse();
    }

    @Test
    void aWaitingReadWhoseStartWasOverwrittenMeanwhileFailsStaleAs312() {
        fx.addRange("small", 0, 0);
        Reply<ReadResult> read = fx.readMany("small", 0, 3, 3, ALICE);

        fx.addAll("small", List.of(item(1), item(2), item(3)), OverflowPolicy.OVERWRITE);

        assertThat(read.failure()).isInstanceOf(StaleSequenceException.class);
    }

    @Test
    void readsOfAnotherRingbufferKeepWaiting() {
        Reply<ReadResult> read = fx.readMany("log", 0, 1, 10, ALICE);

        fx.add("other-log", 0, OverflowPolicy.OVERWRITE);

        assertThat(read.isDone()).isFalse();
    }

    @Test
    void theWaitingReadsOfADisconnectedClientAreDroppedAtOnce() {
        Reply<ReadResult> alices = fx.readMany("log", 0, 1, 10, ALICE);
        Reply<Data> alicesOne = fx.readOne("other-log", 0, ALICE);
        Reply<ReadResult> bobs = fx.readMany("log", 0, 1, 10, BOB);

        fx.clientLeaves(ALICE.clientUuid());

        assertThat(alices.failure()).as("no answer could reach it").isInstanceOf(IllegalStateException.class)
                .hasMessage("Client client-alice disconnected");
        assertThat(alicesOne.failure()).isInstanceOf(IllegalStateException.class);
        assertThat(bobs.isDone()).isFalse();
        assertThat(fx.ringbuffers.waitingReads()).isEqualTo(1);
    }

    @Test
    void destroyingFailsTheReadsWaitingOnIt() {
        Reply<ReadResult> read = fx.readMany("log", 0, 1, 10, ALICE);
        Reply<ReadResult> other = fx.readMany("other-log", 0, 1, 10, ALICE);

        fx.engine.distributedObjects().destroy(RingbufferService.SERVICE_NAME, "log");

        assertThat(read.failure()).isInstanceOf(ObjectDestroyedException.class);
        assertThat(other.isDone()).isFalse();
    }

    @Test
    void shuttingDownFailsEveryWaitingRead() {
        Reply<ReadResult> read = fx.readMany("log", 0, 1, 10, ALICE);
        Reply<Data> one = fx.readOne("other-log", 0, BOB);

        fx.engine.shutdown();

        assertThat(read.failure()).isInstanceOf(MemberStoppingException.class);
        assertThat(one.failure()).isInstanceOf(MemberStoppingException.class);
    }
}
