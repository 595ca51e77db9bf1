package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IQueue;
import com.hazelcast.core.ItemEvent;
import com.hazelcast.core.ItemEventType;
import com.hazelcast.core.ItemListener;
import com.hazelcast.spi.exception.DistributedObjectDestroyedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * IQueue with the official client, on unbounded queues: every operation, takes and polls that wait on the
 * member for another client's offer, item listeners, destruction, and a consumer that dies in {@code take()}.
 */
class QueueIT extends CompatSuite {

    private static final Duration QUIET = Duration.ofMillis(500);

    /** Threads other than the test thread, for calls that block. */
    private final ExecutorService otherThreads = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        otherThreads.shutdownNow();
    }

    private IQueue<String> queue(Target target) {
        return client(target).getQueue(uniqueName());
    }

    @OnEveryServerAndRouting
    @DisplayName("items leave in the order they came; an empty queue polls and peeks null")
    void firstInFirstOut(Target target) {
        IQueue<String> queue = queue(target);

        assertThat(queue.offer("a")).isTrue();
        assertThat(queue.add("b")).isTrue();
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.peek()).isEqualTo("a");
        assertThat(queue.poll()).isEqualTo("a");
        assertThat(queue.remove()).isEqualTo("b");
        assertThat(queue.poll()).isNull();
        assertThat(queue.peek()).isNull();
        assertThat(queue.isEmpty()).isTrue();
        assertThatThrownBy(queue::element).isInstanceOf(NoSuchElementException.class);
    }

    @OnEveryServerAndRouting
    @DisplayName("a queue without configuration is unbounded: Integer.MAX_VALUE less its size remains")
    void unboundedByDefault(Target target) throws InterruptedException {
        IQueue<String> queue = queue(target);

        assertThat(queue.remainingCapacity()).isEqualTo(Integer.MAX_VALUE);
        assertThat(queue.offer("a", 1, TimeUnit.SECONDS)).isTrue();
        assertThat(queue.remainingCapacity()).isEqualTo(Integer.MAX_VALUE - 1);
    }

    @OnEveryServerAndRouting
    @DisplayName("bulk operations answer whether the queue changed; snapshots and drains go head first")
    void bulkOperations(Target target) {
        IQueue<String> queue = queue(target);

        assertThat(queue.addAll(List.of("a", "b", "a", "c"))).isTrue();
        assertThat(queue.addAll(List.of())).isTrue();
        assertThat(queue.contains("b")).isTrue();
        assertThat(queue.contains("z")).isFalse();
        assertThat(queue.containsAll(List.of("c", "a"))).isTrue();
        assertThat(queue.containsAll(List.of())).isTrue();
        assertThat(queue.containsAll(List.of("a", "z"))).isFalse();
        assertThat(queue.remove("a")).isTrue();
        assertThat(queue.remove("z")).isFalse();
        assertThat(queue.toArray()).containsExactly("b", "a", "c");
        assertThat(queue.retainAll(List.of("a", "b", "c"))).isFalse();
        assertThat(queue.removeAll(List.of())).isFalse();
        assertThat(queue.removeAll(List.of("a", "z"))).isTrue();
        assertThat(queue.toArray(new String[0])).containsExactly("b", "c");
        queue.addAll(List.of("d", "e"));
        assertThat(queue.retainAll(List.of("c", "d", "e"))).isTrue();
        List<String> drained = new ArrayList<>();
        assertThat(queue.drainTo(drained, 0)).isZero();
        assertThat(queue.drainTo(drained, 2)).isEqualTo(2);
        assertThat(queue.drainTo(drained)).isEqualTo(1);
        assertThat(drained).containsExactly("c", "d", "e");
        queue.addAll(List.of("f", "g"));
        queue.clear();
        assertThat(queue.size()).isZero();
    }

    @OnEveryServerAndRouting
    @DisplayName("the iterator walks a snapshot: later changes do not show, and it cannot remove")
    void iteratorIsASnapshot(Target target) {
        IQueue<String> queue = queue(target);
        queue.addAll(List.of("a", "b"));

        Iterator<String> items = queue.iterator();
        queue.clear();

        assertThat(items.next()).isEqualTo("a");
        assertThatThrownBy(items::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(items.next()).isEqualTo("b");
    }

    @OnEveryServerAndRouting
    @DisplayName("take waits on the member until another client offers")
    void takeWaitsForAnOffer(Target target) throws Exception {
        IQueue<String> queue = queue(target);
        CompletableFuture<String> taken = inOtherThread(queue::take);

        eventually().during(QUIET).until(() -> !taken.isDone());
        otherClient(target.server()).getQueue(queue.getName()).put("a");

        assertThat(taken.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(queue.isEmpty()).as("the item went to the waiting take only").isTrue();
    }

    @OnEveryServer
    @DisplayName("takes of several clients are served in the order they came, one item each")
    void waitingTakesAreServedInOrder(ServerKind kind) throws Exception {
        String name = uniqueName();
        HazelcastInstance first = clients(kind).start(Routing.SMART);
        HazelcastInstance second = clients(kind).start(Routing.SMART);
        CompletableFuture<String> firstTake = inOtherThread(() -> first.<String>getQueue(name).take());
        eventually().during(QUIET).until(() -> !firstTake.isDone());
        CompletableFuture<String> secondTake = inOtherThread(() -> second.<String>getQueue(name).take());
        eventually().during(QUIET).until(() -> !secondTake.isDone());

        IQueue<String> queue = client(kind).getQueue(name);
        queue.offer("1");
        assertThat(firstTake.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("1");
        queue.offer("2");

        assertThat(secondTake.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("2");
    }

    @OnEveryServerAndRouting
    @DisplayName("poll with a timeout answers null once the timeout passed, and the item when one comes")
    void pollWithTimeout(Target target) throws Exception {
        IQueue<String> queue = queue(target);

        long start = System.nanoTime();
        assertThat(queue.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(290);

        CompletableFuture<String> polled = inOtherThread(() -> queue.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        eventually().during(QUIET).until(() -> !polled.isDone());
        otherClient(target.server()).getQueue(queue.getName()).offer("a");
        assertThat(polled.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("a");
    }

    @OnEveryServerAndRouting
    @DisplayName("item listeners hear every item added and removed, by any client, with the item when asked for")
    void itemListeners(Target target) {
        IQueue<String> queue = queue(target);
        List<String> withItems = new CopyOnWriteArrayList<>();
        List<String> withoutItems = new CopyOnWriteArrayList<>();
        queue.addItemListener(recorder(withItems), true);
        String registration = queue.addItemListener(recorder(withoutItems), false);
        IQueue<String> others = otherClient(target.server()).getQueue(queue.getName());

        others.offer("a");
        others.addAll(List.of("b", "c"));
        queue.poll();
        others.remove("b");
        queue.drainTo(new ArrayList<>());

        String member = client(target).getCluster().getMembers().iterator().next().getUuid();
        eventually().untilAsserted(() -> assertThat(withItems).containsExactly("ADDED a " + member,
                "ADDED b " + member, "ADDED c " + member, "REMOVED a " + member, "REMOVED b " + member,
                "REMOVED c " + member));
        assertThat(withoutItems).containsExactly("ADDED null " + member, "ADDED null " + member,
                "ADDED null " + member, "REMOVED null " + member, "REMOVED null " + member, "REMOVED null " + member);

        assertThat(queue.removeItemListener(registration)).isTrue();
        others.offer("d");
        eventually().until(() -> withItems.size() == 7);
        eventually().during(QUIET).until(() -> withoutItems.size() == 6);
    }

    @OnEveryServerAndRouting
    @DisplayName("destroying a queue fails a take waiting in it; a destroyed queue's name starts empty again")
    void destroy(Target target) {
        IQueue<String> queue = queue(target);
        queue.offer("a");
        IQueue<String> waiting = otherClient(target.server()).getQueue(uniqueName());
        CompletableFuture<String> taken = inOtherThread(waiting::take);
        eventually().during(QUIET).until(() -> !taken.isDone());

        waiting.destroy();
        queue.destroy();

        assertThat(taken).failsWithin(PATIENCE).withThrowableOfType(ExecutionException.class).havingCause()
                .isInstanceOf(DistributedObjectDestroyedException.class);
        assertThat(client(target).getQueue(queue.getName()).isEmpty()).isTrue();
    }

    @OnEveryServer
    @DisplayName("a consumer killed while blocked in take(): its take is dropped, a later item reaches a live consumer")
    @SuppressWarnings("deprecation") // ILock is deprecated in 3.12 but still offered and used
    void takeOfAKilledClientIsDropped(ServerKind kind) throws Exception {
        String name = uniqueName();
        String lock = name + "-lock";
        IQueue<String> queue = client(kind).getQueue(name);
        try (ChildJvm taker = ChildJvm.start(QueueTakerProcess.class, server(kind).addressString(), name, lock)) {
            // The child takes one item, to show that it works, and then blocks in its next take.
            eventually().until(() -> taker.output().contains(QueueTakerProcess.TAKING));
            queue.offer("probe");
            eventually().until(() -> taker.output().size() == 3);
            assertThat(taker.output()).containsExactly(QueueTakerProcess.TAKING, QueueTakerProcess.TOOK + "probe",
                    QueueTakerProcess.TAKING);
            eventually().during(Duration.ofSeconds(1)).until(() -> taker.isAlive() && taker.output().size() == 3);
            // A live consumer waits behind the child's take.
            CompletableFuture<String> live = inOtherThread(() -> otherClient(kind).<String>getQueue(name).take());
            eventually().during(QUIET).until(() -> !live.isDone());

            taker.kill();
            // The member frees the dead client's lock after its cleanup delay, having dropped its take first.
            eventually().until(() -> !client(kind).getLock(lock).isLocked());
            queue.offer("after the kill");

            assertThat(live.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("after the kill");
        }
    }

    private <T> CompletableFuture<T> inOtherThread(Callable<T> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, otherThreads);
    }

    /** Records each event as "TYPE item member-uuid". */
    private static ItemListener<String> recorder(List<String> events) {
        return new ItemListener<>() {
            @Override
            public void itemAdded(ItemEvent<String> event) {
                record(event);
            }

            @Override
            public void itemRemoved(ItemEvent<String> event) {
                record(event);
            }

            private void record(ItemEvent<String> event) {
                String type = event.getEventType() == ItemEventType.ADDED ? "ADDED" : "REMOVED";
                events.add(type + " " + event.getItem() + " " + event.getMember().getUuid());
            }
        };
    }
}
