package io.alder.compat;

import static com.hazelcast.core.ItemEventType.ADDED;
import static com.hazelcast.core.ItemEventType.REMOVED;
import static io.alder.compat.QueueTakerProcess.TAKING;
import static io.alder.compat.QueueTakerProcess.TOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.QueueConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Queues through either client: every operation, takes and polls that wait on the member for another
 * client's offer, item listeners, destruction, Alder's asynchronous view, and a consumer that dies in
 * {@code take()}; and queues of a configured capacity (the names {@value #BOUNDED}): refused and waiting
 * offers, 3.12's {@code addAll} rule, and many producers and consumers on one small queue.
 */
class QueueIT extends CompatSuite {

    private static final String BOUNDED_PREFIX = "bounded-";
    /** The names of the queues that hold at most {@link #CAPACITY} items; the others are unbounded. */
    private static final String BOUNDED = BOUNDED_PREFIX + "*";
    private static final int CAPACITY = 10;
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final String EMPTY = "Queue is empty!";
    private static final String DESTROYED = "com.hazelcast.spi.exception.DistributedObjectDestroyedException";

    /** Threads other than the test thread, for calls that block. */
    private final ExecutorService otherThreads = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        otherThreads.shutdownNow();
    }

    /** Members whose queues named {@value #BOUNDED} are bounded, configured the way each kind is. */
    @Override
    protected ServerUnderTest startServer(ServerKind kind) {
        return switch (kind) {
            case REFERENCE -> ReferenceMember.start(
                    config -> config.addQueueConfig(new QueueConfig(BOUNDED).setMaxSize(CAPACITY)));
            case ALDER -> AlderMember.start(config -> config.queueMaxSizes(Map.of(BOUNDED, CAPACITY)));
        };
    }

    private QueueView<String> queue(Target target) {
        return client(target).getQueue(uniqueName());
    }

    /** A queue no other test uses, bounded to {@link #CAPACITY} items. */
    private QueueView<String> boundedQueue(Target target) {
        return client(target).getQueue(BOUNDED_PREFIX + uniqueName());
    }

    private static void fill(QueueView<String> queue) {
        for (int i = 0; i < CAPACITY; i++) {
            assertThat(queue.offer("item-" + i)).isTrue();
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("items leave in the order they came; an empty queue polls and peeks null, and has no element")
    void firstInFirstOut(Target target) {
        QueueView<String> queue = queue(target);

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
        assertThatThrownBy(queue::remove).isInstanceOf(NoSuchElementException.class).hasMessage(EMPTY);
        assertThatThrownBy(queue::element).isInstanceOf(NoSuchElementException.class).hasMessage(EMPTY);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a queue without configuration is unbounded: Integer.MAX_VALUE less its size remains")
    void unboundedByDefault(Target target) throws InterruptedException {
        QueueView<String> queue = queue(target);

        assertThat(queue.remainingCapacity()).isEqualTo(Integer.MAX_VALUE);
        assertThat(queue.offer("a", 1, TimeUnit.SECONDS)).isTrue();
        assertThat(queue.remainingCapacity()).isEqualTo(Integer.MAX_VALUE - 1);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("bulk operations answer whether the queue changed; snapshots and drains go head first")
    void bulkOperations(Target target) {
        QueueView<String> queue = queue(target);

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
        assertThat(queue.toArray(new String[0])).containsExactly("b", "a", "c");
        assertThat(queue.retainAll(List.of("a", "b", "c"))).isFalse();
        assertThat(queue.removeAll(List.of())).isFalse();
        assertThat(queue.removeAll(List.of("a", "z"))).isTrue();
        assertThat(queue.removeAll(List.of("a"))).isFalse();
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
        assertThat(queue.isEmpty()).isTrue();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("the iterator walks a snapshot: later changes do not show, and it cannot remove")
    void iteratorIsASnapshot(Target target) {
        QueueView<String> queue = queue(target);
        queue.addAll(List.of("a", "b"));

        Iterator<String> items = queue.iterator();
        queue.clear();

        assertThat(items.next()).isEqualTo("a");
        assertThatThrownBy(items::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(items.next()).isEqualTo("b");
        assertThat(items.hasNext()).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("take waits on the member until another client offers")
    void takeWaitsForAnOffer(Target target) throws Exception {
        QueueView<String> queue = queue(target);
        CompletableFuture<String> taken = inOtherThread(queue::take);

        eventually().during(QUIET).until(() -> !taken.isDone());
        otherClient(target).<String>getQueue(queue.getName()).put("a");

        assertThat(taken.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(queue.isEmpty()).as("the item went to the waiting take only").isTrue();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("takes of several clients are served in the order they came, one item each")
    void waitingTakesAreServedInOrder(Target target) throws Exception {
        String name = uniqueName();
        QueueView<String> first = newClient(target).getQueue(name);
        QueueView<String> second = newClient(target).getQueue(name);
        CompletableFuture<String> firstTake = inOtherThread(first::take);
        eventually().during(QUIET).until(() -> !firstTake.isDone());
        CompletableFuture<String> secondTake = inOtherThread(second::take);
        eventually().during(QUIET).until(() -> !secondTake.isDone());

        QueueView<String> queue = client(target).getQueue(name);
        queue.offer("1");
        assertThat(firstTake.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("1");
        queue.offer("2");

        assertThat(secondTake.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("2");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("poll with a timeout answers null once the timeout passed, and the item when one comes")
    void pollWithTimeout(Target target) throws Exception {
        QueueView<String> queue = queue(target);

        long start = System.nanoTime();
        assertThat(queue.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(290);

        CompletableFuture<String> polled = inOtherThread(() -> queue.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        eventually().during(QUIET).until(() -> !polled.isDone());
        otherClient(target).<String>getQueue(queue.getName()).offer("a");
        assertThat(polled.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("a");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("item listeners hear every item added and removed, by any client, with the item when asked for")
    void itemListeners(Target target) {
        QueueView<String> queue = queue(target);
        RecordingItemListener withItems = new RecordingItemListener();
        RecordingItemListener withoutItems = new RecordingItemListener();
        queue.addItemListener(withItems, true);
        String registration = queue.addItemListener(withoutItems, false);
        QueueView<String> others = otherClient(target).getQueue(queue.getName());

        others.offer("a");
        others.addAll(List.of("b", "c", "d", "e"));
        assertThat(queue.poll()).isEqualTo("a");
        others.remove("c");
        queue.drainTo(new ArrayList<>(), 1);
        others.clear();

        String name = queue.getName();
        String member = client(target).memberUuid(server(target.server()).addressString());
        List<SeenItemEvent> expected = new ArrayList<>();
        List.of("a", "b", "c", "d", "e").forEach(item -> expected.add(new SeenItemEvent(name, ADDED, item, member)));
        List.of("a", "c", "b", "d", "e").forEach(item -> expected.add(new SeenItemEvent(name, REMOVED, item, member)));
        List<SeenItemEvent> expectedWithoutItems = expected.stream()
                .map(event -> new SeenItemEvent(name, event.type(), null, member)).toList();
        eventually().untilAsserted(() -> assertThat(withItems.events()).isEqualTo(expected));
        eventually().untilAsserted(() -> assertThat(withoutItems.events()).isEqualTo(expectedWithoutItems));

        assertThat(queue.removeItemListener(registration)).isTrue();
        others.offer("f");
        eventually().until(() -> withItems.events().size() == expected.size() + 1);
        eventually().during(QUIET).until(() -> withoutItems.events().size() == expected.size());
    }

    @OnEveryClientServerAndRouting
    @DisplayName("destroying a queue fails a take waiting in it; a destroyed queue's name starts empty again")
    void destroy(Target target) {
        QueueView<String> queue = queue(target);
        queue.offer("a");
        ClientUnderTest other = otherClient(target);
        QueueView<String> waiting = other.getQueue(uniqueName());
        CompletableFuture<String> taken = inOtherThread(waiting::take);
        eventually().during(QUIET).until(() -> !taken.isDone());

        waiting.destroy();
        queue.destroy();

        assertThat(taken).failsWithin(PATIENCE).withThrowableOfType(ExecutionException.class)
                .satisfies(failure -> assertThat(other.memberErrorClass(failure.getCause())).isEqualTo(DESTROYED));
        assertThat(client(target).getQueue(queue.getName()).isEmpty()).isTrue();
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous view: a take completes when an offer comes; the other calls complete at once")
    void asynchronousView(Target target) {
        QueueView<String> queue = queue(target);
        CompletableFuture<String> taken = queue.takeAsync();
        eventually().during(QUIET).until(() -> !taken.isDone());

        assertThat(queue.offerAsync("a")).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(taken).succeedsWithin(PATIENCE).isEqualTo("a");
        assertThat(queue.putAsync("b")).succeedsWithin(PATIENCE);
        assertThat(queue.toListAsync()).succeedsWithin(PATIENCE).isEqualTo(List.of("b"));
        assertThat(queue.pollAsync(1, TimeUnit.SECONDS)).succeedsWithin(PATIENCE).isEqualTo("b");
        assertThat(queue.drainAsync()).succeedsWithin(PATIENCE).isEqualTo(List.of());
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a consumer killed while blocked in take(): its take is dropped, a later item reaches a live consumer")
    void takeOfAKilledClientIsDropped(Target target) throws Exception {
        String name = uniqueName();
        String lock = name + "-lock";
        QueueView<String> queue = client(target).getQueue(name);
        try (ChildJvm taker = QueueTakerProcess.start(server(target.server()), target, name, lock)) {
            // The child takes one item, to show that it works, and then blocks in its next take.
            assertThat(taker.awaitLines(1)).containsExactly(TAKING);
            queue.offer("probe");
            assertThat(taker.awaitLines(3)).containsExactly(TAKING, TOOK + "probe", TAKING);
            eventually().during(Duration.ofSeconds(1)).until(() -> taker.isAlive() && taker.output().size() == 3);
            // A live consumer waits behind the child's take.
            CompletableFuture<String> live = inOtherThread(() -> otherClient(target).<String>getQueue(name).take());
            eventually().during(QUIET).until(() -> !live.isDone());

            taker.kill();
            // The member frees the dead client's locks after its cleanup delay, by when it has dropped its take.
            eventually().until(() -> Arrays.stream(LockFlavour.values())
                    .noneMatch(flavour -> flavour.on(client(target), lock).isLocked()));
            queue.offer("after the kill");

            assertThat(live.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("after the kill");
        }
    }

    // ---- bounded queues

    @OnEveryClientServerAndRouting
    @DisplayName("a full queue refuses offer and add, and reports no remaining capacity, until a poll makes room")
    void fullQueue(Target target) {
        QueueView<String> queue = boundedQueue(target);
        assertThat(queue.remainingCapacity()).isEqualTo(CAPACITY);

        fill(queue);

        assertThat(queue.offer("one too many")).isFalse();
        assertThatThrownBy(() -> queue.add("one too many")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Queue is full!");
        assertThat(queue.size()).isEqualTo(CAPACITY);
        assertThat(queue.remainingCapacity()).isZero();
        assertThat(queue.poll()).isEqualTo("item-0");
        assertThat(queue.remainingCapacity()).isEqualTo(1);
        assertThat(queue.offer("fits again")).isTrue();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("put into a full queue waits on the member until another client takes an item")
    void putWaitsForRoom(Target target) throws Exception {
        QueueView<String> queue = boundedQueue(target);
        fill(queue);

        CompletableFuture<Void> put = inOtherThread(() -> {
            queue.put("waited");
            return null;
        });
        eventually().during(QUIET).until(() -> !put.isDone());
        assertThat(otherClient(target).<String>getQueue(queue.getName()).take()).isEqualTo("item-0");

        put.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(queue.toArray()).hasSize(CAPACITY).endsWith("waited");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("offer with a timeout into a full queue answers false once the timeout passed, adding nothing")
    void offerTimesOut(Target target) throws InterruptedException {
        QueueView<String> queue = boundedQueue(target);
        fill(queue);

        long start = System.nanoTime();
        assertThat(queue.offer("late", 300, TimeUnit.MILLISECONDS)).isFalse();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(290);
        assertThat(queue.contains("late")).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("addAll as 3.12: room for one item lets all in, the size shows at most the capacity")
    void addAllWithRoomForOne(Target target) {
        QueueView<String> queue = boundedQueue(target);
        for (int i = 0; i < CAPACITY - 1; i++) {
            queue.offer("item-" + i);
        }

        assertThat(queue.addAll(List.of("a", "b", "c"))).isTrue();

        assertThat(queue.size()).isEqualTo(CAPACITY);
        assertThat(queue.remainingCapacity()).isZero();
        assertThat(queue.addAll(List.of("d"))).as("no room for one").isFalse();
        assertThat(queue.offer("d")).isFalse();
        List<String> drained = new ArrayList<>();
        assertThat(queue.drainTo(drained)).isEqualTo(CAPACITY + 2);
        assertThat(drained).endsWith("a", "b", "c");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("4 producers and 4 consumers, each its own client, on a queue of 10: every item taken exactly once")
    void producersAndConsumers(Target target) throws Exception {
        int producers = 4;
        int consumers = 4;
        int itemsPerProducer = 250;
        String name = boundedQueue(target).getName();
        Map<String, Integer> taken = new ConcurrentHashMap<>();
        AtomicInteger largestSize = new AtomicInteger();
        List<ClientUnderTest> clients = Stream.generate(() -> newClient(target)).limit(producers + consumers).toList();
        List<Callable<Void>> work = new ArrayList<>();
        for (int producer = 0; producer < producers; producer++) {
            QueueView<String> queue = clients.get(producer).getQueue(name);
            String prefix = "p" + producer + "-";
            work.add(() -> {
                for (int i = 0; i < itemsPerProducer; i++) {
                    queue.put(prefix + i);
                    largestSize.accumulateAndGet(queue.size(), Math::max);
                }
                return null;
            });
        }
        for (int consumer = 0; consumer < consumers; consumer++) {
            QueueView<String> queue = clients.get(producers + consumer).getQueue(name);
            work.add(() -> {
                for (int i = 0; i < producers * itemsPerProducer / consumers; i++) {
                    taken.merge(queue.take(), 1, Integer::sum);
                }
                return null;
            });
        }

        ExecutorService threads = Executors.newFixedThreadPool(producers + consumers);
        try {
            for (Future<Void> done : threads.invokeAll(work, 2 * PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
            // Eight clients per case add up: free them now rather than with the suite.
            clients.forEach(ClientUnderTest::close);
        }

        assertThat(taken).hasSize(producers * itemsPerProducer)
                .allSatisfy((item, times) -> assertThat(times).as(item).isEqualTo(1));
        assertThat(largestSize.get()).isLessThanOrEqualTo(CAPACITY);
        assertThat(client(target).getQueue(name).isEmpty()).isTrue();
    }

    private <T> CompletableFuture<T> inOtherThread(Callable<T> call) {
        return OtherThread.startOn(otherThreads, call);
    }
}
