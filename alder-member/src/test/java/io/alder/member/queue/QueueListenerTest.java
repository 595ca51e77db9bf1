package io.alder.member.queue;

import static io.alder.member.TestItems.data;
import static io.alder.member.TestItems.items;
import static io.alder.member.TestItems.text;
import static io.alder.member.queue.QueueFixture.BOB;
import static io.alder.member.queue.QueueFixture.FOREVER;
import static io.alder.member.queue.QueueFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.item.ItemEvent;
import io.alder.member.item.ItemEventType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Item events: one per item added or removed, in order, with the item only when asked for. */
class QueueListenerTest {

    private static final String NAME = "jobs";

    private final QueueFixture fixture = new QueueFixture();
    private final QueueService queues = fixture.queues;
    private final int partition = partitionOf(NAME);
    private final List<ItemEvent> withItems = new CopyOnWriteArrayList<>();
    private final List<ItemEvent> withoutItems = new CopyOnWriteArrayList<>();

    QueueListenerTest() {
        queues.addItemListener(NAME, true, withItems::add);
        queues.addItemListener(NAME, false, withoutItems::add);
    }

    @Test
    @DisplayName("every operation that adds or removes items reports each item, in the order of the changes")
    void everyChangeIsReported() {
        fixture.offer(NAME, "a");
        queues.addAll(partition, NAME, items("b", "c", "d", "e", "f"));
        fixture.poll(NAME);
        queues.remove(partition, NAME, data("c"));
        queues.drain(partition, NAME, 1);
        queues.removeAll(partition, NAME, items("e"));
        fixture.offer(NAME, "g");
        queues.retainAll(partition, NAME, items("g"));
        queues.clear(partition, NAME);

        assertThat(withItems).extracting(event -> event.type() + " " + text(event.item())).containsExactly(
                "ADDED a", "ADDED b", "ADDED c", "ADDED d", "ADDED e", "ADDED f",
                "REMOVED a", "REMOVED c", "REMOVED b", "REMOVED e", "ADDED g", "REMOVED d", "REMOVED f",
                "REMOVED g");
        assertThat(withItems).allSatisfy(event -> {
            assertThat(event.objectName()).isEqualTo(NAME);
            assertThat(event.memberUuid()).isEqualTo(fixture.engine.memberUuid());
            assertThat(event.partitionId()).isEqualTo(partition);
        });
    }

    @Test
    @DisplayName("without includeValue the events carry no item")
    void eventsWithoutItems() {
        fixture.offer(NAME, "a");
        fixture.poll(NAME);

        assertThat(withoutItems).extracting(ItemEvent::type)
                .containsExactly(ItemEventType.ADDED, ItemEventType.REMOVED);
        assertThat(withoutItems).allSatisfy(event -> assertThat(event.item()).isNull());
    }

    @Test
    @DisplayName("a take that was waiting reports its removal after the offer's addition")
    void waitingTakeIsReportedAfterTheOffer() {
        fixture.poll(NAME, FOREVER, BOB);

        fixture.offer(NAME, "a");

        assertThat(withItems).extracting(ItemEvent::type)
                .containsExactly(ItemEventType.ADDED, ItemEventType.REMOVED);
    }

    @Test
    @DisplayName("operations that change nothing report nothing: a refused offer, an empty poll, a missed remove")
    void noChangeNoEvent() {
        fixture.poll(NAME);
        queues.remove(partition, NAME, data("x"));
        queues.addAll(partition, NAME, List.of());
        String bounded = "bounded-jobs";
        List<ItemEvent> boundedEvents = new CopyOnWriteArrayList<>();
        queues.addItemListener(bounded, true, boundedEvents::add);
        for (int i = 0; i <= QueueFixture.CAPACITY; i++) {
            fixture.offer(bounded, "item-" + i);
        }

        assertThat(withItems).isEmpty();
        assertThat(boundedEvents).hasSize(QueueFixture.CAPACITY);
    }

    @Test
    @DisplayName("a removed registration and the registrations of a destroyed queue hear nothing more")
    void removedAndDestroyedRegistrations() {
        List<ItemEvent> removed = new CopyOnWriteArrayList<>();
        String id = queues.addItemListener(NAME, true, removed::add);

        assertThat(queues.removeItemListener(NAME, id)).isTrue();
        assertThat(queues.removeItemListener(NAME, id)).isFalse();
        fixture.offer(NAME, "a");
        fixture.engine.distributedObjects().destroy(QueueService.SERVICE_NAME, NAME);
        fixture.offer(NAME, "b");

        assertThat(removed).isEmpty();
        assertThat(withItems).extracting(event -> text(event.item())).containsExactly("a");
    }

    @Test
    @DisplayName("a failing listener does not keep the others from hearing the event")
    void failingListener() {
        queues.addItemListener(NAME, true, event -> {
            throw new IllegalStateException("listener bug");
        });

        fixture.offer(NAME, "a");

        assertThat(withItems).hasSize(1);
        assertThat(fixture.snapshot(NAME)).containsExactly("a");
    }
}
