package io.alder.member.collection;

import static io.alder.member.TestItems.data;
import static io.alder.member.TestItems.items;
import static io.alder.member.TestItems.text;
import static io.alder.member.collection.CollectionFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.item.ItemEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Item events of sets and lists: one per item added or removed, in order, and 3.12's particular ones. */
class CollectionListenerTest {

    private static final String NAME = "things";

    private final CollectionFixture fixture = new CollectionFixture();
    private final SetService sets = fixture.sets;
    private final ListService lists = fixture.lists;
    private final int partition = partitionOf(NAME);
    private final List<ItemEvent> setEvents = new CopyOnWriteArrayList<>();
    private final List<ItemEvent> listEvents = new CopyOnWriteArrayList<>();
    private final List<ItemEvent> listEventsWithoutItems = new CopyOnWriteArrayList<>();

    CollectionListenerTest() {
        sets.addItemListener(NAME, true, setEvents::add);
        lists.addItemListener(NAME, true, listEvents::add);
        lists.addItemListener(NAME, false, listEventsWithoutItems::add);
    }

    @Test
    @DisplayName("set: every item added or removed is reported; an item given twice to addAll twice, as in 3.12")
    void setEvents() {
        sets.add(partition, NAME, data("a"));
        sets.add(partition, NAME, data("a"));
        sets.addAll(partition, NAME, items("a", "b", "c", "c"));
        sets.remove(partition, NAME, data("b"));
        sets.removeAll(partition, NAME, items("x", "a"));
        sets.clear(partition, NAME);

        assertThat(described(setEvents)).containsExactly("ADDED a", "ADDED b", "ADDED c", "ADDED c", "REMOVED b",
                "REMOVED a", "REMOVED c");
        assertThat(setEvents).allSatisfy(event -> {
            assertThat(event.objectName()).isEqualTo(NAME);
            assertThat(event.memberUuid()).isEqualTo(fixture.engine.memberUuid());
            assertThat(event.partitionId()).isEqualTo(partition);
        });
    }

    @Test
    @DisplayName("list: set reports the old item's removal and the new one's addition; retainAll each removal")
    void listEvents() {
        lists.add(partition, NAME, data("a"));
        lists.add(partition, NAME, 0, data("b"));
        lists.addAll(partition, NAME, 1, items("c", "d"));
        lists.set(partition, NAME, 0, data("B"));
        lists.remove(partition, NAME, data("c"));
        lists.retainAll(partition, NAME, items("a"));

        assertThat(described(listEvents)).containsExactly("ADDED a", "ADDED b", "ADDED c", "ADDED d",
                "REMOVED b", "ADDED B", "REMOVED c", "REMOVED B", "REMOVED d");
        assertThat(listEventsWithoutItems).hasSize(9).allSatisfy(event -> assertThat(event.item()).isNull());
    }

    @Test
    @DisplayName("list: remove at an index reports a removal without its item, even when the index is out of range")
    void removeAtAnIndexAsIn312() {
        lists.addAll(partition, NAME, items("a", "b"));

        lists.remove(partition, NAME, 1);
        assertThatThrownBy(() -> lists.remove(partition, NAME, 7)).isInstanceOf(IndexOutOfBoundsException.class);

        assertThat(described(listEvents)).containsExactly("ADDED a", "ADDED b", "REMOVED null", "REMOVED null");
    }

    @Test
    @DisplayName("changes that change nothing report nothing: refused adds, missed removes, failed index calls")
    void noChangeNoEvent() {
        String bounded = "bounded-things";
        List<ItemEvent> boundedEvents = new CopyOnWriteArrayList<>();
        lists.addItemListener(bounded, true, boundedEvents::add);
        lists.addAll(partitionOf(bounded), bounded, items("a", "b", "c"));

        lists.add(partitionOf(bounded), bounded, data("d"));
        lists.add(partitionOf(bounded), bounded, 0, data("d"));
        lists.addAll(partitionOf(bounded), bounded, items("d"));
        lists.remove(partitionOf(bounded), bounded, data("z"));
        assertThatThrownBy(() -> lists.set(partitionOf(bounded), bounded, 5, data("d")))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lists.add(partitionOf(bounded), "other", 5, data("d")))
                .isInstanceOf(IndexOutOfBoundsException.class);

        assertThat(described(boundedEvents)).containsExactly("ADDED a", "ADDED b", "ADDED c");
    }

    @Test
    @DisplayName("a removed registration and the registrations of a destroyed collection hear nothing more")
    void removedAndDestroyedRegistrations() {
        List<ItemEvent> removed = new CopyOnWriteArrayList<>();
        String id = sets.addItemListener(NAME, true, removed::add);

        assertThat(sets.removeItemListener(NAME, id)).isTrue();
        assertThat(sets.removeItemListener(NAME, id)).isFalse();
        sets.add(partition, NAME, data("a"));
        fixture.engine.distributedObjects().destroy(SetService.SERVICE_NAME, NAME);
        sets.add(partition, NAME, data("b"));
        lists.add(partition, NAME, data("c"));

        assertThat(removed).isEmpty();
        assertThat(described(setEvents)).containsExactly("ADDED a");
        assertThat(described(listEvents)).as("the list of that name lives on").containsExactly("ADDED c");
    }

    private static List<String> described(List<ItemEvent> events) {
        return events.stream().map(event -> event.type() + " " + text(event.item())).toList();
    }
}
