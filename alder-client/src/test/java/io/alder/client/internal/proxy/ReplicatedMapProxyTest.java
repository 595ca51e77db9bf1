package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.alder.client.AsyncAlderReplicatedMap;
import io.alder.client.EntryEvent;
import io.alder.client.EntryEventType;
import io.alder.client.EntryListener;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ReplicatedMapCodec;
import io.alder.protocol.codec.ReplicatedMapCodec.EntryListenerRequest;
import io.alder.protocol.codec.ReplicatedMapCodec.PutRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Partitions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The requests the replicated map proxy builds: 3.12's routing, time to live, results and events. */
class ReplicatedMapProxyTest {

    private static final String NAME = "settings";
    private static final int NAME_PARTITION = Partitions.partitionIdOfName(NAME, 271);
    /** ReplicatedMap requests 3.12 flags retryable: the reads. */
    private static final Set<MessageType> RETRYABLE = Set.of(REPLICATED_MAP_GET, REPLICATED_MAP_CONTAINS_KEY,
            REPLICATED_MAP_CONTAINS_VALUE, REPLICATED_MAP_SIZE, REPLICATED_MAP_IS_EMPTY, REPLICATED_MAP_KEY_SET,
            REPLICATED_MAP_VALUES, REPLICATED_MAP_ENTRY_SET);

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final ReplicatedMapProxy<String, String> map = new ReplicatedMapProxy<>(NAME, context, objects);

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    static Stream<Arguments> everyOperation() {
        int key = Partitions.partitionId(new TestContext().toData("k"), 271);
        return Stream.of(
                operation(REPLICATED_MAP_PUT, key, replicated -> replicated.put("k", "v")),
                operation(REPLICATED_MAP_GET, key, replicated -> replicated.get("k")),
                operation(REPLICATED_MAP_REMOVE, key, replicated -> replicated.remove("k")),
                operation(REPLICATED_MAP_CONTAINS_KEY, key, replicated -> replicated.containsKey("k")),
                operation(REPLICATED_MAP_CONTAINS_VALUE, NAME_PARTITION, replicated -> replicated.containsValue("v")),
                operation(REPLICATED_MAP_SIZE, NAME_PARTITION, AsyncAlderReplicatedMap::size),
                operation(REPLICATED_MAP_IS_EMPTY, NAME_PARTITION, AsyncAlderReplicatedMap::isEmpty),
                operation(REPLICATED_MAP_KEY_SET, NAME_PARTITION, AsyncAlderReplicatedMap::keySet),
                operation(REPLICATED_MAP_VALUES, NAME_PARTITION, AsyncAlderReplicatedMap::values),
                operation(REPLICATED_MAP_ENTRY_SET, NAME_PARTITION, AsyncAlderReplicatedMap::entrySet),
                operation(REPLICATED_MAP_PUT_ALL, -1, replicated -> replicated.putAll(Map.of("k", "v"))),
                operation(REPLICATED_MAP_CLEAR, -1, AsyncAlderReplicatedMap::clear));
    }

    private static Arguments operation(MessageType type, int partition,
            Consumer<AsyncAlderReplicatedMap<String, String>> call) {
        return Arguments.of(type, partition, call);
    }

    @ParameterizedTest(name = "{0} on partition {1}")
    @MethodSource("everyOperation")
    @DisplayName("key operations go to the key's partition, whole-map reads to the name's, putAll and clear anywhere")
    void routing(MessageType type, int partition, Consumer<AsyncAlderReplicatedMap<String, String>> call) {
        call.accept(map);

        Invocation invocation = sent.single();
        assertThat(invocation.request().type()).isEqualTo(type.id());
        assertThat(invocation.request().partitionId()).isEqualTo(partition);
        assertThat(invocation.idempotent()).isEqualTo(RETRYABLE.contains(type));
    }

    @Test
    @DisplayName("put sends its time to live in milliseconds, 0 without one; putAll every entry at once")
    void putsAndTimeToLive() {
        map.put("k", "v");
        map.put("k", "v", 2, TimeUnit.SECONDS);
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("a", "1");
        entries.put("b", "2");
        map.putAll(entries);

        assertThat(ReplicatedMapCodec.REQUESTS.decodeAs(sent.invocations().get(0).request(), PutRequest.class).ttl())
                .isZero();
        assertThat(ReplicatedMapCodec.REQUESTS.decodeAs(sent.invocations().get(1).request(), PutRequest.class).ttl())
                .isEqualTo(2000);
        PutAllRequest putAll = ReplicatedMapCodec.REQUESTS.decodeAs(sent.invocations().get(2).request(),
                PutAllRequest.class);
        assertThat(putAll.entries()).extracting(e -> context.<String>toObject(e.getKey())).containsExactly("a", "b");
        assertThatThrownBy(() -> map.put(null, "v")).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("answers are decoded; values(comparator) sorts them in the client")
    void answers() {
        CompletableFuture<String> previous = map.put("k", "v");
        CompletableFuture<Collection<String>> sorted = map.values(Comparator.reverseOrder());
        CompletableFuture<Set<Map.Entry<String, String>>> entries = map.entrySet();

        sent.invocations().get(0).response().complete(ResponseCodec.encodeData(context.allocator(), 0,
                context.toData("old")));
        sent.invocations().get(1).response().complete(ResponseCodec.encodeDataList(context.allocator(), 0,
                List.of(context.toData("a"), context.toData("c"), context.toData("b"))));
        sent.invocations().get(2).response().complete(ResponseCodec.encodeEntryList(context.allocator(), 0,
                List.of(Map.entry(context.toData("k"), context.toData("v")))));

        assertThat(previous).isCompletedWithValue("old");
        assertThat(sorted.join()).containsExactly("c", "b", "a");
        assertThat(entries.join()).containsExactly(entry("k", "v"));
        assertThatThrownBy(() -> sorted.join().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("an entry listener registers for every key or one, and hears every change")
    void entryListener() {
        List<EntryEvent<String, String>> heard = new ArrayList<>();
        EntryListener<String, String> listener = new EntryListener<>() {
            @Override
            public void entryUpdated(EntryEvent<String, String> event) {
                heard.add(event);
            }

            @Override
            public void entryEvicted(EntryEvent<String, String> event) {
                heard.add(event);
            }
        };
        map.addEntryListener(listener);
        map.addEntryListener(listener, "k");

        assertRegistration(sent.registrations().get(0), REPLICATED_MAP_ADD_ENTRY_LISTENER,
                new EntryListenerRequest(NAME, null, null, true));
        assertRegistration(sent.registrations().get(1), REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY,
                new EntryListenerRequest(NAME, context.toData("k"), null, true));
        deliver(sent.registrations().get(0), new EventCodec.EntryEvent(context.toData("k"), context.toData("b"),
                context.toData("a"), null, 4, "member-1", 1));
        deliver(sent.registrations().get(0), new EventCodec.EntryEvent(context.toData("k"), null,
                context.toData("b"), null, 8, "member-1", 1));

        assertThat(heard).containsExactly(
                new EntryEvent<>(NAME, EntryEventType.UPDATED, "k", "b", "a", null, "member-1"),
                new EntryEvent<>(NAME, EntryEventType.EVICTED, "k", null, "b", null, "member-1"));
    }

    @Test
    @DisplayName("destroy destroys the replicated map through the object registry")
    void destroy() {
        map.destroy();

        assertThat(objects.calls()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("destroy");
            assertThat(call.serviceName()).isEqualTo("hz:impl:replicatedMapService");
        });
    }

    private void assertRegistration(RecordingInvocations.Registration registration, MessageType type,
            EntryListenerRequest expected) {
        ClientMessage add = registration.protocol().encodeAdd(context.allocator(), true);
        ClientMessage remove = registration.protocol().encodeRemove(context.allocator(), "member-registration");
        try {
            assertThat(add.type()).isEqualTo(type.id());
            assertThat(ReplicatedMapCodec.REQUESTS.decode(add)).isEqualTo(expected);
            assertThat(ReplicatedMapCodec.REQUESTS.decode(remove))
                    .isEqualTo(new RegistrationIdRequest(NAME, "member-registration"));
        } finally {
            add.release();
            remove.release();
        }
    }

    private void deliver(RecordingInvocations.Registration registration, EventCodec.EntryEvent event) {
        ClientMessage message = EventCodec.encodeEntry(context.allocator(), 1, 5, event);
        try {
            registration.events().accept(message);
        } finally {
            message.release();
        }
    }
}
