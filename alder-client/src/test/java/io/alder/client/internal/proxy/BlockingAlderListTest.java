package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ListCodec;
import io.alder.protocol.codec.ListCodec.IndexRequest;
import io.alder.protocol.codec.ResponseCodec;
import java.time.Duration;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The blocking list waits for the asynchronous proxy and builds 3.12's snapshots from its answers. */
class BlockingAlderListTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final BlockingAlderList<String> list = new BlockingAlderList<>(
            new ListProxy<>("todo", context, new RecordingObjects()), new Blocking(Duration.ofSeconds(30)));

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("listIterator(index) asks for the items from index on and, as 3.12's, counts from there")
    void listIteratorFromAnIndex() throws Exception {
        ListIterator<String> items = answered(() -> list.listIterator(2), items("c", "d"));

        assertThat(ListCodec.REQUESTS.decodeAs(sent.single().request(), IndexRequest.class).index()).isEqualTo(2);
        assertThat(items.nextIndex()).isZero();
        assertThat(items.hasPrevious()).isFalse();
        assertThat(items.next()).isEqualTo("c");
        assertThatThrownBy(() -> items.set("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(items::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(items.next()).isEqualTo("d");
        assertThatThrownBy(items::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @DisplayName("listIterator() starts at the first item; iterator() walks the whole list")
    void iterators() throws Exception {
        assertThat(answered(list::listIterator, items("a")).next()).isEqualTo("a");
        assertThat(ListCodec.REQUESTS.decodeAs(sent.invocations().get(0).request(), IndexRequest.class).index())
                .isZero();
        sent.close();

        assertThat(answered(list::iterator, items("a", "b")).next()).isEqualTo("a");
        assertThat(sent.single().request().type()).isEqualTo(MessageType.LIST_GET_ALL.id());
    }

    @Test
    @DisplayName("subList is an unmodifiable snapshot of the range the member sent")
    void subList() throws Exception {
        List<String> range = answered(() -> list.subList(1, 3), items("b", "c"));

        assertThat(range).containsExactly("b", "c");
        assertThatThrownBy(() -> range.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("add at an index answers nothing; remove at an index the removed item")
    void voidAndItemAnswers() throws Exception {
        CompletableFuture<Void> added = CompletableFuture.runAsync(() -> list.add(0, "a"));
        await().atMost(PATIENCE).until(() -> sent.invocations().size() == 1);
        sent.single().response().complete(ResponseCodec.encodeVoid(context.allocator(), 0, null));
        added.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        sent.close();

        assertThat(answered(() -> list.remove(0), ResponseCodec.encodeData(context.allocator(), 0,
                context.toData("a")))).isEqualTo("a");
    }

    /** Runs a blocking call on another thread, answers its one request with {@code response}, returns its result. */
    private <T> T answered(Supplier<T> call, ClientMessage response) throws Exception {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(call);
        await().atMost(PATIENCE).until(() -> sent.invocations().size() == 1);
        sent.single().response().complete(response);
        return result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private ClientMessage items(String... items) {
        return ResponseCodec.encodeDataList(context.allocator(), 0, List.of(items).stream().map(context::toData)
                .toList());
    }
}
