package io.alder.member.queue;

import static io.alder.member.TestItems.data;
import static io.alder.member.TestItems.items;
import static io.alder.member.TestItems.text;
import static io.alder.member.TestItems.texts;
import static io.alder.member.queue.QueueFixture.CAPACITY;
import static io.alder.member.queue.QueueFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The operations that never wait, with the answers a 3.12 member gives. */
class QueueServiceTest {

    private static final String FREE = "jobs";
    private static final String BOUNDED = "bounded-jobs";

    private final QueueFixture fixture = new QueueFixture();
    private final QueueService queues = fixture.queues;
    private final int free = partitionOf(FREE);
    private final int bounded = partitionOf(BOUNDED);

    @Test
    @DisplayName("items leave in the order they came: poll, peek and snapshot see the head first")
    void firstInFirstOut() {
        fixture.offer(FREE, "a");
        fixture.offer(FREE, "b");
        fixture.offer(FREE, "c");

        assertThat(text(queues.peek(free, FREE))).isEqualTo("a");
        assertThat(fixture.snapshot(FREE)).containsExactly("a", "b", "c");
        assertThat(fixture.poll(FREE)).isEqualTo("a");
        assertThat(fixture.poll(FREE)).isEqualTo("b");
        assertThat(fixture.size(FREE)).isEqualTo(1);
    }

    @Test
    @DisplayName("a queue never used is empty, unbounded and has nothing to take")
    void unusedQueue() {
        assertThat(fixture.size(FREE)).isZero();
        assertThat(queues.isEmpty(free, FREE)).isTrue();
        assertThat(queues.remainingCapacity(free, FREE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(queues.peek(free, FREE)).isNull();
        assertThat(fixture.poll(FREE)).isNull();
        assertThat(queues.drain(free, FREE, -1)).isEmpty();
        assertThat(queues.remove(free, FREE, data("a"))).isFalse();
        assertThat(queues.contains(free, FREE, data("a"))).isFalse();
        assertThat(queues.containsAll(free, FREE, List.of())).isTrue();
        assertThat(queues.containsAll(free, FREE, items("a"))).isFalse();
        assertThat(queues.removeAll(free, FREE, items("a"))).isFalse();
        assertThat(queues.retainAll(free, FREE, items("a"))).isFalse();
    }

    @Test
    @DisplayName("a bounded queue refuses an offer once full, and takes one again after a poll")
    void boundedQueue() {
        assertThat(queues.remainingCapacity(bounded, BOUNDED)).isEqualTo(CAPACITY);
        for (int i = 0; i < CAPACITY; i++) {
            assertThat(fixture.offer(BOUNDED, "item-" + i)).isTrue();
        }

        assertThat(fixture.offer(BOUNDED, "one too many")).isFalse();
        assertThat(queues.remainingCapacity(bounded, BOUNDED)).isZero();
        assertThat(fixture.poll(BOUNDED)).isEqualTo("item-0");
        assertThat(queues.remainingCapacity(bounded, BOUNDED)).isEqualTo(1);
        assertThat(fixture.offer(BOUNDED, "fits again")).isTrue();
        assertThat(fixture.snapshot(BOUNDED)).containsExactly("item-1", "item-2", "fits again");
    }

    @Test
    @DisplayName("addAll as 3.12: room for one lets them all in, the size reports at most the capacity")
    void addAllOverfillsAsIn312() {
        fixture.offer(BOUNDED, "a");
        fixture.offer(BOUNDED, "b");

        assertThat(queues.addAll(bounded, BOUNDED, items("c", "d", "e"))).isTrue();

        assertThat(fixture.size(BOUNDED)).isEqualTo(CAPACITY);
        assertThat(queues.remainingCapacity(bounded, BOUNDED)).isZero();
        assertThat(queues.addAll(bounded, BOUNDED, items("f"))).as("no room for one").isFalse();
        assertThat(texts(queues.drain(bounded, BOUNDED, -1))).containsExactly("a", "b", "c", "d", "e");
        assertThat(queues.addAll(bounded, BOUNDED, List.of())).as("nothing to add, as 3.12 answers").isTrue();
        assertThat(queues.isEmpty(bounded, BOUNDED)).isTrue();
    }

    @Test
    @DisplayName("remove takes out the oldest equal item only; removeAll every equal one; retainAll the others")
    void removals() {
        queues.addAll(free, FREE, items("a", "b", "a", "c", "a"));

        assertThat(queues.remove(free, FREE, data("a"))).isTrue();
        assertThat(fixture.snapshot(FREE)).containsExactly("b", "a", "c", "a");
        assertThat(queues.remove(free, FREE, data("x"))).isFalse();
        assertThat(queues.removeAll(free, FREE, items("a"))).isTrue();
        assertThat(fixture.snapshot(FREE)).containsExactly("b", "c");
        assertThat(queues.removeAll(free, FREE, List.of())).isFalse();
        assertThat(queues.retainAll(free, FREE, items("b", "c"))).as("nothing to drop").isFalse();
        assertThat(queues.retainAll(free, FREE, items("c"))).isTrue();
        assertThat(fixture.snapshot(FREE)).containsExactly("c");
    }

    @Test
    @DisplayName("contains and containsAll compare items by their bytes")
    void containment() {
        queues.addAll(free, FREE, items("a", "b"));

        assertThat(queues.contains(free, FREE, data("a"))).isTrue();
        assertThat(queues.contains(free, FREE, data("z"))).isFalse();
        assertThat(queues.containsAll(free, FREE, items("b", "a", "a"))).isTrue();
        assertThat(queues.containsAll(free, FREE, items("a", "z"))).isFalse();
        assertThat(queues.containsAll(free, FREE, List.of())).isTrue();
    }

    @Test
    @DisplayName("drain takes at most the given number from the head; negative means all; clear empties")
    void drainAndClear() {
        queues.addAll(free, FREE, items("a", "b", "c", "d"));

        assertThat(queues.drain(free, FREE, 0)).isEmpty();
        assertThat(texts(queues.drain(free, FREE, 2))).containsExactly("a", "b");
        assertThat(texts(queues.drain(free, FREE, 10))).containsExactly("c", "d");
        queues.addAll(free, FREE, items("e", "f"));
        queues.clear(free, FREE);
        assertThat(queues.isEmpty(free, FREE)).isTrue();
        assertThat(fixture.size(FREE)).isZero();
    }

    @Test
    @DisplayName("a name's queue is the one of its partition: another partition holds another queue")
    void queuesLiveInTheirPartition() {
        fixture.offer(FREE, "a");
        int elsewhere = (free + 1) % QueueFixture.PARTITIONS;

        assertThat(queues.size(elsewhere, FREE)).isZero();
        assertThatThrownBy(() -> queues.size(QueueFixture.PARTITIONS, FREE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition id");
    }

    @Test
    @DisplayName("destroying a queue drops its items; using the name again starts empty")
    void destroy() {
        queues.addAll(free, FREE, items("a", "b"));

        fixture.engine.distributedObjects().destroy(QueueService.SERVICE_NAME, FREE);

        assertThat(queues.isEmpty(free, FREE)).isTrue();
        assertThat(fixture.offer(FREE, "c")).isTrue();
        assertThat(fixture.snapshot(FREE)).containsExactly("c");
    }
}
