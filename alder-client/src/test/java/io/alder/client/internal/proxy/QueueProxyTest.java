package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.client.AsyncAlderQueue;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.QueueCodec;
import io.alder.protocol.codec.QueueCodec.DrainRequest;
import io.alder.protocol.codec.QueueCodec.OfferRequest;
import io.alder.protocol.codec.QueueCodec.PollRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Partitions;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The requests the queue proxy builds: routing, message types, timeouts, waiting, results and events. */
class QueueProxyTest {

    private static final String NAME = "jobs";

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final QueueProxy<String> queue = new QueueProxy<>(NAME, context, objects);

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    static Stream<Arguments> everyOperation() {
        return Stream.of(
                operation("offer", QUEUE_OFFER, queue -> queue.offer("a")),
                operation("add", QUEUE_OFFER, queue -> queue.add("a")),
                operation("offer with timeout", QUEUE_OFFER, queue -> queue.offer("a", 1, TimeUnit.SECONDS)),
                operation("put", QUEUE_PUT, queue -> queue.put("a")),
                operation("poll", QUEUE_POLL, AsyncAlderQueue::poll),
                operation("poll with timeout", QUEUE_POLL, queue -> queue.poll(1, TimeUnit.SECONDS)),
                operation("take", QUEUE_TAKE, AsyncAlderQueue::take),
                operation("remove()", QUEUE_POLL, AsyncAlderQueue::remove),
                operation("peek", QUEUE_PEEK, AsyncAlderQueue::peek),
                operation("element", QUEUE_PEEK, AsyncAlderQueue::element),
                operation("remove(item)", QUEUE_REMOVE, queue -> queue.remove("a")),
                operation("contains", QUEUE_CONTAINS, queue -> queue.contains("a")),
                operation("containsAll", QUEUE_CONTAINS_ALL, queue -> queue.containsAll(List.of("a"))),
                operation("addAll", QUEUE_ADD_ALL, queue -> queue.addAll(List.of("a"))),
                operation("removeAll", QUEUE_COMPARE_AND_REMOVE_ALL, queue -> queue.removeAll(List.of("a"))),
                operation("retainAll", QUEUE_COMPARE_AND_RETAIN_ALL, queue -> queue.retainAll(List.of("a"))),
                operation("clear", QUEUE_CLEAR, AsyncAlderQueue::clear),
                operation("size", QUEUE_SIZE, AsyncAlderQueue::size),
                operation("isEmpty", QUEUE_IS_EMPTY, AsyncAlderQueue::isEmpty),
                operation("remainingCapacity", QUEUE_REMAINING_CAPACITY, AsyncAlderQueue::remainingCapacity),
                operation("toList", QUEUE_ITERATOR, AsyncAlderQueue::toList),
                operation("drain", QUEUE_DRAIN_TO, AsyncAlderQueue::drain),
                operation("drain(max)", QUEUE_DRAIN_TO_MAX_SIZE, queue -> queue.drain(5)));
    }

    private static Arguments operation(String name, MessageType type, Consumer<AsyncAlderQueue<String>> call) {
        return Arguments.of(name, type, call);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyOperation")
    @DisplayName("each operation sends its message on the partition of the queue's name, never flagged retryable")
    void routing(String operation, MessageType type, Consumer<AsyncAlderQueue<String>> call) {
        call.accept(queue);

        Invocation invocation = sent.single();
        assertThat(invocation.request().type()).isEqualTo(type.id());
        assertThat(invocation.request().partitionId()).isEqualTo(Partitions.partitionIdOfName(NAME, 271));
        assertThat(invocation.idempotent()).as("3.12 marks no Queue data message retryable").isFalse();
    }

    @Test
    @DisplayName("timeouts go out in milliseconds; put and take wait without a deadline, offer and poll their timeout")
    void timeoutsAndWaitTimes() {
        queue.offer("a");
        queue.offer("a", 2, TimeUnit.SECONDS);
        queue.offer("a", -1, TimeUnit.SECONDS);
        queue.put("a");
        queue.poll();
        queue.poll(500, TimeUnit.MICROSECONDS);
        queue.take();
        queue.size();

        assertThat(decode(0, OfferRequest.class).timeoutMillis()).isZero();
        assertThat(decode(1, OfferRequest.class).timeoutMillis()).isEqualTo(2000);
        assertThat(decode(2, OfferRequest.class).timeoutMillis()).isEqualTo(-1);
        assertThat(decode(4, PollRequest.class).timeoutMillis()).isZero();
        assertThat(decode(5, PollRequest.class).timeoutMillis()).as("sub-millisecond rounds up").isEqualTo(1);
        assertThat(sent.invocations()).map(Invocation::waitTime).containsExactly(Duration.ZERO, Duration.ofSeconds(2),
                null, null, Duration.ZERO, Duration.ofMillis(1), null, Duration.ZERO);
    }

    @Test
    @DisplayName("items and item collections are serialized; drain(max) carries its maximum")
    void itemsAreSerialized() {
        queue.put("a");
        queue.removeAll(List.of("b", "c"));
        queue.drain(7);

        assertThat(context.<String>toObject(decode(0, ValueRequest.class).value())).isEqualTo("a");
        assertThat(decode(1, ValueListRequest.class).values()).map(context::<String>toObject).containsExactly("b", "c");
        assertThat(decode(2, DrainRequest.class).maxSize()).isEqualTo(7);
        assertThatThrownBy(() -> queue.offer(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> queue.addAll(List.of("a", null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("answers are decoded: an item, null for none, and unmodifiable lists head first")
    void answers() {
        CompletableFuture<String> taken = queue.take();
        CompletableFuture<String> none = queue.poll();
        CompletableFuture<List<String>> all = queue.toList();

        sent.invocations().get(0).response().complete(data("a"));
        sent.invocations().get(1).response().complete(data(null));
        sent.invocations().get(2).response().complete(ResponseCodec.encodeDataList(context.allocator(), 0,
                List.of(context.toData("x"), context.toData("y"))));

        assertThat(taken).isCompletedWithValue("a");
        assertThat(none).isCompletedWithValue(null);
        assertThat(all.join()).containsExactly("x", "y");
        assertThatThrownBy(() -> all.join().add("z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("add fails when the queue is full; remove() and element() when it is empty, with 3.12's messages")
    void collectionStyleFailures() {
        CompletableFuture<Boolean> add = queue.add("a");
        CompletableFuture<String> remove = queue.remove();
        CompletableFuture<String> element = queue.element();

        sent.invocations().get(0).response().complete(ResponseCodec.encodeBoolean(context.allocator(), 0, false));
        sent.invocations().get(1).response().complete(data(null));
        sent.invocations().get(2).response().complete(data(null));

        assertThatThrownBy(add::get).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(IllegalStateException.class).hasMessage("Queue is full!");
        assertThatThrownBy(remove::get).cause().isInstanceOf(NoSuchElementException.class)
                .hasMessage("Queue is empty!");
        assertThatThrownBy(element::get).cause().isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @DisplayName("an item listener registers with Queue.addListener and hears ADDED and REMOVED events")
    void itemListener() {
        ItemListenerChecks.assertRegistersAndHears(context, listener -> queue.addItemListener(listener, true),
                QueueCodec.REQUESTS, QUEUE_ADD_LISTENER, QUEUE_REMOVE_LISTENER, NAME, true);
    }

    @Test
    @DisplayName("destroy destroys the queue through the object registry")
    void destroy() {
        queue.destroy();

        assertThat(objects.calls()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("destroy");
            assertThat(call.serviceName()).isEqualTo("hz:impl:queueService");
            assertThat(call.name()).isEqualTo(NAME);
        });
    }

    private ClientMessage data(String value) {
        return ResponseCodec.encodeData(context.allocator(), 0, value == null ? null : context.toData(value));
    }

    private <R extends CodecRequest> R decode(int index, Class<R> shape) {
        return QueueCodec.REQUESTS.decodeAs(sent.invocations().get(index).request(), shape);
    }
}
