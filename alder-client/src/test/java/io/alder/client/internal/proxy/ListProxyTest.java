package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ListCodec;
import io.alder.protocol.codec.ListCodec.AddAllWithIndexRequest;
import io.alder.protocol.codec.ListCodec.IndexRequest;
import io.alder.protocol.codec.ListCodec.IndexedValueRequest;
import io.alder.protocol.codec.ListCodec.SubRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Partitions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The index requests of the list proxy: their fields, routing, retry flags and answers. */
class ListProxyTest {

    private static final String NAME = "todo";

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final ListProxy<String> list = new ListProxy<>(NAME, context, new RecordingObjects());

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("index operations send their index unchecked, as 3.12 clients do; the member checks it")
    void indexRequests() {
        list.get(-7);
        list.set(2, "b");
        list.add(-1, "end");
        list.addAll(1, List.of("x", "y"));
        list.remove(0);
        list.subList(1, 99);
        list.toList(3);
        list.indexOf("a");
        list.lastIndexOf("a");

        assertThat(decode(0, IndexRequest.class)).isEqualTo(new IndexRequest(NAME, -7));
        assertThat(decode(1, IndexedValueRequest.class)).isEqualTo(new IndexedValueRequest(NAME, 2, context.toData("b")));
        assertThat(decode(2, IndexedValueRequest.class).index()).isEqualTo(-1);
        assertThat(decode(3, AddAllWithIndexRequest.class)).isEqualTo(new AddAllWithIndexRequest(NAME, 1,
                List.of(context.toData("x"), context.toData("y"))));
        assertThat(decode(4, IndexRequest.class)).isEqualTo(new IndexRequest(NAME, 0));
        assertThat(decode(5, SubRequest.class)).isEqualTo(new SubRequest(NAME, 1, 99));
        assertThat(decode(6, IndexRequest.class)).isEqualTo(new IndexRequest(NAME, 3));
        assertThat(decode(7, ValueRequest.class).value()).isEqualTo(context.toData("a"));
        assertThat(sent.invocations()).extracting(invocation -> invocation.request().type()).containsExactly(
                LIST_GET.id(), LIST_SET.id(), LIST_ADD_WITH_INDEX.id(), LIST_ADD_ALL_WITH_INDEX.id(),
                LIST_REMOVE_WITH_INDEX.id(), LIST_SUB.id(), LIST_LIST_ITERATOR.id(), LIST_INDEX_OF.id(),
                LIST_LAST_INDEX_OF.id());
        assertThat(sent.invocations()).extracting(invocation -> invocation.request().partitionId())
                .containsOnly(Partitions.partitionIdOfName(NAME, 271));
    }

    @Test
    @DisplayName("reads are retried after a lost connection, as 3.12 marks them; changes are not")
    void retryFlags() {
        list.get(0);
        list.subList(0, 1);
        list.toList(0);
        list.indexOf("a");
        list.lastIndexOf("a");
        list.set(0, "a");
        list.add(0, "a");
        list.addAll(0, List.of("a"));
        list.remove(0);

        assertThat(sent.invocations()).extracting(Invocation::idempotent)
                .containsExactly(true, true, true, true, true, false, false, false, false);
        assertThatThrownBy(() -> list.set(0, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("answers are decoded: items, indexes and unmodifiable ranges")
    void answers() {
        CompletableFuture<String> got = list.get(0);
        CompletableFuture<String> replaced = list.set(0, "b");
        CompletableFuture<Integer> index = list.indexOf("b");
        CompletableFuture<List<String>> range = list.subList(0, 2);

        complete(0, ResponseCodec.encodeData(context.allocator(), 0, context.toData("a")));
        complete(1, ResponseCodec.encodeData(context.allocator(), 0, context.toData("a")));
        complete(2, ResponseCodec.encodeInt(context.allocator(), 0, -1));
        complete(3, ResponseCodec.encodeDataList(context.allocator(), 0, List.of(context.toData("p"),
                context.toData("q"))));

        assertThat(got).isCompletedWithValue("a");
        assertThat(replaced).isCompletedWithValue("a");
        assertThat(index).isCompletedWithValue(-1);
        assertThat(range.join()).containsExactly("p", "q");
        assertThatThrownBy(() -> range.join().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private void complete(int index, ClientMessage response) {
        sent.invocations().get(index).response().complete(response);
    }

    private <R extends CodecRequest> R decode(int index, Class<R> shape) {
        return ListCodec.REQUESTS.decodeAs(sent.invocations().get(index).request(), shape);
    }
}
