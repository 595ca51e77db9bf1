package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.client.AsyncAlderMap;
import io.alder.client.EntryAddedListener;
import io.alder.client.EntryView;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.KeyRequest;
import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.codec.MapCodec.ForceUnlockRequest;
import io.alder.protocol.codec.MapCodec.LockRequest;
import io.alder.protocol.codec.MapCodec.PutRequest;
import io.alder.protocol.codec.MapCodec.PutWithMaxIdleRequest;
import io.alder.protocol.codec.MapCodec.TryLockRequest;
import io.alder.protocol.codec.MapCodec.UnlockRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListRequest;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The requests the map proxy builds: routing, thread ids, retry flags, time arguments, bulk grouping. */
class MapProxyTest {

    private static final String NAME = "orders";

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final MapProxy<String, String> map = new MapProxy<>(NAME, context, new LockReferenceIds(), objects);

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("a key-bound request carries the key's partition, the map name, the key and the calling thread")
    void keyBoundRequest() {
        map.get("k");

        ClientMessage request = sent.single().request();
        KeyRequest get = MapCodec.REQUESTS.decodeAs(request, KeyRequest.class);
        assertThat(request.type()).isEqualTo(MAP_GET.id());
        assertThat(request.partitionId()).isEqualTo(context.partitionOf("k"));
        assertThat(get.name()).isEqualTo(NAME);
        assertThat(context.<String>toObject(get.key())).isEqualTo("k");
        assertThat(get.threadId()).isEqualTo(Thread.currentThread().getId());
    }

    @Test
    @DisplayName("map-wide requests carry partition -1")
    void mapWideRequests() {
        map.size();
        map.isEmpty();
        map.clear();
        map.keySet();
        map.values();
        map.entrySet();
        map.containsValue("v");
        map.evictAll();
        map.flush();
        map.loadAll(true);

        assertThat(sent.invocations()).hasSize(10)
                .allSatisfy(invocation -> assertThat(invocation.request().partitionId()).isEqualTo(-1));
    }

    static Stream<Arguments> retryFlags() {
        return Stream.of(
                flag("get", MAP_GET, map -> map.get("k"), true),
                flag("containsKey", MAP_CONTAINS_KEY, map -> map.containsKey("k"), true),
                flag("containsValue", MAP_CONTAINS_VALUE, map -> map.containsValue("v"), true),
                flag("getEntryView", MAP_GET_ENTRY_VIEW, map -> map.getEntryView("k"), true),
                flag("keySet", MAP_KEY_SET, AsyncAlderMap::keySet, true),
                flag("values", MAP_VALUES, AsyncAlderMap::values, true),
                flag("entrySet", MAP_ENTRY_SET, AsyncAlderMap::entrySet, true),
                flag("size", MAP_SIZE, AsyncAlderMap::size, true),
                flag("isEmpty", MAP_IS_EMPTY, AsyncAlderMap::isEmpty, true),
                flag("lock", MAP_LOCK, map -> map.lock("k"), true),
                flag("tryLock", MAP_TRY_LOCK, map -> map.tryLock("k"), true),
                flag("unlock", MAP_UNLOCK, map -> map.unlock("k"), true),
                flag("forceUnlock", MAP_FORCE_UNLOCK, map -> map.forceUnlock("k"), true),
                flag("isLocked", MAP_IS_LOCKED, map -> map.isLocked("k"), true),
                flag("put", MAP_PUT, map -> map.put("k", "v"), false),
                flag("put with max idle", MAP_PUT_WITH_MAX_IDLE,
                        map -> map.put("k", "v", 1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS), false),
                flag("set", MAP_SET, map -> map.set("k", "v"), false),
                flag("set with max idle", MAP_SET_WITH_MAX_IDLE,
                        map -> map.set("k", "v", 1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS), false),
                flag("putIfAbsent", MAP_PUT_IF_ABSENT, map -> map.putIfAbsent("k", "v"), false),
                flag("putIfAbsent with max idle", MAP_PUT_IF_ABSENT_WITH_MAX_IDLE,
                        map -> map.putIfAbsent("k", "v", 1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS), false),
                flag("putTransient", MAP_PUT_TRANSIENT, map -> map.putTransient("k", "v", 1, TimeUnit.SECONDS), false),
                flag("putTransient with max idle", MAP_PUT_TRANSIENT_WITH_MAX_IDLE,
                        map -> map.putTransient("k", "v", 1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS), false),
                flag("tryPut", MAP_TRY_PUT, map -> map.tryPut("k", "v", 1, TimeUnit.SECONDS), false),
                flag("remove", MAP_REMOVE, map -> map.remove("k"), false),
                flag("remove(key, value)", MAP_REMOVE_IF_SAME, map -> map.remove("k", "v"), false),
                flag("delete", MAP_DELETE, map -> map.delete("k"), false),
                flag("tryRemove", MAP_TRY_REMOVE, map -> map.tryRemove("k", 1, TimeUnit.SECONDS), false),
                flag("replace", MAP_REPLACE, map -> map.replace("k", "v"), false),
                flag("replace(key, old, new)", MAP_REPLACE_IF_SAME, map -> map.replace("k", "v", "w"), false),
                flag("evict", MAP_EVICT, map -> map.evict("k"), false),
                flag("evictAll", MAP_EVICT_ALL, AsyncAlderMap::evictAll, false),
                flag("flush", MAP_FLUSH, AsyncAlderMap::flush, false),
                flag("clear", MAP_CLEAR, AsyncAlderMap::clear, false),
                flag("loadAll", MAP_LOAD_ALL, map -> map.loadAll(false), false),
                flag("loadAll(keys)", MAP_LOAD_GIVEN_KEYS, map -> map.loadAll(Set.of("k"), false), false),
                flag("setTtl", MAP_SET_TTL, map -> map.setTtl("k", 1, TimeUnit.SECONDS), false),
                flag("getAll", MAP_GET_ALL, map -> map.getAll(Set.of("k")), false),
                flag("putAll", MAP_PUT_ALL, map -> map.putAll(Map.of("k", "v")), false));
    }

    private static Arguments flag(String operation, MessageType type, Consumer<AsyncAlderMap<String, String>> call,
            boolean retryable) {
        return Arguments.of(operation, type, call, retryable);
    }

    @ParameterizedTest(name = "{0}: {1}, retryable={3}")
    @MethodSource("retryFlags")
    @DisplayName("each operation sends its message, flagged retryable exactly when 3.12 marks it so")
    void retryFlag(String operation, MessageType type, Consumer<AsyncAlderMap<String, String>> call,
            boolean retryable) {
        call.accept(map);

        Invocation invocation = sent.single();
        assertThat(invocation.request().type()).isEqualTo(type.id());
        assertThat(invocation.idempotent()).isEqualTo(retryable);
    }

    @Test
    @DisplayName("an asynchronous call belongs to the thread that issues it, whichever thread completes it")
    void threadThatIssuesTheCallOwnsIt() throws InterruptedException {
        Thread locker = new Thread(() -> map.lock("k"));
        locker.start();
        locker.join();
        map.unlock("k");

        LockRequest lock = decode(0, LockRequest.class);
        UnlockRequest unlock = decode(1, UnlockRequest.class);
        assertThat(lock.threadId()).isEqualTo(locker.getId());
        assertThat(unlock.threadId()).isEqualTo(Thread.currentThread().getId()).isNotEqualTo(locker.getId());
    }

    @Test
    @DisplayName("every lock call has a reference id of its own, shared by all maps of the client")
    void referenceIds() {
        LockReferenceIds referenceIds = new LockReferenceIds();
        MapProxy<String, String> first = new MapProxy<>("a", context, referenceIds, objects);
        MapProxy<String, String> second = new MapProxy<>("b", context, referenceIds, objects);

        first.lock("k");
        second.tryLock("k");
        first.unlock("k");
        second.forceUnlock("k");

        List<Long> ids = List.of(decode(0, LockRequest.class).referenceId(), decode(1, TryLockRequest.class).referenceId(),
                decode(2, UnlockRequest.class).referenceId(), decode(3, ForceUnlockRequest.class).referenceId());
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isPositive());
    }

    @Test
    @DisplayName("lock holds until unlocked unless given a lease; tryLock without a timeout does not wait")
    void lockAndTryLockArguments() throws Exception {
        map.lock("k");
        map.lock("k", 2, TimeUnit.SECONDS);
        map.tryLock("k");
        map.tryLock("k", 3, TimeUnit.SECONDS);
        map.tryLock("k", 3, TimeUnit.SECONDS, 4, TimeUnit.SECONDS);

        assertThat(decode(0, LockRequest.class).ttl()).isEqualTo(-1);
        assertThat(decode(1, LockRequest.class).ttl()).isEqualTo(2000);
        assertThat(decode(2, TryLockRequest.class)).extracting(TryLockRequest::timeout, TryLockRequest::lease)
                .containsExactly(0L, Long.MAX_VALUE);
        assertThat(decode(3, TryLockRequest.class)).extracting(TryLockRequest::timeout, TryLockRequest::lease)
                .containsExactly(3000L, Long.MAX_VALUE);
        assertThat(decode(4, TryLockRequest.class)).extracting(TryLockRequest::timeout, TryLockRequest::lease)
                .containsExactly(3000L, 4000L);
    }

    @Test
    @DisplayName("operations that wait on the member tell the invocation service how long; a lock has no deadline")
    void waitTimes() {
        map.get("k");
        map.lock("k");
        map.lock("k", 5, TimeUnit.SECONDS);
        map.tryLock("k");
        map.tryLock("k", 3, TimeUnit.SECONDS);
        map.tryPut("k", "v", 2, TimeUnit.SECONDS);
        map.tryRemove("k", 250, TimeUnit.MILLISECONDS);
        map.tryRemove("k", -1, TimeUnit.SECONDS);

        assertThat(sent.invocations()).map(Invocation::waitTime).containsExactly(Duration.ZERO, null, null,
                Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(250), null);
    }

    @Test
    @DisplayName("destroy destroys the map through the object registry")
    void destroy() {
        map.destroy();

        assertThat(objects.calls()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("destroy");
            assertThat(call.serviceName()).isEqualTo("hz:impl:mapService");
            assertThat(call.name()).isEqualTo(NAME);
        });
    }

    @Test
    @DisplayName("times go out in milliseconds: no ttl is -1, sub-millisecond rounds up to 1, negative is -1")
    void timeArguments() {
        map.put("k", "v");
        map.put("k", "v", 500, TimeUnit.MICROSECONDS);
        map.put("k", "v", -5, TimeUnit.SECONDS);
        map.put("k", "v", 0, TimeUnit.SECONDS);
        map.put("k", "v", 2, TimeUnit.SECONDS, 3, TimeUnit.MINUTES);

        assertThat(List.of(0, 1, 2, 3)).map(index -> decode(index, PutRequest.class).ttl())
                .containsExactly(-1L, 1L, -1L, 0L);
        PutWithMaxIdleRequest withMaxIdle = decode(4, PutWithMaxIdleRequest.class);
        assertThat(withMaxIdle.ttl()).isEqualTo(2000);
        assertThat(withMaxIdle.maxIdle()).isEqualTo(180_000);
    }

    @Test
    @DisplayName("getAll sends one request per partition, holding exactly that partition's keys, and merges the answers")
    void getAllGroupsByPartition() {
        Set<String> keys = keys(60);

        CompletableFuture<Map<String, String>> all = map.getAll(keys);

        Set<String> requested = new HashSet<>();
        Set<Integer> partitions = new HashSet<>();
        for (Invocation invocation : sent.invocations()) {
            int partition = invocation.request().partitionId();
            List<String> group = decodeKeys(
                    MapCodec.REQUESTS.decodeAs(invocation.request(), ValueListRequest.class).values());
            assertThat(group).allSatisfy(key -> assertThat(context.partitionOf(key)).isEqualTo(partition));
            assertThat(partitions.add(partition)).as("one request for partition %d", partition).isTrue();
            assertThat(requested).doesNotContainAnyElementsOf(group);
            requested.addAll(group);
            assertThat(all).isNotDone();
            invocation.response().complete(entriesFor(group.stream().filter(key -> !key.endsWith("7")).toList()));
        }

        assertThat(requested).isEqualTo(keys);
        assertThat(partitions).as("some partitions hold several of the keys").hasSizeLessThan(keys.size());
        Map<String, String> expected = new HashMap<>();
        keys.stream().filter(key -> !key.endsWith("7")).forEach(key -> expected.put(key, "value-of-" + key));
        assertThat(all).isCompletedWithValue(expected);
    }

    @Test
    @DisplayName("putAll sends one request per partition with its entries and completes when every partition did")
    void putAllGroupsByPartition() {
        Map<String, String> entries = new LinkedHashMap<>();
        keys(60).forEach(key -> entries.put(key, "value-of-" + key));

        CompletableFuture<Void> stored = map.putAll(entries);

        Map<String, String> requested = new HashMap<>();
        List<Invocation> invocations = sent.invocations();
        for (Invocation invocation : invocations) {
            int partition = invocation.request().partitionId();
            PutAllRequest putAll = MapCodec.REQUESTS.decodeAs(invocation.request(), PutAllRequest.class);
            putAll.entries().forEach(entry -> {
                String key = context.toObject(entry.getKey());
                assertThat(context.partitionOf(key)).isEqualTo(partition);
                requested.put(key, context.toObject(entry.getValue()));
            });
        }
        assertThat(requested).isEqualTo(entries);
        assertThat(invocations.stream().map(invocation -> invocation.request().partitionId()))
                .doesNotHaveDuplicates();

        invocations.forEach(invocation -> {
            assertThat(stored).isNotDone();
            invocation.response().complete(ResponseCodec.encodeVoid(context.allocator(), 0, null));
        });
        assertThat(stored).isCompleted();
    }

    @Test
    @DisplayName("putAll fails when one partition's request fails")
    void putAllFailure() {
        Map<String, String> entries = new LinkedHashMap<>();
        keys(20).forEach(key -> entries.put(key, "v"));
        CompletableFuture<Void> stored = map.putAll(entries);

        List<Invocation> invocations = sent.invocations();
        invocations.get(0).response().completeExceptionally(new IllegalStateException("partition lost"));
        invocations.subList(1, invocations.size()).forEach(invocation -> invocation.response()
                .complete(ResponseCodec.encodeVoid(context.allocator(), 0, null)));

        assertThatThrownBy(stored::join).isInstanceOf(CompletionException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("bulk calls with no keys complete at once without a request")
    void emptyBulkCalls() {
        assertThat(map.getAll(Set.of())).isCompletedWithValue(Map.of());
        assertThat(map.putAll(Map.of())).isCompleted();
        assertThat(map.loadAll(Set.of(), true)).isCompleted();
        assertThat(sent.invocations()).isEmpty();
    }

    @Test
    @DisplayName("a response is decoded into the result and released")
    void responseReleased() {
        CompletableFuture<String> value = map.get("k");
        ClientMessage response = ResponseCodec.encodeData(context.allocator(), 0, context.toData("v"));

        sent.single().response().complete(response);

        assertThat(value).isCompletedWithValue("v");
        assertThat(response.refCnt()).isZero();
    }

    @Test
    @DisplayName("getEntryView deserializes key and value and keeps every statistic")
    void entryView() {
        CompletableFuture<EntryView<String, String>> view = map.getEntryView("k");
        MapResponseCodec.EntryView answer = new MapResponseCodec.EntryView(context.toData("k"), context.toData("v"),
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        sent.single().response().complete(MapResponseCodec.encodeEntryView(context.allocator(), 0, answer));

        assertThat(view).isCompletedWithValue(new EntryView<>("k", "v", 1, 2, 3, 4, 5, 6, 7, 8, 10, 11));
    }

    @Test
    @DisplayName("null keys and values are rejected before anything is sent")
    void nullsRejected() {
        assertThatThrownBy(() -> map.get(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> map.put("k", null)).isInstanceOf(NullPointerException.class).hasMessage("value");
        Map<String, String> withNullValue = new HashMap<>();
        withNullValue.put("k", null);
        assertThatThrownBy(() -> map.putAll(withNullValue)).isInstanceOf(NullPointerException.class);
        Set<String> withNullKey = new HashSet<>();
        withNullKey.add(null);
        assertThatThrownBy(() -> map.getAll(withNullKey)).isInstanceOf(NullPointerException.class);
        assertThat(sent.invocations()).isEmpty();
    }

    @Test
    @DisplayName("an entry listener is registered with the flags of its interfaces, its key and includeValue")
    void entryListenerRegistration() {
        map.addEntryListener((EntryAddedListener<String, String>) event -> { }, "k", false);

        EntryListenerProtocol protocol = (EntryListenerProtocol) sent.registrations().get(0).protocol();
        assertThat(protocol.mapName()).isEqualTo(NAME);
        assertThat(context.<String>toObject(protocol.key())).isEqualTo("k");
        assertThat(protocol.includeValue()).isFalse();
        assertThat(protocol.listenerFlags()).isEqualTo(1);
    }

    @Test
    @DisplayName("removeEntryListener ends the invocation service's registration")
    void entryListenerRemoval() {
        assertThat(map.removeEntryListener("registration-1")).isCompletedWithValue(true);

        assertThat(sent.removed()).containsExactly("registration-1");
    }

    private <T extends CodecRequest> T decode(int index, Class<T> shape) {
        return MapCodec.REQUESTS.decodeAs(sent.invocations().get(index).request(), shape);
    }

    private List<String> decodeKeys(List<Data> keys) {
        List<String> decoded = new ArrayList<>();
        keys.forEach(key -> decoded.add(context.toObject(key)));
        return decoded;
    }

    private ClientMessage entriesFor(List<String> keys) {
        List<Map.Entry<Data, Data>> entries = new ArrayList<>();
        keys.forEach(key -> entries.add(Map.entry(context.toData(key), context.toData("value-of-" + key))));
        return ResponseCodec.encodeEntryList(context.allocator(), 0, entries);
    }

    private static Set<String> keys(int count) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < count; i++) {
            keys.add("key-" + i);
        }
        return keys;
    }
}
