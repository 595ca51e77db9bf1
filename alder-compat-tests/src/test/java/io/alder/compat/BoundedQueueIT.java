package io.alder.compat;

import static io.alder.compat.BoundedQueueMembers.CAPACITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * IQueue with the official client on queues of a configured capacity ({@link BoundedQueueMembers}): refused
 * and waiting offers, 3.12's {@code addAll} rule, and many producers and consumers on one small queue.
 */
class BoundedQueueIT extends CompatSuite {

    private static final Duration QUIET = Duration.ofMillis(500);

    private final Map<ServerKind, ServerUnderTest> members = new EnumMap<>(ServerKind.class);
    private final Map<ServerKind, OfficialClients> clients = new EnumMap<>(ServerKind.class);
    private final Map<ServerKind, HazelcastInstance> shared = new EnumMap<>(ServerKind.class);
    private final ExecutorService otherThreads = Executors.newCachedThreadPool();

    @AfterAll
    void stopMembers() {
        otherThreads.shutdownNow();
        clients.values().forEach(OfficialClients::close);
        members.values().forEach(ServerUnderTest::close);
    }

    /** A client of the bounded member of this kind that the tests share. */
    private synchronized HazelcastInstance sharedClient(ServerKind kind) {
        return shared.computeIfAbsent(kind, this::newClient);
    }

    /** A new client of the bounded member of this kind, shut down with the suite. */
    private synchronized HazelcastInstance newClient(ServerKind kind) {
        ServerUnderTest member = members.computeIfAbsent(kind, BoundedQueueMembers::start);
        return clients.computeIfAbsent(kind, key -> new OfficialClients(member)).start(Routing.SMART);
    }

    /** A queue no other test uses, bounded to {@link BoundedQueueMembers#CAPACITY} items. */
    private String boundedName() {
        return "bounded-" + uniqueName();
    }

    private static void fill(IQueue<String> queue) {
        for (int i = 0; i < CAPACITY; i++) {
            assertThat(queue.offer("item-" + i)).isTrue();
        }
    }

    @OnEveryServer
    @DisplayName("a full queue refuses offer and add, and reports no remaining capacity, until a poll makes room")
    void fullQueue(ServerKind kind) {
        IQueue<String> queue = sharedClient(kind).getQueue(boundedName());
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

    @OnEveryServer
    @DisplayName("put into a full queue waits on the member until another client takes an item")
    void putWaitsForRoom(ServerKind kind) throws Exception {
        String name = boundedName();
        IQueue<String> queue = sharedClient(kind).getQueue(name);
        fill(queue);

        Future<?> put = otherThreads.submit(() -> {
            queue.put("waited");
            return null;
        });
        eventually().during(QUIET).until(() -> !put.isDone());
        assertThat(newClient(kind).<String>getQueue(name).take()).isEqualTo("item-0");

        put.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(queue.toArray()).hasSize(CAPACITY).endsWith("waited");
    }

    @OnEveryServer
    @DisplayName("offer with a timeout into a full queue answers false once the timeout passed, adding nothing")
    void offerTimesOut(ServerKind kind) throws InterruptedException {
        IQueue<String> queue = sharedClient(kind).getQueue(boundedName());
        fill(queue);

        long start = System.nanoTime();
        assertThat(queue.offer("late", 300, TimeUnit.MILLISECONDS)).isFalse();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(290);
        assertThat(queue.contains("late")).isFalse();
    }

    @OnEveryServer
    @DisplayName("addAll as 3.12: room for one item lets all in, the size shows at most the capacity")
    void addAllWithRoomForOne(ServerKind kind) {
        IQueue<String> queue = sharedClient(kind).getQueue(boundedName());
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

    @OnEveryServer
    @DisplayName("4 producers and 4 consumers, each its own client, on a queue of 10: every item taken exactly once")
    void producersAndConsumers(ServerKind kind) throws Exception {
        int producers = 4;
        int consumers = 4;
        int itemsPerProducer = 250;
        String name = boundedName();
        Map<String, Integer> taken = new ConcurrentHashMap<>();
        AtomicInteger largestSize = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int producer = 0; producer < producers; producer++) {
            IQueue<String> queue = newClient(kind).getQueue(name);
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
            IQueue<String> queue = newClient(kind).getQueue(name);
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
        }

        assertThat(taken).hasSize(producers * itemsPerProducer)
                .allSatisfy((item, times) -> assertThat(times).as(item).isEqualTo(1));
        assertThat(largestSize.get()).isLessThanOrEqualTo(CAPACITY);
        assertThat(sharedClient(kind).getQueue(name).isEmpty()).isTrue();
    }
}
