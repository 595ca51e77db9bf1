package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.ICompletableFuture;
import com.hazelcast.core.IFunction;
import com.hazelcast.ringbuffer.OverflowPolicy;
import com.hazelcast.ringbuffer.ReadResultSet;
import com.hazelcast.ringbuffer.Ringbuffer;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Ringbuffers through either client: sequences, capacity and overflow, reads out of range, long-polling reads
 * woken by other clients' adds, many readers following many writers, Alder's asynchronous view, and the filter
 * an Alder member refuses.
 */
class RingbufferIT extends CompatSuite {

    /** 3.12's default capacity, which both servers give a ringbuffer without configuration. */
    private static final int CAPACITY = 10_000;
    private static final int BATCH = 1_000;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("items are numbered from 0 and read back one by one or in batches")
    void addAndRead(Target target) throws Exception {
        RingbufferView<String> ringbuffer = client(target).getRingbuffer(uniqueName());
        assertThat(ringbuffer.capacity()).isEqualTo(CAPACITY);
        assertThat(ringbuffer.headSequence()).isZero();
        assertThat(ringbuffer.tailSequence()).isEqualTo(-1);
        assertThat(ringbuffer.size()).isZero();
        assertThat(ringbuffer.remainingCapacity()).isEqualTo(CAPACITY);

        assertThat(ringbuffer.add("a")).isZero();
        assertThat(ringbuffer.addAsync("b", OverflowPolicy.FAIL)).succeedsWithin(PATIENCE).isEqualTo(1L);
        assertThat(ringbuffer.addAllAsync(List.of("c", "d"), OverflowPolicy.OVERWRITE)).succeedsWithin(PATIENCE)
                .isEqualTo(3L);

        assertThat(ringbuffer.readOne(2)).isEqualTo("c");
        SeenReadResult<String> batch = ringbuffer.readManyAsync(1, 1, 2).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(batch.readCount()).isEqualTo(2);
        assertThat(batch.items()).containsExactly("b", "c");
        assertThat(batch.sequences()).containsExactly(1L, 2L);
        assertThat(batch.nextSequenceToReadFrom())
                .as("the official client reports what 3.12.13 members never fill in; Alder's counts on")
                .isEqualTo(target.client() == ClientKind.ALDER ? 3 : 0);
        assertThat(ringbuffer.size()).isEqualTo(4);
        assertThat(ringbuffer.tailSequence()).isEqualTo(3);
        assertThat(ringbuffer.remainingCapacity()).as("the whole capacity without a time to live").isEqualTo(CAPACITY);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a full ringbuffer drops its oldest items, FAIL never refuses without a time to live")
    void overflow(Target target) throws Exception {
        RingbufferView<String> ringbuffer = client(target).getRingbuffer(uniqueName());
        int added = CAPACITY + BATCH;
        for (int first = 0; first < added; first += BATCH) {
            ringbuffer.addAllAsync(IntStream.range(first, first + BATCH).mapToObj(i -> "item-" + i).toList(),
                    OverflowPolicy.FAIL).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        assertThat(ringbuffer.size()).isEqualTo(CAPACITY);
        assertThat(ringbuffer.headSequence()).isEqualTo(BATCH);

        assertThat(ringbuffer.addAsync("one more", OverflowPolicy.FAIL)).succeedsWithin(PATIENCE)
                .isEqualTo((long) added);
        assertThat(ringbuffer.add("and another")).isEqualTo(added + 1);

        long head = BATCH + 2;
        assertThat(ringbuffer.headSequence()).isEqualTo(head);
        assertThat(ringbuffer.size()).isEqualTo(CAPACITY);
        assertThat(ringbuffer.readOne(head)).isEqualTo("item-" + head);
        Class<? extends Exception> stale = staleSequenceException(target);
        assertThatThrownBy(() -> ringbuffer.readOne(head - 1)).isInstanceOf(stale);
        assertThatThrownBy(() -> ringbuffer.readManyAsync(0, 1, 10).get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(stale);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a read past the next sequence is an IllegalArgumentException")
    void readPastTheNextSequence(Target target) {
        RingbufferView<String> ringbuffer = client(target).getRingbuffer(uniqueName());
        ringbuffer.add("a");

        assertThatThrownBy(() -> ringbuffer.readOne(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sequence:5 is too large");
        assertThatThrownBy(() -> ringbuffer.readManyAsync(5, 0, 10).get())
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a long-polling readMany waits until another client's adds bring its minimum")
    void longPollingReadManyIsWokenByAnotherClient(Target target) throws Exception {
        String name = uniqueName();
        RingbufferView<String> reader = client(target).getRingbuffer(name);
        RingbufferView<String> writer = otherClient(target).getRingbuffer(name);
        writer.add("old");

        CompletableFuture<SeenReadResult<String>> read = reader.readManyAsync(reader.tailSequence() + 1, 2, 10);
        writer.add("first");
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(read).as("one item of the two it waits for").isNotDone();
        writer.add("second");

        SeenReadResult<String> result = read.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(result.readCount()).isEqualTo(2);
        assertThat(result.items()).containsExactly("first", "second");
        assertThat(result.sequences()).containsExactly(1L, 2L);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("readOne of the next sequence waits until another client adds it")
    void readOneWaitsForTheNextItem(Target target) throws Exception {
        String name = uniqueName();
        RingbufferView<String> reader = client(target).getRingbuffer(name);
        CompletableFuture<String> read = inOtherThread(() -> reader.readOne(0));
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(read).isNotDone();

        otherClient(target).<String>getRingbuffer(name).add("awaited");

        assertThat(read.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("awaited");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("three writers, three long-polling readers on other clients: every item once, in each writer's order")
    void readersFollowWriters(Target target) throws Exception {
        String name = uniqueName();
        int perWriter = 300;
        List<String> writers = List.of("w1", "w2", "w3");
        Target unisocket = new Target(target.server(), Routing.UNISOCKET, target.client());
        List<ClientUnderTest> started = List.of(newClient(unisocket), newClient(target), newClient(target),
                newClient(unisocket));
        try {
            List<CompletableFuture<List<String>>> readers = new ArrayList<>();
            for (ClientUnderTest readerClient : List.of(client(target), otherClient(target), started.get(0))) {
                RingbufferView<String> ringbuffer = readerClient.getRingbuffer(name);
                readers.add(inOtherThread(() -> follow(ringbuffer, writers.size() * perWriter)));
            }
            List<CompletableFuture<Void>> writing = new ArrayList<>();
            for (int w = 0; w < writers.size(); w++) {
                RingbufferView<String> ringbuffer = started.get(w + 1).getRingbuffer(name);
                String writer = writers.get(w);
                writing.add(CompletableFuture.runAsync(() -> {
                    for (int n = 0; n < perWriter; n++) {
                        ringbuffer.add(PublisherOrder.text(writer, n));
                    }
                }, threads));
            }
            CompletableFuture.allOf(writing.toArray(CompletableFuture[]::new))
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            for (CompletableFuture<List<String>> reader : readers) {
                PublisherOrder.assertEachPublisherComplete(reader.get(PATIENCE.toSeconds(), TimeUnit.SECONDS), writers,
                        perWriter);
            }
        } finally {
            // Four clients per case add up: free them now rather than with the suite.
            started.forEach(ClientUnderTest::close);
        }
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous view: readOne of the next sequence completes with the add; size follows")
    void asynchronousView(Target target) {
        RingbufferView<String> ringbuffer = client(target).getRingbuffer(uniqueName());
        CompletableFuture<String> read = ringbuffer.readOneAsync(0);
        eventually().during(Duration.ofMillis(300)).until(() -> !read.isDone());

        assertThat(ringbuffer.addAsync("a", OverflowPolicy.OVERWRITE)).succeedsWithin(PATIENCE).isEqualTo(0L);

        assertThat(read).succeedsWithin(PATIENCE).isEqualTo("a");
        assertThat(ringbuffer.sizeAsync()).succeedsWithin(PATIENCE).isEqualTo(1L);
    }

    @OnEveryServerAndRouting
    @DisplayName("a filter runs on a 3.12 member; an Alder member refuses it with UnsupportedOperationException")
    void filter(Target target) throws Exception {
        Ringbuffer<String> ringbuffer = officialClient(target).getRingbuffer(uniqueName());
        ringbuffer.addAllAsync(List.of("apple", "banana", "avocado"), OverflowPolicy.OVERWRITE).get();

        ICompletableFuture<ReadResultSet<String>> read = ringbuffer.readManyAsync(0, 0, 10, new StartsWithA());

        if (target.server() == ServerKind.ALDER) {
            assertThatThrownBy(read::get).hasCauseInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("filter");
            assertThat(ringbuffer.size()).as("the connection still serves").isEqualTo(3);
        } else {
            ReadResultSet<String> result = read.get();
            assertThat(result.readCount()).isEqualTo(3);
            assertThat(List.of(result.get(0), result.get(1))).containsExactly("apple", "avocado");
        }
    }

    /** The exception each client throws for a read of an item the ringbuffer no longer holds. */
    private static Class<? extends Exception> staleSequenceException(Target target) {
        return target.client() == ClientKind.ALDER ? io.alder.client.StaleSequenceException.class
                : com.hazelcast.ringbuffer.StaleSequenceException.class;
    }

    /** Reads {@code count} items from sequence 0 with long-polling batches, as a reliable topic listener does. */
    private static List<String> follow(RingbufferView<String> ringbuffer, int count) throws Exception {
        List<String> seen = new ArrayList<>();
        long next = 0;
        while (seen.size() < count) {
            SeenReadResult<String> batch = ringbuffer.readManyAsync(next, 1, 100)
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            seen.addAll(batch.items());
            next += batch.readCount();
        }
        return seen;
    }

    private <T> CompletableFuture<T> inOtherThread(Callable<T> call) {
        return OtherThread.startOn(threads, call);
    }

    /** Selects the texts that start with "a"; the 3.12 member runs it, an Alder member does not. */
    private static final class StartsWithA implements IFunction<String, Boolean>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean apply(String text) {
            return text.startsWith("a");
        }
    }
}
