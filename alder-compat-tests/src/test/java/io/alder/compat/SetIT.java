package io.alder.compat;

import static com.hazelcast.core.ItemEventType.ADDED;
import static com.hazelcast.core.ItemEventType.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import com.hazelcast.config.SetConfig;
import io.alder.server.config.ServerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;

/**
 * Sets through either client: adding and removing, equality by serialized form, bulk operations, snapshots,
 * Alder's asynchronous view, clients adding at once, sets of a configured capacity; and what
 * {@link CollectionSuite} checks of every collection, with 3.12's item events of sets.
 */
class SetIT extends CollectionSuite<SetView<String>> {

    @Override
    SetView<String> collection(ClientUnderTest client, String name) {
        return client.getSet(name);
    }

    @Override
    SeenObject listed(String name) {
        return SeenObject.set(name);
    }

    @Override
    void bound(Config config) {
        config.addSetConfig(new SetConfig(BOUNDED).setMaxSize(CAPACITY));
    }

    @Override
    ServerConfig.Builder bound(ServerConfig.Builder config) {
        return config.setMaxSizes(Map.of(BOUNDED, CAPACITY));
    }

    /**
     * As 3.12 reports them: an item given twice to addAll is heard twice; the items of one addAll or clear come
     * in no fixed order.
     */
    @Override
    void changeAndHear(SetView<String> others, ItemEvents heard) {
        others.add("a");
        others.add("a");
        heard.next(ADDED, "a");
        others.addAll(List.of("b", "c", "c", "a"));
        heard.nextInAnyOrder(ADDED, "b", "c", "c");
        others.remove("b");
        heard.next(REMOVED, "b");
        others.clear();
        heard.nextInAnyOrder(REMOVED, "a", "c");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a set holds each item once: adding it again answers false")
    void eachItemOnce(Target target) {
        SetView<String> set = collection(target);

        assertThat(set.add("a")).isTrue();
        assertThat(set.add("a")).isFalse();
        assertThat(set.add("b")).isTrue();
        assertThat(set.contains("a")).isTrue();
        assertThat(set.contains("z")).isFalse();
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.remove("a")).isTrue();
        assertThat(set.remove("a")).isFalse();
        assertThat(set.isEmpty()).isFalse();
        assertThat(otherClient(target).<String>getSet(set.getName()).contains("b")).isTrue();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("items are equal when their serialized forms are: an int 1 and a long 1 are two items")
    void equalityBySerializedForm(Target target) {
        SetView<Object> set = client(target).getSet(uniqueName());

        assertThat(set.add(1)).isTrue();
        assertThat(set.add(1L)).isTrue();
        assertThat(set.add(1)).isFalse();

        assertThat(set).hasSize(2).containsExactlyInAnyOrder(1, 1L);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("bulk operations answer whether the set changed; addAll of nothing is false, as in 3.12")
    void bulkOperations(Target target) {
        SetView<String> set = collection(target);

        assertThat(set.addAll(List.of("a", "b", "c"))).isTrue();
        assertThat(set.addAll(List.of("a", "b"))).isFalse();
        assertThat(set.addAll(List.of())).isFalse();
        assertThat(set.containsAll(List.of("c", "a"))).isTrue();
        assertThat(set.containsAll(List.of())).isTrue();
        assertThat(set.containsAll(List.of("a", "z"))).isFalse();
        assertThat(set.removeAll(List.of("a", "z"))).isTrue();
        assertThat(set.removeAll(List.of("a"))).isFalse();
        assertThat(set.retainAll(List.of("b", "c"))).isFalse();
        assertThat(set.retainAll(List.of("c"))).isTrue();
        assertThat(set.toArray()).containsExactly("c");
        assertThat(set.toArray(new String[0])).containsExactly("c");
        set.addAll(List.of("d", "e"));
        set.clear();
        assertThat(set.isEmpty()).isTrue();
        assertThat(set.retainAll(List.of())).as("nothing to remove").isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("the iterator walks a snapshot: later changes do not show, and it cannot remove")
    void iteratorIsASnapshot(Target target) {
        SetView<String> set = collection(target);
        set.addAll(List.of("a", "b"));

        Iterator<String> items = set.iterator();
        set.clear();

        List<String> walked = new ArrayList<>();
        walked.add(items.next());
        assertThatThrownBy(items::remove).isInstanceOf(UnsupportedOperationException.class);
        items.forEachRemaining(walked::add);
        assertThat(walked).containsExactlyInAnyOrder("a", "b");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("null items are refused by the client with a NullPointerException")
    void nullItems(Target target) {
        SetView<String> set = collection(target);

        assertThatThrownBy(() -> set.add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> set.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> set.addAll(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
        assertThat(set.isEmpty()).isTrue();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a bounded set refuses add when full, and addAll unless all items given fit, counted as given")
    void boundedSet(Target target) {
        SetView<String> set = boundedCollection(target);

        assertThat(set.addAll(List.of("a", "a", "a", "b"))).as("4 given for 3 places").isFalse();
        assertThat(set.isEmpty()).isTrue();
        assertThat(set.addAll(List.of("a", "b"))).isTrue();
        assertThat(set.addAll(List.of("a", "c"))).as("2 + 2 given for 3 places").isFalse();
        assertThat(set.add("c")).isTrue();
        assertThat(set.add("d")).isFalse();
        assertThat(set.addAll(List.of("d"))).isFalse();
        assertThat(set.size()).isEqualTo(CAPACITY);
        assertThat(set.remove("a")).isTrue();
        assertThat(set.add("d")).isTrue();
        assertThat(set).containsExactlyInAnyOrder("b", "c", "d");
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous view completes every call with what the blocking one answers")
    void asynchronousView(Target target) {
        SetView<String> set = collection(target);

        assertThat(set.addAsync("a")).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(set.addAsync("a")).succeedsWithin(PATIENCE).isEqualTo(false);
        assertThat(set.addAllAsync(List.of("b", "c"))).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(set.containsAsync("b")).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(set.removeAsync("b")).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(set.sizeAsync()).succeedsWithin(PATIENCE).isEqualTo(2);
        assertThat(set.toListAsync()).succeedsWithin(PATIENCE).asList().containsExactlyInAnyOrder("a", "c");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("4 clients adding the same 200 items at once: each item is added by exactly one of them")
    void clientsAddingAtOnce(Target target) throws Exception {
        int items = 200;
        String name = uniqueName();
        AtomicInteger added = new AtomicInteger();

        withClientsAtOnce(target, name, 4, (set, adder) -> () -> {
            for (int i = 0; i < items; i++) {
                if (set.add("item-" + (i + adder * 37) % items)) {
                    added.incrementAndGet();
                }
            }
            return null;
        });

        assertThat(added.get()).isEqualTo(items);
        assertThat(client(target).getSet(name)).hasSize(items);
    }
}
