package io.alder.compat;

import static com.hazelcast.core.ItemEventType.ADDED;
import static com.hazelcast.core.ItemEventType.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import com.hazelcast.config.ListConfig;
import io.alder.server.config.ServerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;

/**
 * Lists through either client: index operations, indexes out of range (the reference member's exceptions and
 * messages), ranges and snapshots, bulk operations, Alder's asynchronous view, clients adding at once, lists
 * of a configured capacity; and what {@link CollectionSuite} checks of every collection, with 3.12's item
 * events of lists.
 */
class ListIT extends CollectionSuite<ListView<String>> {

    @Override
    ListView<String> collection(ClientUnderTest client, String name) {
        return client.getList(name);
    }

    @Override
    SeenObject listed(String name) {
        return SeenObject.list(name);
    }

    @Override
    void bound(Config config) {
        config.addListConfig(new ListConfig(BOUNDED).setMaxSize(CAPACITY));
    }

    @Override
    ServerConfig.Builder bound(ServerConfig.Builder config) {
        return config.listMaxSizes(Map.of(BOUNDED, CAPACITY));
    }

    /**
     * As 3.12 reports them: {@code set} as the old item's removal and the new one's addition, {@code remove} at
     * an index as a removal without the item, even when the index is out of range.
     */
    @Override
    void changeAndHear(ListView<String> others, ItemEvents heard) {
        others.add("a");
        heard.next(ADDED, "a");
        others.add(0, "b");
        heard.next(ADDED, "b");
        others.set(0, "B");
        heard.next(REMOVED, "b");
        heard.next(ADDED, "B");
        others.addAll(1, List.of("c", "d"));
        heard.nextInAnyOrder(ADDED, "c", "d");
        others.remove("c");
        heard.next(REMOVED, "c");
        assertThat(others.remove(0)).isEqualTo("B");
        heard.next(REMOVED, null);
        assertThatThrownBy(() -> others.remove(7)).isInstanceOf(IndexOutOfBoundsException.class);
        heard.next(REMOVED, null);
        others.retainAll(List.of("a"));
        heard.next(REMOVED, "d");
        others.clear();
        heard.next(REMOVED, "a");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("items keep their order and repeat; index operations read, replace, insert and remove")
    void indexOperations(Target target) {
        ListView<String> list = collection(target);

        assertThat(list.add("a")).isTrue();
        assertThat(list.add("b")).isTrue();
        list.add(1, "x");
        list.add(-1, "end");
        assertThat(list).containsExactly("a", "x", "b", "end");
        assertThat(list.get(1)).isEqualTo("x");
        assertThat(list.set(1, "a")).isEqualTo("x");
        assertThat(list.indexOf("a")).isZero();
        assertThat(list.lastIndexOf("a")).isEqualTo(1);
        assertThat(list.indexOf("z")).isEqualTo(-1);
        assertThat(list.remove(3)).isEqualTo("end");
        assertThat(list.remove("a")).isTrue();
        assertThat(otherClient(target).<String>getList(list.getName())).containsExactly("a", "b");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("an index out of range fails with the reference member's exception and message, changing nothing")
    void indexesOutOfRange(Target target) {
        ListView<String> list = collection(target);
        list.addAll(List.of("a", "b", "c"));

        outOfBounds(() -> list.get(3), "Index 3 out of bounds for length 3");
        outOfBounds(() -> list.get(-1), "Index -1 out of bounds for length 3");
        outOfBounds(() -> list.set(3, "x"), "Index 3 out of bounds for length 3");
        outOfBounds(() -> list.remove(5), "Index 5 out of bounds for length 3");
        outOfBounds(() -> list.add(4, "x"), "Index: 4, Size: 3");
        outOfBounds(() -> list.addAll(-1, List.of("x")), "Index: -1, Size: 3");
        outOfBounds(() -> list.addAll(9, List.of()), "Index: 9, Size: 3");
        outOfBounds(() -> list.subList(-1, 2), "fromIndex = -1");
        outOfBounds(() -> list.subList(1, 4), "toIndex = 4");
        outOfBounds(() -> list.listIterator(-2), "fromIndex = -2");
        assertThatThrownBy(() -> list.subList(2, 1)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromIndex(2) > toIndex(1)");
        assertThatThrownBy(() -> list.listIterator(4)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromIndex(4) > toIndex(3)");
        outOfBounds(() -> client(target).getList(uniqueName()).get(0), "Index 0 out of bounds for length 0");

        assertThat(list).containsExactly("a", "b", "c");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("subList, iterator and listIterator are snapshots; listIterator(index) counts from index, as 3.12's")
    void rangesAndSnapshots(Target target) {
        ListView<String> list = collection(target);
        list.addAll(List.of("a", "b", "c", "d"));

        List<String> range = list.subList(1, 3);
        Iterator<String> all = list.iterator();
        ListIterator<String> fromC = list.listIterator(2);
        list.clear();

        assertThat(range).containsExactly("b", "c");
        assertThatThrownBy(() -> range.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(all.next()).isEqualTo("a");
        assertThatThrownBy(all::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(fromC.nextIndex()).isZero();
        assertThat(fromC.hasPrevious()).isFalse();
        assertThat(fromC.next()).isEqualTo("c");
        assertThat(fromC.next()).isEqualTo("d");
        assertThat(fromC.hasNext()).isFalse();
        assertThat(list.listIterator().hasNext()).isFalse();
        assertThat(list.subList(0, 0)).isEmpty();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("bulk operations: removeAll and retainAll take out every equal item; addAll of nothing is false")
    void bulkOperations(Target target) {
        ListView<String> list = collection(target);

        assertThat(list.addAll(List.of("a", "b", "a"))).isTrue();
        assertThat(list.addAll(1, List.of("c", "a"))).isTrue();
        assertThat(list.addAll(List.of())).isFalse();
        assertThat(list.addAll(0, List.of())).isFalse();
        assertThat(list).containsExactly("a", "c", "a", "b", "a");
        assertThat(list.containsAll(List.of("c", "b"))).isTrue();
        assertThat(list.containsAll(List.of("a", "z"))).isFalse();
        assertThat(list.removeAll(List.of("a", "z"))).isTrue();
        assertThat(list.toArray(new String[0])).containsExactly("c", "b");
        assertThat(list.retainAll(List.of("b", "c"))).isFalse();
        assertThat(list.retainAll(List.of())).isTrue();
        assertThat(list.isEmpty()).isTrue();
        list.addAll(List.of("x", "y"));
        list.clear();
        assertThat(list.size()).isZero();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("null items are refused by the client with a NullPointerException")
    void nullItems(Target target) {
        ListView<String> list = collection(target);
        list.add("a");

        assertThatThrownBy(() -> list.add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.add(0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.set(0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.indexOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.removeAll(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
        assertThat(list).containsExactly("a");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a bounded list refuses add and addAll when full, ignores add at an index, and still allows set")
    void boundedList(Target target) {
        ListView<String> list = boundedCollection(target);

        assertThat(list.addAll(List.of("a", "b", "c", "d"))).isFalse();
        assertThat(list.addAll(List.of("a", "b"))).isTrue();
        assertThat(list.add("c")).isTrue();
        assertThat(list.add("d")).isFalse();
        list.add(0, "d");
        list.add(99, "d");
        assertThat(list.addAll(0, List.of("d"))).isFalse();
        assertThat(list.set(0, "A")).isEqualTo("a");
        assertThat(list.size()).isEqualTo(CAPACITY);
        assertThat(list).containsExactly("A", "b", "c");
        assertThat(list.remove(0)).isEqualTo("A");
        list.add(0, "a");
        assertThat(list).containsExactly("a", "b", "c");
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous view completes every call with what the blocking one answers")
    void asynchronousView(Target target) {
        ListView<String> list = collection(target);

        assertThat(list.addAsync("a")).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(list.addAsync(0, "b")).succeedsWithin(PATIENCE);
        assertThat(list.addAllAsync(2, List.of("c", "a"))).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(list.getAsync(1)).succeedsWithin(PATIENCE).isEqualTo("a");
        assertThat(list.setAsync(1, "x")).succeedsWithin(PATIENCE).isEqualTo("a");
        assertThat(list.indexOfAsync("a")).succeedsWithin(PATIENCE).isEqualTo(3);
        assertThat(list.removeAsync(0)).succeedsWithin(PATIENCE).isEqualTo("b");
        assertThat(list.subListAsync(0, 2)).succeedsWithin(PATIENCE).isEqualTo(List.of("x", "c"));
        assertThat(list.toListAsync()).succeedsWithin(PATIENCE).isEqualTo(List.of("x", "c", "a"));
        assertThat(list.getAsync(3)).failsWithin(PATIENCE).withThrowableThat().havingRootCause()
                .isExactlyInstanceOf(IndexOutOfBoundsException.class).withMessage("Index 3 out of bounds for length 3");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("4 clients adding 100 items each at once: every item is in the list once, each client's in order")
    void clientsAddingAtOnce(Target target) throws Exception {
        int items = 100;
        String name = uniqueName();

        withClientsAtOnce(target, name, 4, (list, adder) -> () -> {
            for (int i = 0; i < items; i++) {
                assertThat(list.add(adder + "-" + i)).isTrue();
            }
            return null;
        });

        List<String> added = new ArrayList<>(client(target).<String>getList(name));
        assertThat(added).hasSize(4 * items).doesNotHaveDuplicates();
        Map<String, Integer> next = new HashMap<>();
        for (String item : added) {
            String[] adderAndIndex = item.split("-");
            int expected = next.getOrDefault(adderAndIndex[0], 0);
            assertThat(Integer.parseInt(adderAndIndex[1])).as(item).isEqualTo(expected);
            next.put(adderAndIndex[0], expected + 1);
        }
    }

    private static void outOfBounds(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isExactlyInstanceOf(IndexOutOfBoundsException.class).hasMessage(message);
    }
}
