package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.alder.client.AsyncAlderMultiMap;
import io.alder.client.EntryEvent;
import io.alder.client.EntryEventType;
import io.alder.client.EntryListener;
import io.alder.client.MapEvent;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec.KeyValueRequest;
import io.alder.protocol.codec.MapCodec.LockRequest;
import io.alder.protocol.codec.MapCodec.TryLockRequest;
import io.alder.protocol.codec.MapCodec.UnlockRequest;
import io.alder.protocol.codec.MultiMapCodec;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListenerRequest;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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

/** The requests the multimap proxy builds: routing, thread ids, lock waiting, results and events. */
class MultiMapProxyTest {

    private static final String NAME = "tags";
    /** Multimap requests 3.12 flags retryable: the reads and the lock calls. */
    private static final Set<MessageType> RETRYABLE = Set.of(MULTI_MAP_GET, MULTI_MAP_CONTAINS_KEY,
            MULTI_MAP_CONTAINS_ENTRY, MULTI_MAP_VALUE_COUNT, MULTI_MAP_KEY_SET, MULTI_MAP_VALUES, MULTI_MAP_ENTRY_SET,
            MULTI_MAP_CONTAINS_VALUE, MULTI_MAP_SIZE, MULTI_MAP_LOCK, MULTI_MAP_TRY_LOCK, MULTI_MAP_UNLOCK,
            MULTI_MAP_FORCE_UNLOCK, MULTI_MAP_IS_LOCKED);

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final MultiMapProxy<String, String> multiMap = new MultiMapProxy<>(NAME, context, new LockReferenceIds(),
            objects);

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    static Stream<Arguments> keyOperations() {
        return Stream.of(
                operation(MULTI_MAP_PUT, multiMap -> multiMap.put("k", "v")),
                operation(MULTI_MAP_GET, multiMap -> multiMap.get("k")),
                operation(MULTI_MAP_REMOVE_ENTRY, multiMap -> multiMap.remove("k", "v")),
                operation(MULTI_MAP_REMOVE, multiMap -> multiMap.remove("k")),
                operation(MULTI_MAP_DELETE, multiMap -> multiMap.delete("k")),
                operation(MULTI_MAP_CONTAINS_KEY, multiMap -> multiMap.containsKey("k")),
                operation(MULTI_MAP_CONTAINS_ENTRY, multiMap -> multiMap.containsEntry("k", "v")),
                operation(MULTI_MAP_VALUE_COUNT, multiMap -> multiMap.valueCount("k")),
                operation(MULTI_MAP_LOCK, multiMap -> multiMap.lock("k")),
                operation(MULTI_MAP_TRY_LOCK, multiMap -> multiMap.tryLock("k")),
                operation(MULTI_MAP_UNLOCK, multiMap -> multiMap.unlock("k")),
                operation(MULTI_MAP_FORCE_UNLOCK, multiMap -> multiMap.forceUnlock("k")),
                operation(MULTI_MAP_IS_LOCKED, multiMap -> multiMap.isLocked("k")));
    }

    static Stream<Arguments> wholeMultiMapOperations() {
        return Stream.of(
                operation(MULTI_MAP_KEY_SET, AsyncAlderMultiMap::keySet),
                operation(MULTI_MAP_VALUES, AsyncAlderMultiMap::values),
                operation(MULTI_MAP_ENTRY_SET, AsyncAlderMultiMap::entrySet),
                operation(MULTI_MAP_CONTAINS_VALUE, multiMap -> multiMap.containsValue("v")),
                operation(MULTI_MAP_SIZE, AsyncAlderMultiMap::size),
                operation(MULTI_MAP_CLEAR, AsyncAlderMultiMap::clear));
    }

    private static Arguments operation(MessageType type, Consumer<AsyncAlderMultiMap<String, String>> call) {
        return Arguments.of(type, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyOperations")
    @DisplayName("key operations go to the key's partition, retryable where 3.12 says so")
    void keyRouting(MessageType type, Consumer<AsyncAlderMultiMap<String, String>> call) {
        call.accept(multiMap);

        Invocation invocation = sent.single();
        assertThat(invocation.request().type()).isEqualTo(type.id());
        assertThat(invocation.request().partitionId()).isEqualTo(context.partitionOf("k"));
        assertThat(invocation.idempotent()).isEqualTo(RETRYABLE.contains(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeMultiMapOperations")
    @DisplayName("whole-multimap operations go to any member")
    void wholeMultiMapRouting(MessageType type, Consumer<AsyncAlderMultiMap<String, String>> call) {
        call.accept(multiMap);

        Invocation invocation = sent.single();
        assertThat(invocation.request().type()).isEqualTo(type.id());
        assertThat(invocation.request().partitionId()).isEqualTo(-1);
        assertThat(invocation.idempotent()).isEqualTo(RETRYABLE.contains(type));
    }

    @Test
    @DisplayName("requests carry the calling thread; lock waits without deadline, tryLock its timeout")
    void threadsAndWaiting() {
        multiMap.put("k", "v");
        multiMap.lock("k", 2, TimeUnit.SECONDS);
        multiMap.tryLock("k", 300, TimeUnit.MILLISECONDS);
        multiMap.unlock("k");

        long thread = Thread.currentThread().getId();
        assertThat(decode(0, KeyValueRequest.class).threadId()).isEqualTo(thread);
        LockRequest lock = decode(1, LockRequest.class);
        assertThat(lock.threadId()).isEqualTo(thread);
        assertThat(lock.ttl()).isEqualTo(2000);
        TryLockRequest tryLock = decode(2, TryLockRequest.class);
        assertThat(tryLock.lease()).as("no lease, as 3.12 sends it").isEqualTo(Long.MAX_VALUE);
        assertThat(tryLock.timeout()).isEqualTo(300);
        UnlockRequest unlock = decode(3, UnlockRequest.class);
        assertThat(List.of(lock.referenceId(), tryLock.referenceId(), unlock.referenceId())).doesNotHaveDuplicates();
        assertThat(sent.invocations()).map(Invocation::waitTime)
                .containsExactly(Duration.ZERO, null, Duration.ofMillis(300), Duration.ZERO);
    }

    @Test
    @DisplayName("answers are decoded into unmodifiable collections")
    void answers() {
        CompletableFuture<Collection<String>> values = multiMap.get("k");
        CompletableFuture<Set<String>> keys = multiMap.keySet();
        CompletableFuture<Set<Map.Entry<String, String>>> entries = multiMap.entrySet();
        CompletableFuture<Integer> count = multiMap.valueCount("k");

        sent.invocations().get(0).response().complete(dataList("a", "b", "a"));
        sent.invocations().get(1).response().complete(dataList("k", "j"));
        sent.invocations().get(2).response().complete(ResponseCodec.encodeEntryList(context.allocator(), 0,
                List.of(Map.entry(context.toData("k"), context.toData("a")),
                        Map.entry(context.toData("k"), context.toData("b")))));
        sent.invocations().get(3).response().complete(ResponseCodec.encodeInt(context.allocator(), 0, 3));

        assertThat(values.join()).containsExactly("a", "b", "a");
        assertThat(keys.join()).containsExactly("k", "j");
        assertThat(entries.join()).containsExactly(entry("k", "a"), entry("k", "b"));
        assertThat(count).isCompletedWithValue(3);
        assertThatThrownBy(() -> values.join().add("z")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> keys.join().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> multiMap.put("k", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("an entry listener registers for its key or all, with or without values, and hears 3.12's events")
    void entryListener() {
        List<Object> heard = new ArrayList<>();
        EntryListener<String, String> listener = new EntryListener<>() {
            @Override
            public void entryAdded(EntryEvent<String, String> event) {
                heard.add(event);
            }

            @Override
            public void entryRemoved(EntryEvent<String, String> event) {
                heard.add(event);
            }

            @Override
            public void mapCleared(MapEvent event) {
                heard.add(event);
            }
        };
        multiMap.addEntryListener(listener, "k", false);
        multiMap.addEntryListener(listener, true);

        assertRegistration(sent.registrations().get(0), MULTI_MAP_ADD_ENTRY_LISTENER_TO_KEY,
                new ValueListenerRequest(NAME, context.toData("k"), false, true));
        assertRegistration(sent.registrations().get(1), MULTI_MAP_ADD_ENTRY_LISTENER,
                new ValueListenerRequest(NAME, null, true, true));
        RecordingInvocations.Registration registration = sent.registrations().get(1);
        deliver(registration, new EventCodec.EntryEvent(context.toData("k"), context.toData("a"), null, null, 1,
                "member-1", 1));
        deliver(registration, new EventCodec.EntryEvent(context.toData("k"), null, context.toData("a"), null, 2,
                "member-1", 1));
        deliver(registration, new EventCodec.EntryEvent(null, null, null, null, 32, "member-1", 4));

        assertThat(heard).containsExactly(
                new EntryEvent<>(NAME, EntryEventType.ADDED, "k", "a", null, null, "member-1"),
                new EntryEvent<>(NAME, EntryEventType.REMOVED, "k", null, "a", null, "member-1"),
                new MapEvent(NAME, EntryEventType.CLEAR_ALL, 4, "member-1"));
    }

    @Test
    @DisplayName("keys are serialized as the 3.12 client serializes them")
    void keysAreSerialized() {
        multiMap.get("k");

        Data key = decode(0, KeyRequest.class).key();
        assertThat(context.<String>toObject(key)).isEqualTo("k");
    }

    @Test
    @DisplayName("destroy destroys the multimap through the object registry")
    void destroy() {
        multiMap.destroy();

        assertThat(objects.calls()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("destroy");
            assertThat(call.serviceName()).isEqualTo("hz:impl:multiMapService");
            assertThat(call.name()).isEqualTo(NAME);
        });
    }

    private void assertRegistration(RecordingInvocations.Registration registration, MessageType type,
            ValueListenerRequest expected) {
        ClientMessage add = registration.protocol().encodeAdd(context.allocator(), true);
        ClientMessage remove = registration.protocol().encodeRemove(context.allocator(), "member-registration");
        try {
            assertThat(add.type()).isEqualTo(type.id());
            assertThat(add.partitionId()).isEqualTo(-1);
            assertThat(MultiMapCodec.REQUESTS.decode(add)).isEqualTo(expected);
            assertThat(remove.type()).isEqualTo(MULTI_MAP_REMOVE_ENTRY_LISTENER.id());
            assertThat(MultiMapCodec.REQUESTS.decode(remove))
                    .isEqualTo(new RegistrationIdRequest(NAME, "member-registration"));
        } finally {
            add.release();
            remove.release();
        }
    }

    private ClientMessage dataList(String... values) {
        return ResponseCodec.encodeDataList(context.allocator(), 0,
                Stream.of(values).map(context::toData).toList());
    }

    private <R extends CodecRequest> R decode(int index, Class<R> shape) {
        return MultiMapCodec.REQUESTS.decodeAs(sent.invocations().get(index).request(), shape);
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
