package io.alder.member.ringbuffer;

import static io.alder.member.ringbuffer.RingbufferFixture.ALICE;
import static io.alder.member.ringbuffer.RingbufferFixture.item;
import static io.alder.member.ringbuffer.RingbufferFixture.items;
import static io.alder.member.ringbuffer.RingbufferFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.Data;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding and reading without waiting: sequences, capacity, overflow policies and time to live, as in 3.12. */
class RingbufferServiceTest {

    private final RingbufferFixture fx = new RingbufferFixture();

    @Test
    void aNewRingbufferIsEmptyWithTheDefaultCapacity() {
        assertThat(fx.head("fresh")).isZero();
        assertThat(fx.tail("fresh")).isEqualTo(-1);
        assertThat(fx.size("fresh")).isZero();
        assertThat(fx.ringbuffers.capacity(partitionOf("fresh"), "fresh")).isEqualTo(10_000);
        assertThat(fx.remainingCapacity("fresh")).isEqualTo(10_000);
    }

    @Test
    void itemsAreNumberedFromZeroAndReadBySequence() {
        assertThat(fx.add("log", 0, OverflowPolicy.OVERWRITE)).isZero();
        assertThat(fx.add("log", 1, OverflowPolicy.OVERWRITE)).isEqualTo(1);

        assertThat(fx.readOne("log", 1, ALICE).value()).isEqualTo(item(1));
        assertThat(fx.readMany("log", 0, 1, 10, ALICE).value()).isEqualTo(items(0, 1));
        assertThat(fx.size("log")).isEqualTo(2);
        assertThat(fx.tail("log")).isEqualTo(1);
    }

    @Test
    void aFullRingbufferDropsItsOldestItem() {
        fx.addRange("small", 0, 4);

        assertThat(fx.head("small")).isEqualTo(2);
        assertThat(fx.tail("small")).isEqualTo(4);
        assertThat(fx.size("small")).isEqualTo(3);
        assertThat(fx.readMany("small", 2, 0, 10, ALICE).value()).isEqualTo(items(2, 4));
    }

    @Test
    void storageGrowsPastItsFirstSlotsWithoutLosingOrder() {
        fx.addRange("log", 0, 99);

        assertThat(fx.readMany("log", 0, 100, 100, ALICE).value()).isEqualTo(items(0, 99));
        assertThat(fx.readMany("log", 37, 1, 5, ALICE).value()).isEqualTo(items(37, 41));
    }

    @Test
    void failPolicyWithoutTimeToLiveNeverFailsAs312() {
        fx.addRange("small", 0, 2);

        assertThat(fx.remainingCapacity("small")).as("a full ringbuffer without ttl").isEqualTo(3);
        assertThat(fx.add("small", 3, OverflowPolicy.FAIL)).isEqualTo(3);
        assertThat(fx.addAll("small", List.of(item(4), item(5)), OverflowPolicy.FAIL)).isEqualTo(5);
        assertThat(fx.head("small")).isEqualTo(3);
    }

    @Test
    void failPolicyWithTimeToLiveFailsUntilItemsExpire() {
        fx.addRange("short-lived", 0, 1);
        assertThat(fx.remainingCapacity("short-lived")).isEqualTo(1);
        assertThat(fx.addAll("short-lived", List.of(item(2), item(3)), OverflowPolicy.FAIL)).isEqualTo(-1);
        assertThat(fx.add("short-lived", 2, OverflowPolicy.FAIL)).isEqualTo(2);
        assertThat(fx.add("short-lived", 3, OverflowPolicy.FAIL)).isEqualTo(-1);
        assertThat(fx.tail("short-lived")).as("nothing added by the failed adds").isEqualTo(2);

        fx.time.advance(10_001);

        assertThat(fx.size("short-lived")).isZero();
        assertThat(fx.head("short-lived")).isEqualTo(3);
        assertThat(fx.remainingCapacity("short-lived")).isEqualTo(3);
        assertThat(fx.add("short-lived", 3, OverflowPolicy.FAIL)).isEqualTo(3);
    }

    @Test
    void itemsExpireOldestFirstAfterTheirTimeToLive() {
        fx.add("short-lived", 0, OverflowPolicy.OVERWRITE);
        fx.time.advance(4_000);
        fx.add("short-lived", 1, OverflowPolicy.OVERWRITE);

        fx.time.advance(6_000);
        assertThat(fx.size("short-lived")).as("exactly at the time to live").isEqualTo(2);
        fx.time.advance(1);
        assertThat(fx.size("short-lived")).isEqualTo(1);
        assertThat(fx.readOne("short-lived", 0, ALICE).failure()).isInstanceOf(StaleSequenceException.class);
    }

    @Test
    void overwriteAddsEvenToAFullRingbufferWithTimeToLive() {
        fx.addRange("short-lived", 0, 4);

        assertThat(fx.head("short-lived")).isEqualTo(2);
        assertThat(fx.remainingCapacity("short-lived")).isZero();
    }

    @Test
    void addAllReturnsTheLastSequenceAndTailPlusOneForNothing() {
        assertThat(fx.addAll("log", List.of(), OverflowPolicy.OVERWRITE)).isZero();
        assertThat(fx.addAll("log", List.of(item(0), item(1), item(2)), OverflowPolicy.OVERWRITE)).isEqualTo(2);
        assertThat(fx.addAll("log", List.of(), OverflowPolicy.FAIL)).isEqualTo(3);
        assertThat(fx.tail("log")).isEqualTo(2);
    }

    @Test
    void readsOutsideTheItemsFailAs312() {
        fx.addRange("small", 0, 4);

        StaleSequenceException stale = (StaleSequenceException) fx.readOne("small", 1, ALICE).failure();
        assertThat(stale).hasMessage("sequence:1 is too small and data store is disabled. "
                + "The current headSequence is:2 tailSequence is:4");
        assertThat(stale.headSequence()).isEqualTo(2);
        assertThat(fx.readOne("small", 6, ALICE).failure()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sequence:6 is too large. The current tailSequence is:4");
        assertThat(fx.readMany("small", 1, 1, 10, ALICE).failure()).isInstanceOf(StaleSequenceException.class);
        assertThat(fx.readMany("small", 6, 0, 10, ALICE).failure()).isInstanceOf(IllegalArgumentException.class);
        assertThat(fx.readOne("small", -1, ALICE).failure()).isInstanceOf(StaleSequenceException.class);
    }

    @Test
    void readManyReturnsAtMostMaxCountAndWithMinCountZeroWhatThereIs() {
        fx.addRange("log", 0, 9);

        assertThat(fx.readMany("log", 2, 1, 3, ALICE).value()).isEqualTo(items(2, 4));
        assertThat(fx.readMany("log", 10, 0, 3, ALICE).value()).isEqualTo(new ReadResult(0, List.of(), new long[0]));
        assertThat(fx.readMany("log", 8, 0, 5, ALICE).value()).isEqualTo(items(8, 9));
        assertThat(fx.readMany("log", 0, 0, 0, ALICE).value()).as("maxCount 0")
                .isEqualTo(new ReadResult(0, List.of(), new long[0]));
    }

    @Test
    void readManyCountsOutOfRangeAreRefusedBeforeAnyWait() {
        assertThatThrownBy(() -> fx.readMany("log", 0, -1, 10, ALICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minCount can't be smaller than 0");
        assertThatThrownBy(() -> fx.readMany("log", 0, 5, 4, ALICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCount should be equal or larger than minCount");
        assertThatThrownBy(() -> fx.readMany("log", 0, 1, 1001, ALICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxCount can't be larger than 1000");
        assertThatThrownBy(() -> fx.readMany("small", 0, 4, 10, ALICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the minCount should be smaller than or equal to the capacity");
    }

    @Test
    void aPartitionIdOutOfRangeIsRefused() {
        assertThatThrownBy(() -> fx.ringbuffers.size(271, "log")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void destroyingDropsTheItems() {
        fx.addRange("log", 0, 2);

        fx.engine.distributedObjects().destroy(RingbufferService.SERVICE_NAME, "log");

        assertThat(fx.tail("log")).isEqualTo(-1);
        assertThat(fx.readMany("log", 0, 0, 10, ALICE).value()).isEqualTo(new ReadResult(0, List.<Data>of(),
                new long[0]));
    }
}
