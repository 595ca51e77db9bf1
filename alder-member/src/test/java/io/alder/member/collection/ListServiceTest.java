package io.alder.member.collection;

import static io.alder.member.TestItems.data;
import static io.alder.member.TestItems.items;
import static io.alder.member.TestItems.text;
import static io.alder.member.TestItems.texts;
import static io.alder.member.collection.CollectionFixture.CAPACITY;
import static io.alder.member.collection.CollectionFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Lists and their index operations, with the answers and errors a 3.12 member (on JDK 17) gives. */
class ListServiceTest {

    private static final String FREE = "todo";
    private static final String BOUNDED = "bounded-todo";

    private final CollectionFixture fixture = new CollectionFixture();
    private final ListService lists = fixture.lists;
    private final int free = partitionOf(FREE);
    private final int bounded = partitionOf(BOUNDED);

    @Test
    @DisplayName("a list keeps its items in order, equal ones repeated; indexOf and lastIndexOf find them")
    void orderAndRepeats() {
        assertThat(lists.add(free, FREE, data("a"))).isTrue();
        assertThat(lists.addAll(free, FREE, items("b", "a"))).isTrue();
        lists.add(free, FREE, 1, data("c"));
        lists.add(free, FREE, -1, data("end"));

        assertThat(fixture.listItems(FREE)).containsExactly("a", "c", "b", "a", "end");
        assertThat(lists.indexOf(free, FREE, data("a"))).isZero();
        assertThat(lists.lastIndexOf(free, FREE, data("a"))).isEqualTo(3);
        assertThat(lists.indexOf(free, FREE, data("z"))).isEqualTo(-1);
        assertThat(text(lists.get(free, FREE, 2))).isEqualTo("b");
    }

    @Test
    @DisplayName("set returns the old item; remove at an index returns the removed one; addAll at an index inserts")
    void indexChanges() {
        lists.addAll(free, FREE, items("a", "b", "c"));

        assertThat(text(lists.set(free, FREE, 1, data("B")))).isEqualTo("b");
        assertThat(text(lists.remove(free, FREE, 0))).isEqualTo("a");
        assertThat(lists.addAll(free, FREE, 1, items("x", "y"))).isTrue();
        assertThat(lists.addAll(free, FREE, 4, List.of())).as("nothing added").isFalse();

        assertThat(fixture.listItems(FREE)).containsExactly("B", "x", "y", "c");
    }

    @Test
    @DisplayName("sub: a range, -1 to the end, -1 and -1 for all; what listIterator(index) walks")
    void sub() {
        lists.addAll(free, FREE, items("a", "b", "c", "d"));

        assertThat(texts(lists.sub(free, FREE, 1, 3))).containsExactly("b", "c");
        assertThat(texts(lists.sub(free, FREE, 2, -1))).containsExactly("c", "d");
        assertThat(texts(lists.sub(free, FREE, -1, -1))).containsExactly("a", "b", "c", "d");
        assertThat(lists.sub(free, FREE, 4, 4)).isEmpty();
        assertThat(lists.sub(free, "unused", 0, 0)).isEmpty();
    }

    @Test
    @DisplayName("indexes out of range fail with the exception and message of a 3.12 member, changing nothing")
    void indexesOutOfRange() {
        lists.addAll(free, FREE, items("a", "b", "c"));

        assertOutOfBounds(() -> lists.get(free, FREE, 3), "Index 3 out of bounds for length 3");
        assertOutOfBounds(() -> lists.get(free, FREE, -1), "Index -1 out of bounds for length 3");
        assertOutOfBounds(() -> lists.set(free, FREE, 3, data("x")), "Index 3 out of bounds for length 3");
        assertOutOfBounds(() -> lists.remove(free, FREE, 5), "Index 5 out of bounds for length 3");
        assertOutOfBounds(() -> lists.add(free, FREE, 4, data("x")), "Index: 4, Size: 3");
        assertOutOfBounds(() -> lists.addAll(free, FREE, -1, items("x")), "Index: -1, Size: 3");
        assertOutOfBounds(() -> lists.addAll(free, FREE, 9, List.of()), "Index: 9, Size: 3");
        assertOutOfBounds(() -> lists.sub(free, FREE, -1, 2), "fromIndex = -1");
        assertOutOfBounds(() -> lists.sub(free, FREE, 1, 4), "toIndex = 4");
        assertOutOfBounds(() -> lists.sub(free, FREE, -2, -1), "fromIndex = -2");
        assertThatThrownBy(() -> lists.sub(free, FREE, 4, -1)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromIndex(4) > toIndex(3)");
        assertThatThrownBy(() -> lists.sub(free, FREE, 2, 1)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromIndex(2) > toIndex(1)");

        assertThat(fixture.listItems(FREE)).containsExactly("a", "b", "c");
    }

    @Test
    @DisplayName("a list never used reads as empty, and a failed change on it leaves no list behind")
    void unusedList() {
        assertOutOfBounds(() -> lists.get(free, FREE, 0), "Index 0 out of bounds for length 0");
        assertOutOfBounds(() -> lists.remove(free, FREE, 0), "Index 0 out of bounds for length 0");
        assertOutOfBounds(() -> lists.add(free, FREE, 1, data("x")), "Index: 1, Size: 0");

        assertThat(lists.isEmpty(free, FREE)).isTrue();
        assertThat(lists.addAll(free, FREE, List.of())).isFalse();
        assertThat(lists.containsAll(free, FREE, List.of())).isTrue();
    }

    @Test
    @DisplayName("a bounded list refuses add and addAll beyond its capacity, ignores add at an index, allows set")
    void capacity() {
        assertThat(lists.addAll(bounded, BOUNDED, items("a", "b", "c", "d"))).isFalse();
        assertThat(lists.addAll(bounded, BOUNDED, items("a", "b"))).isTrue();
        assertThat(lists.add(bounded, BOUNDED, data("c"))).isTrue();

        assertThat(lists.add(bounded, BOUNDED, data("d"))).isFalse();
        lists.add(bounded, BOUNDED, 0, data("d"));
        lists.add(bounded, BOUNDED, 99, data("d"));
        assertThat(lists.addAll(bounded, BOUNDED, 0, items("d"))).isFalse();
        assertThat(lists.addAll(bounded, BOUNDED, 99, items("d"))).as("refused before the index is checked")
                .isFalse();
        assertThat(text(lists.set(bounded, BOUNDED, 0, data("A")))).isEqualTo("a");
        assertThat(lists.size(bounded, BOUNDED)).isEqualTo(CAPACITY);
        assertThat(fixture.listItems(BOUNDED)).containsExactly("A", "b", "c");
    }

    @Test
    @DisplayName("removeAll and retainAll take out every equal item; remove(item) the first one only")
    void removals() {
        lists.addAll(free, FREE, items("a", "b", "a", "c", "a"));

        assertThat(lists.remove(free, FREE, data("a"))).isTrue();
        assertThat(fixture.listItems(FREE)).containsExactly("b", "a", "c", "a");
        assertThat(lists.removeAll(free, FREE, items("a"))).isTrue();
        assertThat(lists.retainAll(free, FREE, items("b", "c"))).isFalse();
        assertThat(lists.retainAll(free, FREE, List.of())).isTrue();
        assertThat(lists.isEmpty(free, FREE)).isTrue();
    }

    private static void assertOutOfBounds(Runnable call, String message) {
        assertThatThrownBy(call::run).isExactlyInstanceOf(IndexOutOfBoundsException.class).hasMessage(message);
    }
}
