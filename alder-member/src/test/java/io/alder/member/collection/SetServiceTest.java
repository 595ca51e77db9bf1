package io.alder.member.collection;

import static io.alder.member.TestItems.data;
import static io.alder.member.TestItems.items;
import static io.alder.member.collection.CollectionFixture.CAPACITY;
import static io.alder.member.collection.CollectionFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.Data;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sets, with the answers a 3.12 member gives. */
class SetServiceTest {

    private static final String FREE = "tags";
    private static final String BOUNDED = "bounded-tags";

    private final CollectionFixture fixture = new CollectionFixture();
    private final SetService sets = fixture.sets;
    private final int free = partitionOf(FREE);
    private final int bounded = partitionOf(BOUNDED);

    @Test
    @DisplayName("a set holds each item once, in the order items were first added")
    void noDuplicates() {
        assertThat(sets.add(free, FREE, data("a"))).isTrue();
        assertThat(sets.add(free, FREE, data("a"))).isFalse();
        assertThat(sets.addAll(free, FREE, items("b", "a", "c"))).isTrue();
        assertThat(sets.addAll(free, FREE, items("c", "b"))).as("nothing new").isFalse();

        assertThat(fixture.setItems(FREE)).containsExactly("a", "b", "c");
        assertThat(sets.size(free, FREE)).isEqualTo(3);
    }

    @Test
    @DisplayName("items are equal when their serialized bytes are: an int and a long 1 are two items")
    void equalityByBytes() {
        Data intOne = Data.wrap(new byte[] {0, 0, 0, 0, -1, -1, -1, -7, 0, 0, 0, 1});
        Data longOne = Data.wrap(new byte[] {0, 0, 0, 0, -1, -1, -1, -8, 0, 0, 0, 0, 0, 0, 0, 1});

        assertThat(sets.add(free, FREE, intOne)).isTrue();
        assertThat(sets.add(free, FREE, longOne)).isTrue();
        assertThat(sets.add(free, FREE, Data.wrap(intOne.bytes().clone()))).isFalse();
        assertThat(sets.contains(free, FREE, longOne)).isTrue();
        assertThat(sets.size(free, FREE)).isEqualTo(2);
    }

    @Test
    @DisplayName("a set never used is empty and answers as 3.12 does: addAll of nothing is false")
    void unusedSet() {
        assertThat(sets.size(free, FREE)).isZero();
        assertThat(sets.isEmpty(free, FREE)).isTrue();
        assertThat(sets.getAll(free, FREE)).isEmpty();
        assertThat(sets.contains(free, FREE, data("a"))).isFalse();
        assertThat(sets.containsAll(free, FREE, List.of())).isTrue();
        assertThat(sets.remove(free, FREE, data("a"))).isFalse();
        assertThat(sets.removeAll(free, FREE, items("a"))).isFalse();
        assertThat(sets.retainAll(free, FREE, List.of())).isFalse();
        assertThat(sets.addAll(free, FREE, List.of())).isFalse();
    }

    @Test
    @DisplayName("removeAll and retainAll answer whether the set changed; clear empties it")
    void removals() {
        sets.addAll(free, FREE, items("a", "b", "c", "d"));

        assertThat(sets.remove(free, FREE, data("a"))).isTrue();
        assertThat(sets.removeAll(free, FREE, items("b", "z"))).isTrue();
        assertThat(sets.removeAll(free, FREE, items("b"))).isFalse();
        assertThat(sets.retainAll(free, FREE, items("c", "d"))).isFalse();
        assertThat(sets.containsAll(free, FREE, items("d", "c", "c"))).isTrue();
        assertThat(sets.retainAll(free, FREE, items("d"))).isTrue();
        assertThat(fixture.setItems(FREE)).containsExactly("d");
        sets.clear(free, FREE);
        assertThat(sets.isEmpty(free, FREE)).isTrue();
    }

    @Test
    @DisplayName("a bounded set refuses an add once full, and an addAll whose items, counted as given, do not fit")
    void capacity() {
        assertThat(sets.addAll(bounded, BOUNDED, items("a", "a", "a", "b"))).as("4 given, 2 new").isFalse();
        assertThat(sets.addAll(bounded, BOUNDED, items("a", "b"))).isTrue();
        assertThat(sets.addAll(bounded, BOUNDED, items("a", "b"))).as("2 + 2 given > 3").isFalse();
        assertThat(sets.add(bounded, BOUNDED, data("c"))).isTrue();
        assertThat(sets.add(bounded, BOUNDED, data("d"))).isFalse();
        assertThat(sets.addAll(bounded, BOUNDED, List.of())).isFalse();
        assertThat(sets.size(bounded, BOUNDED)).isEqualTo(CAPACITY);
        assertThat(sets.remove(bounded, BOUNDED, data("a"))).isTrue();
        assertThat(sets.add(bounded, BOUNDED, data("d"))).isTrue();
        assertThat(fixture.setItems(BOUNDED)).containsExactly("b", "c", "d");
    }

    @Test
    @DisplayName("a name's set is the one of its partition; a partition id out of range is refused")
    void setsLiveInTheirPartition() {
        sets.add(free, FREE, data("a"));

        assertThat(sets.size((free + 1) % CollectionFixture.PARTITIONS, FREE)).isZero();
        assertThatThrownBy(() -> sets.add(CollectionFixture.PARTITIONS, FREE, data("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition id");
    }

    @Test
    @DisplayName("destroying a set drops its items; a list of the same name is another object")
    void destroy() {
        sets.addAll(free, FREE, items("a", "b"));
        fixture.lists.add(free, FREE, data("x"));

        fixture.engine.distributedObjects().destroy(SetService.SERVICE_NAME, FREE);

        assertThat(sets.isEmpty(free, FREE)).isTrue();
        assertThat(fixture.listItems(FREE)).containsExactly("x");
        assertThat(sets.add(free, FREE, data("a"))).isTrue();
    }
}
