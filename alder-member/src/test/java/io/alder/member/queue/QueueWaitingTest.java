package io.alder.member.queue;

import static io.alder.member.TestItems.text;
import static io.alder.member.queue.QueueFixture.ALICE;
import static io.alder.member.queue.QueueFixture.BOB;
import static io.alder.member.queue.QueueFixture.CAPACITY;
import static io.alder.member.queue.QueueFixture.CLIENT_CLEANUP_DELAY;
import static io.alder.member.queue.QueueFixture.FOREVER;
import static io.alder.member.queue.QueueFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.Reply;
import io.alder.member.TestItems;
import io.alder.serialization.Data;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Polls that wait for items and offers that wait for room: parked, woken in order, timed out, cancelled. */
class QueueWaitingTest {

    private static final String FREE = "jobs";
    private static final String BOUNDED = "bounded-jobs";

    private final QueueFixture fixture = new QueueFixture();

    @Test
    @DisplayName("a take waits for an offer and completes on the offering thread, after the offer returned")
    void takeWaitsForAnOffer() {
        Reply<Data> take = fixture.poll(FREE, FOREVER, BOB);
        assertThat(take.isDone()).isFalse();

        assertThat(fixture.offer(FREE, "a")).isTrue();

        assertThat(text(take.value())).isEqualTo("a");
        assertThat(take.endedOn()).isSameAs(Thread.currentThread());
        assertThat(fixture.size(FREE)).as("the item went to the waiting take").isZero();
    }

    @Test
    @DisplayName("waiting polls get offered items in the order they came, each exactly one")
    void waitingPollsAreServedInArrivalOrder() {
        Reply<Data> first = fixture.poll(FREE, FOREVER, BOB);
        Reply<Data> second = fixture.poll(FREE, 60_000, ALICE);
        Reply<Data> third = fixture.poll(FREE, FOREVER, BOB);

        fixture.offer(FREE, "a");
        assertThat(second.isDone()).isFalse();
        fixture.queues.addAll(partitionOf(FREE), FREE, TestItems.items("b", "c", "d"));

        assertThat(text(first.value())).isEqualTo("a");
        assertThat(text(second.value())).isEqualTo("b");
        assertThat(text(third.value())).isEqualTo("c");
        assertThat(fixture.snapshot(FREE)).containsExactly("d");
    }

    @Test
    @DisplayName("a poll with a timeout gives up with null when it passes; a zero timeout does not wait at all")
    void pollTimesOut() {
        assertThat(fixture.poll(FREE, 0, BOB).value()).isNull();
        Reply<Data> poll = fixture.poll(FREE, 500, BOB);

        fixture.time.advance(499);
        assertThat(poll.isDone()).isFalse();
        fixture.time.advance(1);

        assertThat(poll.value()).isNull();
        fixture.offer(FREE, "a");
        assertThat(fixture.snapshot(FREE)).as("the timed-out poll took nothing").containsExactly("a");
    }

    @Test
    @DisplayName("a put into a full queue waits for room, and waiting offers get it in the order they came")
    void offersWaitForRoom() {
        for (int i = 0; i < CAPACITY; i++) {
            fixture.offer(BOUNDED, "item-" + i);
        }
        Reply<Boolean> put = fixture.offer(BOUNDED, "put", FOREVER, BOB);
        Reply<Boolean> offer = fixture.offer(BOUNDED, "offer", 60_000, ALICE);

        assertThat(fixture.poll(BOUNDED)).isEqualTo("item-0");
        assertThat(put.value()).isTrue();
        assertThat(offer.isDone()).isFalse();
        fixture.queues.drain(partitionOf(BOUNDED), BOUNDED, 2);

        assertThat(offer.value()).isTrue();
        assertThat(fixture.snapshot(BOUNDED)).containsExactly("put", "offer");
    }

    @Test
    @DisplayName("an offer with a timeout gives up with false, and its item never enters the queue")
    void offerTimesOut() {
        for (int i = 0; i < CAPACITY; i++) {
            fixture.offer(BOUNDED, "item-" + i);
        }
        Reply<Boolean> offer = fixture.offer(BOUNDED, "late", 200, BOB);

        fixture.time.advance(200);

        assertThat(offer.value()).isFalse();
        fixture.poll(BOUNDED);
        assertThat(fixture.snapshot(BOUNDED)).containsExactly("item-1", "item-2");
    }

    @Test
    @DisplayName("every removal makes room: remove, removeAll, retainAll and clear wake waiting offers")
    void everyRemovalWakesOffers() {
        String name = BOUNDED;
        fixture.queues.addAll(partitionOf(name), name, TestItems.items("a", "b", "c"));
        Reply<Boolean> afterRemove = fixture.offer(name, "d", FOREVER, BOB);
        Reply<Boolean> afterRemoveAll = fixture.offer(name, "e", FOREVER, BOB);
        Reply<Boolean> afterClear = fixture.offer(name, "f", FOREVER, BOB);

        fixture.queues.remove(partitionOf(name), name, TestItems.data("a"));
        assertThat(afterRemove.value()).isTrue();
        fixture.queues.removeAll(partitionOf(name), name, TestItems.items("b"));
        assertThat(afterRemoveAll.value()).isTrue();
        fixture.queues.clear(partitionOf(name), name);

        assertThat(afterClear.value()).isTrue();
        assertThat(fixture.snapshot(name)).containsExactly("f");
    }

    @Test
    @DisplayName("a disconnected client's waits are dropped at once, as 3.12 does; the others' stay")
    void departedClientsWaitsAreDropped() {
        Reply<Data> gone = fixture.poll(FREE, FOREVER, BOB);
        Reply<Data> staying = fixture.poll(FREE, FOREVER, ALICE);

        fixture.clientLeaves(BOB.clientUuid());
        fixture.offer(FREE, "a");

        assertThat(gone.failure()).hasMessageContaining("client-bob");
        assertThat(text(staying.value())).as("the item goes to the live client").isEqualTo("a");
    }

    @Test
    @DisplayName("destroying the queue fails its waiting polls and offers as destroyed")
    void destroyFailsWaiters() {
        Reply<Data> poll = fixture.poll(FREE, FOREVER, BOB);
        for (int i = 0; i < CAPACITY; i++) {
            fixture.offer(BOUNDED, "item-" + i);
        }
        Reply<Boolean> offer = fixture.offer(BOUNDED, "waits", FOREVER, BOB);

        fixture.engine.distributedObjects().destroy(QueueService.SERVICE_NAME, FREE);
        fixture.engine.distributedObjects().destroy(QueueService.SERVICE_NAME, BOUNDED);

        assertThat(poll.failure()).isInstanceOf(ObjectDestroyedException.class);
        assertThat(offer.failure()).isInstanceOf(ObjectDestroyedException.class);
        assertThat(fixture.size(BOUNDED)).isZero();
    }

    @Test
    @DisplayName("shutting down fails every waiting operation")
    void shutdownFailsWaiters() {
        Reply<Data> poll = fixture.poll(FREE, FOREVER, BOB);

        fixture.engine.shutdown();

        assertThat(poll.failure()).isInstanceOf(MemberStoppingException.class);
    }
}
