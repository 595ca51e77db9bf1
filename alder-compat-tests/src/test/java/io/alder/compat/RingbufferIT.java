package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ICompletableFuture;
import com.hazelcast.core.IFunction;
import com.hazelcast.ringbuffer.OverflowPolicy;
import com.hazelcast.ringbuffer.ReadResultSet;
import com.hazelcast.ringbuffer.Ringbuffer;
import com.hazelcast.ringbuffer.StaleSequenceException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Ringbuffer: sequences, capacity and overflow, reads out of range, long-polling reads woken by other
 * clients' adds, many readers following many writers, and the filter an Alder member refuses.
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

    @OnEveryServerAndRouting
    @DisplayName("items are numbered from 0 and read back one by one or in batches")
    void addAndRead(Target target) throws Exception {
        Ringbuffer<String> ringbuffer = client(target).getRingbuffer(uniqueName());
        assertThat(ringbuffer.capacity()).isEqualTo(CAPACITY);
        assertThat(ringbuffer.headSequence()).isZero();
        assertThat(ringbuffer.tailSequence()).isEqualTo(-1);
        assertThat(ringbuffer.size()).isZero();
        assertThat(ringbuffer.remainingCapacity()).isEqualTo(CAPACITY);

        assertThat(ringbuffer.add("a")).isZero();
        assertThat(ringbuffer.addAsync("b", OverflowPolicy.FAIL).get()).isEqualTo(1);
        assertThat(ringbuffer.addAllAsync(List.of("c", "d"), OverflowPolicy.OVERWRITE).get()).isEqualTo(3);

        assertThat(ringbuffer.readOne(2)).isEqualTo("c");
        ReadResultSet<String> batch = ringbuffer.readManyAsync(1, 1, 2, null).get();
        assertThat(batch.readCount()).isEqualTo(2);
        assertThat(List.of(batch.get(0), batch.get(1))).containsExactly("b", "c");
        assertThat(List.of(batch.getSequence(0), batch.getSequence(1))).containsExactly(1L, 2L);
        assertThat(batch.getNextSequenceToReadFrom()).as("3.12.13 members never fill it in").isZero();
        assertThat(ringbuffer.size()).isEqualTo(4);
        assertThat(ringbuffer.tailSequence()).isEqualTo(3);
        assertThat(ringbuffer.remainingCapacity()).as("the whole capacity without a time to live").isEqualTo(CAPACITY);
    }

    @OnEveryServer
    @DisplayName("a full ringbuffer drops its oldest items, FAIL never refuses without a time to live")
    void overflow(ServerKind kind) throws Exception {
        Ringbuffer<String> ringbuffer = client(kind).getRingbuffer(uniqueName());
        for (int batch = 0; batch < CAPACITY / BATCH; batch++) {
            int first = batch * BATCH;
            ringbuffer.addAllAsync(IntStream.range(first, first + BATCH).mapToObj(i -> "item-" + i).toList(),
                    OverflowPolicy.FAIL).get();
        }
        assertThat(ringbuffer.size()).isEqualTo(CAPACITY);

        assertThat(ringbuffer.addAsync("one more", OverflowPolicy.FAIL).get()).isEqualTo(CAPACITY);
        assertThat(ringbuffer.add("and another")).isEqualTo(CAPACITY + 1);

        assertThat(ringbuffer.headSequence()).isEqualTo(2);
        assertThat(ringbuffer.size()).isEqualTo(CAPACITY);
        assertThat(ringbuffer.readOne(2)).isEqualTo("item-2");
        assertThatThrownBy(() -> ringbuffer.readOne(1)).isInstanceOf(StaleSequenceException.class);
        assertThatThrownBy(() -> ringbuffer.readManyAsync(0, 1, 10, null).get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StaleSequenceException.class);
    }

    @OnEveryServer
    @DisplayName("a read past the next sequence is an IllegalArgumentException")
    void readPastTheNextSequence(ServerKind kind) {
        Ringbuffer<String> ringbuffer = client(kind).getRingbuffer(uniqueName());
        ringbuffer.add("a");

        assertThatThrownBy(() -> ringbuffer.readOne(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sequence:5 is too large");
        assertThatThrownBy(() -> ringbuffer.readManyAsync(5, 0, 10, null).get())
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @OnEveryServerAndRouting
    @DisplayName("a long-polling readMany waits until another client's adds bring its minimum")
    void longPollingReadManyIsWokenByAnotherClient(Target target) throws Exception {
        String name = uniqueName();
        Ringbuffer<String> reader = client(target).getRingbuffer(name);
        Ringbuffer<String> writer = otherClient(target.server()).getRingbuffer(name);
        writer.add("old");

        ICompletableFuture<ReadResultSet<String>> read = reader.readManyAsync(reader.tailSequence() + 1, 2, 10, null);
        writer.add("first");
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(read.isDone()).as("one item of the two it waits for").isFalse();
        writer.add("second");

        ReadResultSet<String> result = read.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(result.readCount()).isEqualTo(2);
        assertThat(List.of(result.get(0), result.get(1))).containsExactly("first", "second");
        assertThat(result.getSequence(0)).isEqualTo(1);
    }

    @OnEveryServer
    @DisplayName("readOne of the next sequence waits for the add")
    void readOneWaitsForTheNextItem(ServerKind kind) throws Exception {
        String name = uniqueName();
        Ringbuffer<String> reader = client(kind).getRingbuffer(name);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readOne(0);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(read).isNotDone();

        otherClient(kind).<String>getRingbuffer(name).add("awaited");

        assertThat(read.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("awaited");
    }

    @OnEveryServer
    @DisplayName("three writers, three long-polling readers on other clients: every item once, in each writer's order")
    void readersFollowWriters(ServerKind kind) throws Exception {
        String name = uniqueName();
        int perWriter = 300;
        List<String> writers = List.of("w1", "w2", "w3");
        List<HazelcastInstance> readerClients = List.of(client(kind), otherClient(kind),
                clients(kind).start(Routing.UNISOCKET));
        List<CompletableFuture<List<String>>> readers = new ArrayList<>();
        for (HazelcastInstance readerClient : readerClients) {
            Ringbuffer<String> ringbuffer = readerClient.getRingbuffer(name);
            readers.add(CompletableFuture.supplyAsync(() -> follow(ringbuffer, writers.size() * perWriter), threads));
        }
        List<CompletableFuture<Void>> writing = new ArrayList<>();
        for (String writer : writers) {
            Ringbuffer<String> ringbuffer = clients(kind).start(Routing.SMART).getRingbuffer(name);
            writing.add(CompletableFuture.runAsync(() -> {
                for (int n = 0; n < perWriter; n++) {
                    ringbuffer.add(PublisherOrder.text(writer, n));
                }
            }, threads));
        }
        CompletableFuture.allOf(writing.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        for (CompletableFuture<List<String>> reader : readers) {
            PublisherOrder.assertEachPublisherComplete(reader.get(PATIENCE.toSeconds(), TimeUnit.SECONDS), writers,
                    perWriter);
        }
    }

    @OnEveryServer
    @DisplayName("a filter runs on a 3.12 member; an Alder member refuses it with UnsupportedOperationException")
    void filter(ServerKind kind) throws Exception {
        Ringbuffer<String> ringbuffer = client(kind).getRingbuffer(uniqueName());
        ringbuffer.addAllAsync(List.of("apple", "banana", "avocado"), OverflowPolicy.OVERWRITE).get();

        ICompletableFuture<ReadResultSet<String>> read = ringbuffer.readManyAsync(0, 0, 10, new StartsWithA());

        if (kind == ServerKind.ALDER) {
            assertThatThrownBy(read::get).hasCauseInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("filter");
            assertThat(ringbuffer.size()).as("the connection still serves").isEqualTo(3);
        } else {
            ReadResultSet<String> result = read.get();
            assertThat(result.readCount()).isEqualTo(3);
            assertThat(List.of(result.get(0), result.get(1))).containsExactly("apple", "avocado");
        }
    }

    /** Reads {@code count} items from sequence 0 with long-polling batches, as a reliable topic listener does. */
    private static List<String> follow(Ringbuffer<String> ringbuffer, int count) {
        List<String> seen = new ArrayList<>();
        long next = 0;
        try {
            while (seen.size() < count) {
                ReadResultSet<String> batch = ringbuffer.readManyAsync(next, 1, 100, null).get();
                batch.forEach(seen::add);
                next += batch.readCount();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return seen;
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
