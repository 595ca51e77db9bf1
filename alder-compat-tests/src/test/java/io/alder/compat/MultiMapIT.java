package io.alder.compat;

import static com.hazelcast.core.EntryEventType.ADDED;
import static com.hazelcast.core.EntryEventType.CLEAR_ALL;
import static com.hazelcast.core.EntryEventType.REMOVED;
import static io.alder.compat.SeenEvent.entry;
import static io.alder.compat.SeenEvent.mapWide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.hazelcast.config.MultiMapConfig;
import io.alder.member.multimap.ValueCollectionType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Multimaps through either client: SET and LIST values (the names {@value #LIST} keep LISTs on both servers),
 * the views, entry listeners of one client fed by another, key locks that make another client's writes wait,
 * many clients contending for one key lock, a lock holder that dies, and Alder's asynchronous view. Key locks
 * also run every scenario of {@link LockIT} as {@link LockFlavour#MULTI_MAP_KEY}.
 */
class MultiMapIT extends CompatSuite {

    private static final String LIST_PREFIX = "list-";
    /** The names of the multimaps that keep LISTs of values; the others keep SETs, 3.12's default. */
    private static final String LIST = LIST_PREFIX + "*";
    private static final Duration QUIET = Duration.ofMillis(500);

    /** Threads other than the test thread, for calls that wait. */
    private final ExecutorService otherThreads = Executors.newCachedThreadPool();

    @AfterAll
    void stopThreads() {
        otherThreads.shutdownNow();
    }

    /** Members whose multimaps named {@value #LIST} keep LISTs, configured the way each kind is. */
    @Override
    protected ServerUnderTest startServer(ServerKind kind) {
        return switch (kind) {
            case REFERENCE -> ReferenceMember.start(config -> config.addMultiMapConfig(
                    new MultiMapConfig(LIST).setValueCollectionType(MultiMapConfig.ValueCollectionType.LIST)));
            case ALDER -> AlderMember.start(config -> config.multiMapCollectionTypes(
                    Map.of(LIST, ValueCollectionType.LIST)));
        };
    }

    private MultiMapView<String, String> multiMap(Target target) {
        return client(target).getMultiMap(uniqueName());
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a SET multimap: each value once per key, and the views of keys, values and pairs")
    void setValues(Target target) {
        MultiMapView<String, String> multiMap = multiMap(target);

        assertThat(multiMap.put("k", "a")).isTrue();
        assertThat(multiMap.put("k", "b")).isTrue();
        assertThat(multiMap.put("k", "a")).as("a value the key has").isFalse();
        assertThat(multiMap.put("j", "c")).isTrue();

        assertThat(multiMap.get("k")).containsExactlyInAnyOrder("a", "b");
        assertThat(multiMap.get("none")).isEmpty();
        assertThat(multiMap.valueCount("k")).isEqualTo(2);
        assertThat(multiMap.size()).isEqualTo(3);
        assertThat(multiMap.containsKey("j")).isTrue();
        assertThat(multiMap.containsKey("c")).isFalse();
        assertThat(multiMap.containsValue("c")).isTrue();
        assertThat(multiMap.containsValue("k")).isFalse();
        assertThat(multiMap.containsEntry("k", "b")).isTrue();
        assertThat(multiMap.containsEntry("k", "c")).isFalse();
        assertThat(multiMap.keySet()).containsExactlyInAnyOrder("k", "j");
        assertThat(multiMap.values()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(multiMap.entrySet()).containsExactlyInAnyOrder(Map.entry("k", "a"), Map.entry("k", "b"),
                Map.entry("j", "c"));
        assertThat(multiMap.remove("k", "a")).isTrue();
        assertThat(multiMap.remove("k", "a")).isFalse();
        assertThat(multiMap.remove("k")).containsExactly("b");
        assertThat(multiMap.remove("k")).isEmpty();
        assertThat(multiMap.containsKey("k")).as("a key without values is gone").isFalse();
        multiMap.delete("j");
        assertThat(multiMap.size()).isZero();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a LIST multimap: every value put, in order; removing a value removes its first occurrence")
    void listValues(Target target) {
        MultiMapView<String, String> multiMap = client(target).getMultiMap(LIST_PREFIX + uniqueName());

        assertThat(multiMap.put("k", "a")).isTrue();
        assertThat(multiMap.put("k", "b")).isTrue();
        assertThat(multiMap.put("k", "a")).isTrue();

        assertThat(multiMap.get("k")).containsExactly("a", "b", "a");
        assertThat(multiMap.valueCount("k")).isEqualTo(3);
        assertThat(multiMap.values()).containsExactlyInAnyOrder("a", "a", "b");
        assertThat(multiMap.entrySet()).as("the pairs, each once").containsExactlyInAnyOrder(Map.entry("k", "a"),
                Map.entry("k", "b"));
        assertThat(multiMap.remove("k", "a")).isTrue();
        assertThat(multiMap.get("k")).containsExactly("b", "a");
        multiMap.clear();
        assertThat(multiMap.size()).isZero();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("listeners hear another client's values added and removed, not deletes, and every clear with its key count")
    void entryListeners(Target target) {
        String name = uniqueName();
        MultiMapView<String, String> multiMap = client(target).getMultiMap(name);
        RecordingListener withValues = RecordingListener.ofEveryType();
        RecordingListener withoutValues = RecordingListener.ofEveryType();
        RecordingListener ofKey = RecordingListener.ofEveryType();
        multiMap.addEntryListener(withValues, true);
        String registration = multiMap.addEntryListener(withoutValues, false);
        multiMap.addEntryListener(ofKey, "k", true);
        MultiMapView<String, String> writer = otherClient(target).getMultiMap(name);

        writer.put("k", "a");
        writer.put("k", "a");
        writer.put("k", "b");
        writer.put("j", "c");
        writer.remove("k", "a");
        writer.remove("k");
        writer.delete("j");
        writer.put("x", "1");
        writer.put("y", "2");
        writer.put("y", "3");
        writer.clear();
        writer.clear();

        List<SeenEvent> ofK = List.of(entry(ADDED, "k", "a", null), entry(ADDED, "k", "b", null),
                entry(REMOVED, "k", null, "a"), entry(REMOVED, "k", null, "b"));
        List<SeenEvent> clears = List.of(mapWide(CLEAR_ALL, 2), mapWide(CLEAR_ALL, 0));
        List<SeenEvent> others = List.of(entry(ADDED, "j", "c", null), entry(ADDED, "x", "1", null),
                entry(ADDED, "y", "2", null), entry(ADDED, "y", "3", null));
        assertHeard(withValues, ofK, clears, others);
        assertHeard(withoutValues, withoutValues(ofK), clears, withoutValues(others));
        assertHeard(ofKey, ofK, clears, List.of());
        String member = client(target).memberUuid(server(target.server()).addressString());
        assertThat(withValues.sources()).containsOnly(member);
        assertThat(withValues.mapNames()).containsExactly(name);

        assertThat(multiMap.removeEntryListener(registration)).isTrue();
        writer.put("z", "4");
        eventually().until(() -> withValues.events().size() == 11);
        eventually().during(QUIET).until(() -> withoutValues.events().size() == 10);
    }

    /** Waits until the listener heard exactly these events: those of "k" and the clears in order. */
    private static void assertHeard(RecordingListener listener, List<SeenEvent> ofK, List<SeenEvent> clears,
            List<SeenEvent> others) {
        eventually().untilAsserted(() -> assertThat(listener.events())
                .hasSize(ofK.size() + clears.size() + others.size()));
        assertThat(listener.events()).filteredOn(event -> "k".equals(event.key())).containsExactlyElementsOf(ofK);
        assertThat(listener.events()).filteredOn(event -> event.type() == CLEAR_ALL).containsExactlyElementsOf(clears);
        assertThat(listener.events()).filteredOn(event -> event.key() != null && !"k".equals(event.key()))
                .containsExactlyInAnyOrderElementsOf(others);
    }

    private static List<SeenEvent> withoutValues(List<SeenEvent> events) {
        return events.stream().map(event -> entry(event.type(), event.key(), null, null)).toList();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("while one client holds a key's lock another's put and remove wait; its reads, and delete as in 3.12, do not")
    void writesWaitForAnotherClientsLock(Target target) throws Exception {
        String name = uniqueName();
        MultiMapView<String, String> owner = client(target).getMultiMap(name);
        MultiMapView<String, String> other = otherClient(target).getMultiMap(name);
        owner.put("k", "a");
        owner.put("j", "x");
        owner.lock("k");
        owner.lock("j");

        CompletableFuture<Boolean> put = inOtherThread(() -> other.put("k", "b"));
        CompletableFuture<Boolean> removed = inOtherThread(() -> other.remove("k", "a"));
        eventually().during(QUIET).until(() -> !put.isDone() && !removed.isDone());
        assertThat(other.get("k")).containsExactly("a");
        assertThat(other.isLocked("k")).isTrue();
        assertThat(other.tryLock("k")).isFalse();
        assertThat(owner.put("k", "c")).as("the owner writes").isTrue();
        other.delete("j");
        assertThat(other.containsKey("j")).isFalse();
        assertThat(owner.isLocked("j")).isTrue();
        owner.unlock("k");

        assertThat(put.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(removed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(owner.get("k")).containsExactlyInAnyOrder("b", "c");
        owner.unlock("j");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("clear keeps the keys another client has locked")
    void clearKeepsLockedKeys(Target target) {
        String name = uniqueName();
        MultiMapView<String, String> owner = client(target).getMultiMap(name);
        owner.put("k", "a");
        owner.put("j", "b");
        owner.lock("k");

        otherClient(target).getMultiMap(name).clear();

        assertThat(owner.keySet()).containsExactly("k");
        owner.unlock("k");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("4 clients take turns on one key lock, each adding the next number: no value lost, none twice")
    void clientsContendForOneKeyLock(Target target) throws Exception {
        int clients = 4;
        int rounds = 25;
        String name = uniqueName();
        List<ClientUnderTest> contenders = Stream.generate(() -> newClient(target)).limit(clients).toList();
        List<Callable<Void>> work = new ArrayList<>();
        for (ClientUnderTest contender : contenders) {
            MultiMapView<String, String> multiMap = contender.getMultiMap(name);
            work.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    multiMap.lock("counter");
                    try {
                        String next = Integer.toString(multiMap.valueCount("counter"));
                        assertThat(multiMap.put("counter", next)).as("value " + next + " was new").isTrue();
                    } finally {
                        multiMap.unlock("counter");
                    }
                }
                return null;
            });
        }

        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            for (Future<Void> done : threads.invokeAll(work, 2 * PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
            contenders.forEach(ClientUnderTest::close);
        }

        MultiMapView<String, String> multiMap = client(target).getMultiMap(name);
        assertThat(multiMap.valueCount("counter")).isEqualTo(clients * rounds);
        assertThat(multiMap.isLocked("counter")).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a client process killed holding a key's lock: another client's waiting put goes ahead after the cleanup delay")
    void lockOfAKilledClientIsReleased(Target target) throws Exception {
        String name = uniqueName();
        MultiMapView<String, String> multiMap = client(target).getMultiMap(name);
        try (ChildJvm holder = LockHolderProcess.start(server(target.server()), target, name)) {
            String key = "locked-key";
            CompletableFuture<Boolean> put = inOtherThread(() -> multiMap.put(key, "after the holder"));
            eventually().during(QUIET).until(() -> !put.isDone());

            holder.kill();
            long killed = System.nanoTime();

            assertThat(put.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed))
                    .isGreaterThanOrEqualTo(ServerUnderTest.CLIENT_CLEANUP_DELAY.toMillis() - 500);
            assertThat(multiMap.get(key)).containsExactly("after the holder");
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a multimap is listed under its service, and a destroyed one's name starts empty")
    void listedAndDestroyed(Target target) {
        MultiMapView<String, String> multiMap = multiMap(target);
        multiMap.put("k", "a");

        assertThat(client(target).distributedObjects()).extracting(SeenObject::name, SeenObject::serviceName)
                .contains(tuple(multiMap.getName(), "hz:impl:multiMapService"));
        multiMap.destroy();

        assertThat(client(target).<String, String>getMultiMap(multiMap.getName()).size()).isZero();
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous view: a put completes when another client's lock goes")
    void asynchronousView(Target target) {
        String name = uniqueName();
        MultiMapView<String, String> multiMap = client(target).getMultiMap(name);
        MultiMapView<String, String> other = otherClient(target).getMultiMap(name);
        assertThat(other.lockAsync("k")).succeedsWithin(PATIENCE);

        CompletableFuture<Boolean> put = multiMap.putAsync("k", "a");
        assertThat(multiMap.tryLockAsync("k", 100, TimeUnit.MILLISECONDS)).succeedsWithin(PATIENCE).isEqualTo(false);
        eventually().during(QUIET).until(() -> !put.isDone());
        assertThat(other.unlockAsync("k")).succeedsWithin(PATIENCE);

        assertThat(put).succeedsWithin(PATIENCE).isEqualTo(true);
        assertThat(multiMap.getAsync("k")).succeedsWithin(PATIENCE).satisfies(values ->
                assertThat(values).containsExactly("a"));
        assertThat(multiMap.sizeAsync()).succeedsWithin(PATIENCE).isEqualTo(1);
        assertThat(multiMap.removeAsync("k")).succeedsWithin(PATIENCE).satisfies(values ->
                assertThat(values).containsExactly("a"));
    }

    private <T> CompletableFuture<T> inOtherThread(Callable<T> call) {
        return OtherThread.startOn(otherThreads, call);
    }
}
