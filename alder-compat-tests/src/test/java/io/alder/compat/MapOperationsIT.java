package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/** Every map operation, through either client, with the result a 3.12 member gives. */
class MapOperationsIT extends CompatSuite {

    private MapView<String, String> map(Target target) {
        return client(target).getMap(uniqueName());
    }

    @OnEveryClientServerAndRouting
    @DisplayName("put returns the previous value, get reads the current one, a missing key reads null")
    void putAndGet(Target target) {
        MapView<String, String> map = map(target);

        assertThat(map.put("k", "v1")).isNull();
        assertThat(map.put("k", "v2")).isEqualTo("v1");
        assertThat(map.get("k")).isEqualTo("v2");
        assertThat(map.get("missing")).isNull();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("set stores without returning the previous value")
    void set(Target target) {
        MapView<String, String> map = map(target);

        map.set("k", "v1");
        map.set("k", "v2");

        assertThat(map.get("k")).isEqualTo("v2");
        assertThat(map.size()).isEqualTo(1);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("remove returns the removed value, then null; delete removes silently")
    void removeAndDelete(Target target) {
        MapView<String, String> map = map(target);
        map.put("a", "1");
        map.put("b", "2");

        assertThat(map.remove("a")).isEqualTo("1");
        assertThat(map.remove("a")).isNull();
        map.delete("b");
        map.delete("missing");

        assertThat(map.containsKey("a")).isFalse();
        assertThat(map.containsKey("b")).isFalse();
        assertThat(map.isEmpty()).isTrue();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("remove(key, value) removes only on a matching value")
    void removeIfSame(Target target) {
        MapView<String, String> map = map(target);
        map.put("k", "v");

        assertThat(map.remove("k", "other")).isFalse();
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.remove("missing", "v")).isFalse();
        assertThat(map.remove("k", "v")).isTrue();
        assertThat(map.containsKey("k")).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("replace changes present keys only and returns the old value")
    void replace(Target target) {
        MapView<String, String> map = map(target);
        map.put("k", "v1");

        assertThat(map.replace("missing", "v")).isNull();
        assertThat(map.containsKey("missing")).isFalse();
        assertThat(map.replace("k", "v2")).isEqualTo("v1");
        assertThat(map.get("k")).isEqualTo("v2");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("replace(key, old, new) changes the value only when old matches")
    void replaceIfSame(Target target) {
        MapView<String, String> map = map(target);
        map.put("k", "v1");

        assertThat(map.replace("k", "other", "v2")).isFalse();
        assertThat(map.get("k")).isEqualTo("v1");
        assertThat(map.replace("missing", "v1", "v2")).isFalse();
        assertThat(map.replace("k", "v1", "v2")).isTrue();
        assertThat(map.get("k")).isEqualTo("v2");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("containsKey and containsValue")
    void containsKeyAndValue(Target target) {
        MapView<String, String> map = map(target);
        map.put("k", "v");

        assertThat(map.containsKey("k")).isTrue();
        assertThat(map.containsKey("v")).isFalse();
        assertThat(map.containsValue("v")).isTrue();
        assertThat(map.containsValue("k")).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("putIfAbsent, with and without ttl and maxIdle, stores only when absent and returns the existing value otherwise")
    void putIfAbsent(Target target) {
        MapView<String, String> map = map(target);

        assertThat(map.putIfAbsent("k", "v1")).isNull();
        assertThat(map.putIfAbsent("k", "v2")).isEqualTo("v1");
        assertThat(map.putIfAbsent("k", "v3", 1, TimeUnit.MINUTES)).isEqualTo("v1");
        assertThat(map.putIfAbsent("other", "v", 1, TimeUnit.MINUTES, 1, TimeUnit.MINUTES)).isNull();
        assertThat(map.get("k")).isEqualTo("v1");
        assertThat(map.getAll(Set.of("k", "other"))).containsOnly(entry("k", "v1"), entry("other", "v"));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("putTransient, with and without maxIdle, stores like put (no map store here)")
    void putTransient(Target target) {
        MapView<String, String> map = map(target);

        map.putTransient("k", "v", 0, TimeUnit.SECONDS);
        map.putTransient("other", "w", 1, TimeUnit.MINUTES, 1, TimeUnit.MINUTES);

        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.get("other")).isEqualTo("w");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("tryPut and tryRemove succeed at once on unlocked keys; tryRemove of a missing key is false")
    void tryPutAndTryRemoveUnlocked(Target target) {
        MapView<String, String> map = map(target);

        assertThat(map.tryPut("k", "v", 1, TimeUnit.SECONDS)).isTrue();
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.tryRemove("missing", 1, TimeUnit.SECONDS)).isFalse();
        assertThat(map.tryRemove("k", 1, TimeUnit.SECONDS)).isTrue();
        assertThat(map.containsKey("k")).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("tryPut and tryRemove give up with false after their timeout on a key another client locked; the holder writes")
    void tryPutAndTryRemoveOnKeyLockedByAnotherClient(Target target) {
        String name = uniqueName();
        MapView<String, String> map = client(target).getMap(name);
        MapView<String, String> holder = otherClient(target).getMap(name);
        map.put("k", "v");
        holder.lock("k");

        long start = System.nanoTime();
        assertThat(map.tryPut("k", "w", 300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(map.tryRemove("k", 300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(600);
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(holder.tryPut("k", "mine", 300, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(map.get("k")).isEqualTo("mine");

        holder.unlock("k");
        assertThat(map.tryPut("k", "w", 300, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(map.get("k")).isEqualTo("w");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("putAll stores every entry, over many partitions; getAll returns exactly the present ones")
    void putAllAndGetAll(Target target) {
        MapView<String, String> map = map(target);
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            entries.put("key-" + i, "value-" + i);
        }

        map.putAll(entries);

        Set<String> wanted = new HashSet<>(entries.keySet());
        wanted.add("missing");
        assertThat(map.getAll(wanted)).containsExactlyInAnyOrderEntriesOf(entries);
        assertThat(map.getAll(Set.of("missing"))).isEmpty();
        assertThat(map.getAll(Set.of())).isEmpty();
        assertThat(map.size()).isEqualTo(200);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("size, isEmpty and clear")
    void sizeIsEmptyAndClear(Target target) {
        MapView<String, String> map = map(target);
        assertThat(map.isEmpty()).isTrue();
        assertThat(map.size()).isZero();

        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "3");
        assertThat(map.isEmpty()).isFalse();
        assertThat(map.size()).isEqualTo(3);

        map.clear();
        assertThat(map.isEmpty()).isTrue();
        assertThat(map.size()).isZero();
        assertThat(map.get("a")).isNull();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("keySet, values and entrySet are snapshots; values cannot be modified, nor can Alder's keySet")
    void keySetValuesAndEntrySet(Target target) {
        MapView<String, String> map = map(target);
        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "2");

        Set<String> keys = map.keySet();
        Collection<String> values = map.values();
        List<String> valuesCopy = List.copyOf(values);
        Set<Map.Entry<String, String>> entries = map.entrySet();
        map.put("d", "3");

        assertThat(keys).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(valuesCopy).containsExactlyInAnyOrder("1", "2", "2");
        assertThat(entries).containsExactlyInAnyOrder(entry("a", "1"), entry("b", "2"), entry("c", "2"));
        assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
        if (target.client() == ClientKind.ALDER) {
            assertThatThrownBy(() -> keys.add("x")).isInstanceOf(UnsupportedOperationException.class);
        } else {
            // 3.12's keySet is a copy the caller may change (IMap: "not backed by the map"); the map keeps its keys.
            keys.add("x");
            assertThat(map.keySet()).containsExactlyInAnyOrder("a", "b", "c", "d");
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("evict removes a present key (true) and reports a missing one (false); evictAll empties the map")
    void evictAndEvictAll(Target target) {
        MapView<String, String> map = map(target);
        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "3");

        assertThat(map.evict("a")).isTrue();
        assertThat(map.evict("a")).isFalse();
        assertThat(map.containsKey("a")).isFalse();
        assertThat(map.size()).isEqualTo(2);

        map.evictAll();
        assertThat(map.size()).isZero();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("without a map store, flush keeps the data, loadAll is IllegalArgumentException, loading no keys does nothing")
    void flushAndLoadAllWithoutMapStore(Target target) {
        MapView<String, String> map = map(target);
        map.put("k", "v");

        map.flush();
        assertThat(map.get("k")).isEqualTo("v");
        map.loadAll(Set.of(), true);

        assertThatThrownBy(() -> map.loadAll(true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("First you should configure a map store");
        assertThatThrownBy(() -> map.loadAll(false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("First you should configure a map store");
        // A 3.12 member fails loading given keys without a store with its own NullPointerException.
        Class<? extends RuntimeException> refusal = target.server() == ServerKind.REFERENCE
                ? NullPointerException.class : IllegalArgumentException.class;
        assertThatThrownBy(() -> map.loadAll(Set.of("k", "other"), false)).isInstanceOf(refusal);
        assertThat(map.entrySet()).containsExactly(entry("k", "v"));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("getEntryView: times, hits, version, ttl, maxIdle and expiration as 3.12 reports them")
    void entryView(Target target) {
        MapView<String, String> map = map(target);
        assertThat(map.getEntryView("missing")).isNull();

        long beforePut = System.currentTimeMillis();
        map.put("k", "v1");
        long afterPut = System.currentTimeMillis();
        SeenEntryView<String, String> created = map.getEntryView("k");
        assertThat(created.key()).isEqualTo("k");
        assertThat(created.value()).isEqualTo("v1");
        assertThat(created.creationTime()).satisfies(time -> assertWithinStoredPrecision(time, beforePut, afterPut));
        assertThat(created.lastUpdateTime()).isEqualTo(created.creationTime());
        assertThat(created.lastAccessTime()).isZero();
        assertThat(created.lastStoredTime()).isZero();
        assertThat(created.hits()).isZero();
        assertThat(created.version()).isZero();
        assertThat(created.cost()).isPositive();
        assertThat(created.ttl()).isEqualTo(Long.MAX_VALUE);
        assertThat(created.maxIdle()).isEqualTo(Long.MAX_VALUE);
        assertThat(created.expirationTime()).isEqualTo(Long.MAX_VALUE);

        long beforeReads = System.currentTimeMillis();
        map.get("k");
        map.get("k");
        SeenEntryView<String, String> read = map.getEntryView("k");
        assertThat(read.hits()).as("getEntryView itself is no hit").isEqualTo(2);
        assertThat(read.version()).isZero();
        assertThat(read.lastAccessTime())
                .satisfies(time -> assertWithinStoredPrecision(time, beforeReads, System.currentTimeMillis()));

        long beforeUpdate = System.currentTimeMillis();
        map.put("k", "v2");
        long afterUpdate = System.currentTimeMillis();
        SeenEntryView<String, String> updated = map.getEntryView("k");
        assertThat(updated.value()).isEqualTo("v2");
        assertThat(updated.hits()).as("an update counts as a hit").isEqualTo(3);
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.creationTime()).isEqualTo(created.creationTime());
        assertThat(updated.lastUpdateTime())
                .satisfies(time -> assertWithinStoredPrecision(time, beforeUpdate, afterUpdate))
                .isBetween(created.creationTime(), afterUpdate);
    }

    /** 3.12 keeps entry times in whole seconds (counted from a whole-second base time), so a time may lag by < 1 s. */
    private static void assertWithinStoredPrecision(long time, long notBefore, long notAfter) {
        assertThat(time).isBetween(notBefore / 1000 * 1000, notAfter);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("every put flavour stores its ttl and maxIdle, as the entry view shows")
    void putFlavoursStoreTtlAndMaxIdle(Target target) {
        MapView<String, String> map = map(target);
        TimeUnit s = TimeUnit.SECONDS;

        map.put("put", "v", 60, s);
        map.put("put-idle", "v", 60, s, 30, s);
        map.set("set", "v", 61, s);
        map.set("set-idle", "v", 0, s, 31, s);
        map.putIfAbsent("putIfAbsent", "v", 62, s);
        map.putIfAbsent("putIfAbsent-idle", "v", 62, s, 32, s);
        map.putTransient("putTransient", "v", 63, s);
        map.putTransient("putTransient-idle", "v", 63, s, 33, s);

        assertTtlAndMaxIdle(map, "put", 60_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "put-idle", 60_000, 30_000);
        assertTtlAndMaxIdle(map, "set", 61_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "set-idle", Long.MAX_VALUE, 31_000);
        assertTtlAndMaxIdle(map, "putIfAbsent", 62_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "putIfAbsent-idle", 62_000, 32_000);
        assertTtlAndMaxIdle(map, "putTransient", 63_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "putTransient-idle", 63_000, 33_000);
    }

    private static void assertTtlAndMaxIdle(MapView<String, String> map, String key, long ttl, long maxIdle) {
        SeenEntryView<String, String> view = map.getEntryView(key);
        assertThat(view.value()).as(key).isEqualTo("v");
        assertThat(view.ttl()).as(key + " ttl").isEqualTo(ttl);
        assertThat(view.maxIdle()).as(key + " maxIdle").isEqualTo(maxIdle);
        long byTtl = ttl == Long.MAX_VALUE ? Long.MAX_VALUE : view.lastUpdateTime() + ttl;
        long byIdle = maxIdle == Long.MAX_VALUE ? Long.MAX_VALUE : view.creationTime() + maxIdle;
        assertThat(view.expirationTime()).as(key + " expiration").isEqualTo(Math.min(byTtl, byIdle));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("setTtl changes the ttl of a present key (true) and reports a missing key (false)")
    void setTtl(Target target) {
        MapView<String, String> map = map(target);
        map.put("k", "v");

        assertThat(map.setTtl("k", 100, TimeUnit.SECONDS)).isTrue();
        assertThat(map.setTtl("missing", 100, TimeUnit.SECONDS)).isFalse();

        SeenEntryView<String, String> view = map.getEntryView("k");
        assertThat(view.ttl()).isEqualTo(100_000);
        assertThat(view.expirationTime()).isEqualTo(view.lastUpdateTime() + 100_000);
        assertThat(map.containsKey("missing")).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("async variants: putAsync, getAsync, setAsync, removeAsync, with and without ttl, and chained")
    void asyncVariants(Target target) throws Exception {
        MapView<String, String> map = map(target);

        assertThat(map.putAsync("k", "v1").get()).isNull();
        assertThat(map.putAsync("k", "v2").get()).isEqualTo("v1");
        assertThat(map.getAsync("k").get()).isEqualTo("v2");
        assertThat(map.getAsync("missing").get()).isNull();
        assertThat(map.setAsync("k", "v3").get()).isNull();
        assertThat(map.getAsync("k").get()).isEqualTo("v3");
        assertThat(map.removeAsync("k").get()).isEqualTo("v3");
        assertThat(map.removeAsync("k").get()).isNull();
        String previous = map.putAsync("k", "v4").thenCompose(ignored -> map.putAsync("k", "v5"))
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(previous).isEqualTo("v4");

        assertThat(map.putAsync("ttl", "v", 60, TimeUnit.SECONDS).get()).isNull();
        assertThat(map.putAsync("idle", "v", 60, TimeUnit.SECONDS, 30, TimeUnit.SECONDS).get()).isNull();
        map.setAsync("set-ttl", "v", 61, TimeUnit.SECONDS).get();
        map.setAsync("set-idle", "v", 61, TimeUnit.SECONDS, 31, TimeUnit.SECONDS).get();
        assertTtlAndMaxIdle(map, "ttl", 60_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "idle", 60_000, 30_000);
        assertTtlAndMaxIdle(map, "set-ttl", 61_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "set-idle", 61_000, 31_000);
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous view also reads many keys, and reports failures through the stage")
    void asyncOnlyInAlder(Target target) {
        MapView<String, String> map = map(target);
        map.put("k", "v");

        assertThat(map.getAllAsync(Set.of("k", "missing"))).succeedsWithin(PATIENCE)
                .isEqualTo(Map.of("k", "v"));
        assertThat(map.unlockAsync("k")).failsWithin(PATIENCE)
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(IllegalMonitorStateException.class);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("the ConcurrentMap defaults work through get, putIfAbsent and replace")
    void concurrentMapDefaults(Target target) {
        MapView<String, Integer> map = client(target).getMap(uniqueName());

        assertThat(map.computeIfAbsent("k", key -> 1)).isEqualTo(1);
        assertThat(map.merge("k", 5, Integer::sum)).isEqualTo(6);
        assertThat(map.compute("k", (key, value) -> value * 2)).isEqualTo(12);
        assertThat(map.getOrDefault("missing", 7)).isEqualTo(7);
        assertThat(map.get("k")).isEqualTo(12);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("keys and values of other types round-trip")
    void otherTypes(Target target) {
        MapView<Integer, List<Long>> map = client(target).getMap(uniqueName());

        map.put(42, new ArrayList<>(List.of(1L, 2L)));

        assertThat(map.get(42)).containsExactly(1L, 2L);
        assertThat(map.containsKey(42)).isTrue();
        assertThat(map.containsKey(43)).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("null keys and values are rejected")
    void nulls(Target target) {
        MapView<String, String> map = map(target);

        assertThatThrownBy(() -> map.put(null, "v")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> map.put("k", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> map.get(null)).isInstanceOf(NullPointerException.class);
    }
}
