package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.client.AsyncAlderCollection;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.CollectionMessages;
import io.alder.protocol.codec.ListCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.SetCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Partitions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The requests the set and list proxies build for what they share: routing, message types, retry flags,
 * items, answers, listeners and destruction.
 */
class CollectionProxyTest {

    private static final String NAME = "things";

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    /** One kind of collection: how to make its proxy, its messages, service, and which messages 3.12 retries. */
    record Kind(String name, BiFunction<TestContext, ObjectRegistry, AsyncAlderCollection<String>> proxies,
            CollectionMessages messages, String serviceName, List<MessageType> retryable) {

        AsyncAlderCollection<String> proxy(TestContext context, ObjectRegistry objects) {
            return proxies.apply(context, objects);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("set", (context, objects) -> new SetProxy<>(NAME, context, objects), SetCodec.MESSAGES,
                        "hz:impl:setService", List.of()),
                new Kind("list", (context, objects) -> new ListProxy<>(NAME, context, objects), ListCodec.MESSAGES,
                        "hz:impl:listService",
                        List.of(LIST_SIZE, LIST_CONTAINS, LIST_CONTAINS_ALL, LIST_GET_ALL, LIST_IS_EMPTY)));
    }

    static Stream<Arguments> everySharedOperation() {
        return kinds().flatMap(kind -> {
            CollectionMessages m = kind.messages();
            return Stream.of(
                    operation(kind, m.add(), collection -> collection.add("a")),
                    operation(kind, m.addAll(), collection -> collection.addAll(List.of("a"))),
                    operation(kind, m.remove(), collection -> collection.remove("a")),
                    operation(kind, m.compareAndRemoveAll(), collection -> collection.removeAll(List.of("a"))),
                    operation(kind, m.compareAndRetainAll(), collection -> collection.retainAll(List.of("a"))),
                    operation(kind, m.clear(), AsyncAlderCollection::clear),
                    operation(kind, m.contains(), collection -> collection.contains("a")),
                    operation(kind, m.containsAll(), collection -> collection.containsAll(List.of("a"))),
                    operation(kind, m.size(), AsyncAlderCollection::size),
                    operation(kind, m.isEmpty(), AsyncAlderCollection::isEmpty),
                    operation(kind, m.getAll(), AsyncAlderCollection::toList));
        });
    }

    private static Arguments operation(Kind kind, MessageType type,
            Function<AsyncAlderCollection<String>, CompletableFuture<?>> call) {
        return Arguments.of(kind, type, call);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everySharedOperation")
    @DisplayName("each operation sends its message on the partition of the name, retryable where 3.12 marks it so")
    void routing(Kind kind, MessageType type, Function<AsyncAlderCollection<String>, CompletableFuture<?>> call) {
        call.apply(kind.proxy(context, objects));

        Invocation invocation = sent.single();
        assertThat(invocation.request().type()).isEqualTo(type.id());
        assertThat(invocation.request().partitionId()).isEqualTo(Partitions.partitionIdOfName(NAME, 271));
        assertThat(invocation.idempotent()).isEqualTo(kind.retryable().contains(type));
        assertThat(invocation.waitTime()).as("nothing waits on the member").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    @DisplayName("items are serialized on the calling thread; null items are refused there")
    void itemsAreSerialized(Kind kind) {
        AsyncAlderCollection<String> collection = kind.proxy(context, objects);

        collection.add("a");
        collection.removeAll(List.of("b", "c"));

        assertThat(context.<String>toObject(decode(kind, 0, ValueRequest.class).value())).isEqualTo("a");
        assertThat(decode(kind, 1, ValueListRequest.class).values()).map(context::<String>toObject)
                .containsExactly("b", "c");
        assertThatThrownBy(() -> collection.add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> collection.containsAll(List.of("a", null))).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    @DisplayName("answers are decoded: booleans, sizes and unmodifiable snapshots")
    void answers(Kind kind) {
        AsyncAlderCollection<String> collection = kind.proxy(context, objects);
        CompletableFuture<Boolean> added = collection.add("a");
        CompletableFuture<Integer> size = collection.size();
        CompletableFuture<List<String>> all = collection.toList();

        sent.invocations().get(0).response().complete(ResponseCodec.encodeBoolean(context.allocator(), 0, false));
        sent.invocations().get(1).response().complete(ResponseCodec.encodeInt(context.allocator(), 0, 3));
        sent.invocations().get(2).response().complete(ResponseCodec.encodeDataList(context.allocator(), 0,
                List.of(context.toData("x"), context.toData("y"))));

        assertThat(added).isCompletedWithValue(false);
        assertThat(size).isCompletedWithValue(3);
        assertThat(all.join()).containsExactly("x", "y");
        assertThatThrownBy(() -> all.join().add("z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    @DisplayName("an item listener registers with the family's addListener and hears ADDED and REMOVED events")
    void itemListener(Kind kind) {
        CollectionMessages messages = kind.messages();
        ItemListenerChecks.assertRegistersAndHears(context,
                listener -> kind.proxy(context, objects).addItemListener(listener, false), messages.requests(),
                messages.addListener(), messages.removeListener(), NAME, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    @DisplayName("destroy destroys the collection under its service through the object registry")
    void destroy(Kind kind) {
        kind.proxy(context, objects).destroy();

        assertThat(objects.calls()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("destroy");
            assertThat(call.serviceName()).isEqualTo(kind.serviceName());
            assertThat(call.name()).isEqualTo(NAME);
        });
    }

    private <R extends CodecRequest> R decode(Kind kind, int index, Class<R> shape) {
        return kind.messages().requests().decodeAs(sent.invocations().get(index).request(), shape);
    }
}
