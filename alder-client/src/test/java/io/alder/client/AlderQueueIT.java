package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/** Every queue operation through the client, blocking and asynchronous, with the results a 3.12 member gives. */
class AlderQueueIT extends ClientSuite {

    private static final Duration QUIET = Duration.ofMillis(500);

    private final OtherThread otherThread = new OtherThread();

    @AfterAll
    void stopThread() {
        otherThread.close();
    }

    private AlderQueue<String> queue(Target target) {
        return client(target).getQueue(uniqueName());
    }

    @OnEveryServerAndRouting
    @DisplayName("items leave in the order they came; poll and peek of an empty queue answer null")
    void firstInFirstOut(Target target) {
        AlderQueue<String> queue = queue(target);

        assertThat(queue.offer("a")).isTrue();
        assertThat(queue.add("b")).isTrue();
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.peek()).isEqualTo("a");
        assertThat(queue.element()).isEqualTo("a");
        assertThat(queue.poll()).isEqualTo("a");
        assertThat(queue.remove()).isEqualTo("b");
        assertThat(queue.poll()).isNull();
        assertThat(queue.peek()).isNull();
        assertThat(queue.isEmpty()).isTrue();
        assertThatThrownBy(queue::remove).isInstanceOf(NoSuchElementException.class).hasMessage("Queue is empty!");
        assertThatThrownBy(queue::element).isInstanceOf(NoSuchElementException.class);
    }

    @OnEveryServerAndRouting
    @DisplayName("an unbounded queue reports Integer.MAX_VALUE less its size as remaining capacity")
    void unboundedCapacity(Target target) {
        AlderQueue<String> queue = queue(target);
        queue.offer("a");

        assertThat(queue.remainingCapacity()).isEqualTo(Integer.MAX_VALUE - 1);
    }

    @OnEveryServerAndRouting
    @DisplayName("bulk operations, removal of one item, containment, snapshots, drains and clear")
    void bulkOperations(Target target) {
        AlderQueue<String> queue = queue(target);

        assertThat(queue.addAll(List.of("a", "b", "a", "c"))).isTrue();
        assertThat(queue.addAll(List.of())).isTrue();
        assertThat(queue.contains("b")).isTrue();
        assertThat(queue.containsAll(List.of("a", "c"))).isTrue();
        assertThat(queue.containsAll(List.of("a", "z"))).isFalse();
        assertThat(queue.remove("a")).isTrue();
        assertThat(queue.toArray()).containsExactly("b", "a", "c");
        assertThat(queue.toArray(new String[0])).containsExactly("b", "a", "c");
        assertThat(queue.retainAll(List.of("a", "b", "c"))).isFalse();
        assertThat(queue.removeAll(List.of("a"))).isTrue();
        assertThat(queue.removeAll(List.of("a"))).isFalse();
        List<String> walked = new ArrayList<>();
        queue.iterator().forEachRemaining(walked::add);
        assertThat(walked).containsExactly("b", "c");
        queue.addAll(List.of("d", "e"));
        List<String> drained = new ArrayList<>();
        assertThat(queue.drainTo(drained, 2)).isEqualTo(2);
        assertThat(queue.drainTo(drained)).isEqualTo(2);
        assertThat(drained).containsExactly("b", "c", "d", "e");
        queue.addAll(List.of("f", "g"));
        queue.clear();
        assertThat(queue.isEmpty()).isTrue();
    }

    @OnEveryServerAndRouting
    @DisplayName("take waits, without a deadline, until another client offers")
    void takeWaitsForAnotherClient(Target target) throws Exception {
        AlderQueue<String> queue = queue(target);
        CompletableFuture<String> taken = otherThread.start(queue::take);

        eventually().during(QUIET).until(() -> !taken.isDone());
        otherClient(target.server()).<String>getQueue(queue.getName()).put("a");

        assertThat(taken.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(queue.isEmpty()).isTrue();
    }

    @OnEveryServerAndRouting
    @DisplayName("poll with a timeout answers null once the timeout passed")
    void pollTimesOut(Target target) throws Exception {
        AlderQueue<String> queue = queue(target);

        long start = System.nanoTime();
        assertThat(queue.poll(300, TimeUnit.MILLISECONDS)).isNull();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(290);
    }

    @OnEveryServerAndRouting
    @DisplayName("the asynchronous view: a take completes when an offer arrives, offers and polls complete at once")
    void asynchronousView(Target target) throws Exception {
        AsyncAlderQueue<String> queue = queue(target).async();
        CompletableFuture<String> taken = queue.take();

        assertThat(queue.offer("a").get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(taken.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("a");
        queue.put("b").get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(queue.toList().get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).containsExactly("b");
        assertThat(queue.poll(1, TimeUnit.SECONDS).get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("b");
        assertThat(queue.drain().get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEmpty();
    }

    @OnEveryServerAndRouting
    @DisplayName("listeners hear every item added and removed, by any client, with the item when asked for")
    void itemListeners(Target target) {
        AlderQueue<String> queue = queue(target);
        List<ItemEvent<String>> withItems = new CopyOnWriteArrayList<>();
        List<ItemEvent<String>> withoutItems = new CopyOnWriteArrayList<>();
        queue.addItemListener(recorder(withItems), true);
        String registration = queue.addItemListener(recorder(withoutItems), false);
        AlderQueue<String> others = otherClient(target.server()).getQueue(queue.getName());

        others.offer("a");
        others.addAll(List.of("b", "c"));
        queue.poll();
        others.clear();

        String name = queue.getName();
        String member = client(target).cluster().getMembers().get(0).uuid();
        eventually().untilAsserted(() -> assertThat(withItems).containsExactly(
                new ItemEvent<>(name, ItemEventType.ADDED, "a", member),
                new ItemEvent<>(name, ItemEventType.ADDED, "b", member),
                new ItemEvent<>(name, ItemEventType.ADDED, "c", member),
                new ItemEvent<>(name, ItemEventType.REMOVED, "a", member),
                new ItemEvent<>(name, ItemEventType.REMOVED, "b", member),
                new ItemEvent<>(name, ItemEventType.REMOVED, "c", member)));
        assertThat(withoutItems).hasSize(6).allSatisfy(event -> assertThat(event.item()).isNull());

        assertThat(queue.removeItemListener(registration)).isTrue();
        others.offer("d");
        eventually().until(() -> withItems.size() == 7);
        eventually().during(QUIET).until(() -> withoutItems.size() == 6);
    }

    @OnEveryServerAndRouting
    @DisplayName("destroying a queue fails a take waiting in it as destroyed, and the name starts empty again")
    void destroyFailsWaitingTake(Target target) {
        AlderQueue<String> queue = queue(target);
        queue.offer("a");
        AlderQueue<String> waiting = otherClient(target.server()).getQueue(uniqueName());
        CompletableFuture<String> taken = otherThread.start(waiting::take);
        eventually().during(QUIET).until(() -> !taken.isDone());

        waiting.destroy();
        queue.destroy();

        assertThat(taken).failsWithin(PATIENCE).withThrowableOfType(ExecutionException.class).havingCause()
                .isInstanceOfSatisfying(MemberErrorException.class, error -> assertThat(error.remoteClassName())
                        .isEqualTo("com.hazelcast.spi.exception.DistributedObjectDestroyedException"));
        assertThat(client(target).<String>getQueue(queue.getName()).isEmpty()).isTrue();
    }

    private static ItemListener<String> recorder(List<ItemEvent<String>> events) {
        return new ItemListener<>() {
            @Override
            public void itemAdded(ItemEvent<String> event) {
                events.add(event);
            }

            @Override
            public void itemRemoved(ItemEvent<String> event) {
                events.add(event);
            }
        };
    }
}
