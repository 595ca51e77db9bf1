package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

/** Ringbuffers through the client: sequences, overflow, reads out of range, and reads that wait for items. */
class AlderRingbufferIT extends ClientSuite {

    private static final int CAPACITY = 10_000;

    private OtherThread otherThread;

    @BeforeEach
    void startOtherThread() {
        otherThread = new OtherThread();
    }

    @AfterEach
    void stopOtherThread() {
        otherThread.close();
    }

    @OnEveryServerAndRouting
    @DisplayName("items are numbered from 0 and read back one by one or in batches")
    void addAndRead(Target target) throws Exception {
        AlderRingbuffer<String> ringbuffer = client(target).getRingbuffer(uniqueName());
        assertThat(ringbuffer.capacity()).isEqualTo(CAPACITY);
        assertThat(ringbuffer.tailSequence()).isEqualTo(-1);
        assertThat(ringbuffer.headSequence()).isZero();
        assertThat(ringbuffer.remainingCapacity()).isEqualTo(CAPACITY);

        assertThat(ringbuffer.add("a")).isZero();
        assertThat(ringbuffer.addAsync("b", OverflowPolicy.FAIL).toCompletableFuture().get()).isEqualTo(1);
        assertThat(ringbuffer.addAllAsync(List.of("c", "d"), OverflowPolicy.OVERWRITE).toCompletableFuture().get())
                .isEqualTo(3);

        assertThat(ringbuffer.readOne(2)).isEqualTo("c");
        ReadResultSet<String> batch = ringbuffer.readManyAsync(1, 1, 2).toCompletableFuture().get();
        assertThat(batch).containsExactly("b", "c");
        assertThat(batch.getSequence(1)).isEqualTo(2);
        assertThat(batch.getNextSequenceToReadFrom()).isEqualTo(3);
        assertThat(ringbuffer.size()).isEqualTo(4);
        assertThat(ringbuffer.async().size().toCompletableFuture().get()).isEqualTo(4);
    }

    @OnEveryServer
    @DisplayName("a readMany waits until another client's adds bring its minimum, readOne until the next item")
    void readsWaitForOtherClientsAdds(ServerKind kind) throws Exception {
        String name = uniqueName();
        AlderRingbuffer<String> reader = client(kind).getRingbuffer(name);
        AlderRingbuffer<String> writer = otherClient(kind).getRingbuffer(name);

        CompletableFuture<String> one = otherThread.start(() -> reader.readOne(0));
        writer.add("first");
        assertThat(one.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("first");

        CompletableFuture<ReadResultSet<String>> many = reader.readManyAsync(1, 2, 10).toCompletableFuture();
        writer.add("second");
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(many).as("one item of the two it waits for").isNotDone();
        writer.add("third");

        assertThat(many.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).containsExactly("second", "third");
    }

    @OnEveryServer
    @DisplayName("a full ringbuffer drops its oldest items; reading them is a StaleSequenceException")
    void overflowAndStaleReads(ServerKind kind) throws Exception {
        AlderRingbuffer<String> ringbuffer = client(kind).getRingbuffer(uniqueName());
        for (int first = 0; first < CAPACITY + 1_000; first += 1_000) {
            ringbuffer.addAllAsync(IntStream.range(first, first + 1_000).mapToObj(i -> "item-" + i).toList(),
                    OverflowPolicy.FAIL).toCompletableFuture().get();
        }

        assertThat(ringbuffer.headSequence()).isEqualTo(1_000);
        assertThat(ringbuffer.readOne(1_000)).isEqualTo("item-1000");
        assertThatThrownBy(() -> ringbuffer.readOne(999)).isInstanceOf(StaleSequenceException.class);
        assertThatThrownBy(() -> ringbuffer.readManyAsync(0, 1, 10).toCompletableFuture().get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StaleSequenceException.class);
        assertThatThrownBy(() -> ringbuffer.readOne(CAPACITY + 1_001)).isInstanceOf(IllegalArgumentException.class);
    }
}
