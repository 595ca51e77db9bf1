package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.alder.client.OperationTimeoutException;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ResponseCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The blocking queue waits for the asynchronous proxy: as long as the member may wait, and interruptibly. */
class BlockingAlderQueueTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final BlockingAlderQueue<String> queue = queue(Duration.ofSeconds(30));

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("take waits past the invocation timeout for as long as the member holds it")
    void takeHasNoDeadline() throws Exception {
        CompletableFuture<String> taken = CompletableFuture.supplyAsync(() -> {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(PATIENCE).until(() -> sent.invocations().size() == 1);

        await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> !taken.isDone());
        sent.single().response().complete(ResponseCodec.encodeData(context.allocator(), 0, context.toData("a")));

        assertThat(taken.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(sent.single().request().type()).isEqualTo(MessageType.QUEUE_TAKE.id());
    }

    @Test
    @DisplayName("an interrupted take throws InterruptedException and keeps the interrupt flag clear")
    void takeIsInterruptible() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread taker = new Thread(() -> {
            try {
                queue.take();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        taker.start();
        await().atMost(PATIENCE).until(() -> sent.invocations().size() == 1);

        taker.interrupt();
        taker.join(PATIENCE.toMillis());

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    }

    @Test
    @DisplayName("poll with a timeout waits at most the invocation timeout past its own timeout")
    void pollWithTimeoutHasADeadline() {
        BlockingAlderQueue<String> impatient = queue(Duration.ofMillis(200));
        CompletableFuture<String> polled = CompletableFuture.supplyAsync(() -> {
            try {
                return impatient.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThatThrownBy(() -> polled.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(OperationTimeoutException.class);
    }

    @Test
    @DisplayName("drainTo adds the drained items to the target and counts them; the queue is no target")
    void drainTo() throws Exception {
        List<Object> target = new ArrayList<>(List.of("old"));
        CompletableFuture<Integer> drained = CompletableFuture.supplyAsync(() -> queue.drainTo(target, 2));
        await().atMost(PATIENCE).until(() -> sent.invocations().size() == 1);

        sent.single().response().complete(ResponseCodec.encodeDataList(context.allocator(), 0,
                List.of(context.toData("a"), context.toData("b"))));

        assertThat(drained.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(target).containsExactly("old", "a", "b");
        assertThat(sent.single().request().type()).isEqualTo(MessageType.QUEUE_DRAIN_TO_MAX_SIZE.id());
        assertThatThrownBy(() -> queue.drainTo(queue)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the iterator walks a snapshot and cannot remove")
    void iteratorIsASnapshot() throws Exception {
        CompletableFuture<Iterator<String>> iterator = CompletableFuture.supplyAsync(queue::iterator);
        await().atMost(PATIENCE).until(() -> sent.invocations().size() == 1);

        sent.single().response().complete(ResponseCodec.encodeDataList(context.allocator(), 0,
                List.of(context.toData("a"))));

        Iterator<String> items = iterator.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(items.next()).isEqualTo("a");
        assertThatThrownBy(items::remove).isInstanceOf(UnsupportedOperationException.class);
    }

    private BlockingAlderQueue<String> queue(Duration invocationTimeout) {
        return new BlockingAlderQueue<>(new QueueProxy<>("jobs", context, new RecordingObjects()),
                new Blocking(invocationTimeout));
    }
}
