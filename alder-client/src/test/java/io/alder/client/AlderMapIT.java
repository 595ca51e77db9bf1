package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/** Every map operation through the client, with the results a 3.12 member gives. */
class AlderMapIT extends ClientSuite {

    private AlderMap<String, String> map(Target target) {
        return client(target).getMap(uniqueName());
    }

    @OnEveryServerAndRouting
    @DisplayName("put returns the previous value, get reads the current one, a missing key reads null")
    void putAndGet(Target target) {
        AlderMap<String, String> map = map(target);

        assertThat(map.put("k", "v1")).isNull();
        assertThat(map.put("k", "v2")).isEqualTo("v1");
        assertThat(map.get("k")).isEqualTo("v2");
        assertThat(map.get("missing")).isNull();
    }

    @OnEveryServerAndRouting
    @DisplayName("set stores without returning the previous value")
    void set(Target target) {
        AlderMap<String, String> map = map(target);

        map.set("k", "v1");
        map.set("k", "v2");

        assertThat(map.get("k")).isEqualTo("v2");
        assertThat(map.size()).isEqualTo(1);
    }

    @OnEveryServerAndRouting
    @DisplayName("remove returns the removed value, then null; delete removes silently")
    void removeAndDelete(Target target) {
        AlderMap<String, String> map = map(target);
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

    @OnEveryServerAndRouting
    @DisplayName("remove(key, value) removes only on a matching value")
    void removeIfSame(Target target) {
        AlderMap<String, String> map = map(target);
        map.put("k", "v");

        assertThat(map.remove("k", "other")).isFalse();
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.remove("missing", "v")).isFalse();
        assertThat(map.remove("k", "v")).isTrue();
        assertThat(map.containsKey("k")).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("replace changes present keys only; replace(key, old, new) only when old matches")
    void replace(Target target) {
        AlderMap<String, String> map = map(target);
        map.put("k", "v1");

        assertThat(map.replace("missing", "v")).isNull();
        assertThat(map.containsKey("missing")).isFalse();
        assertThat(map.replace("k", "v2")).isEqualTo("v1");
        assertThat(map.replace("k", "other", "v3")).isFalse();
        assertThat(map.replace("missing", "v2", "v3")).isFalse();
        assertThat(map.replace("k", "v2", "v3")).isTrue();
        assertThat(map.get("k")).isEqualTo("v3");
    }

    @OnEveryServerAndRouting
    @DisplayName("containsKey and containsValue")
    void containsKeyAndValue(Target target) {
        AlderMap<String, String> map = map(target);
        map.put("k", "v");

        assertThat(map.containsKey("k")).isTrue();
        assertThat(map.containsKey("v")).isFalse();
        assertThat(map.containsValue("v")).isTrue();
        assertThat(map.containsValue("k")).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("putIfAbsent stores only when absent and returns the existing value otherwise")
    void putIfAbsent(Target target) {
        AlderMap<String, String> map = map(target);

        assertThat(map.putIfAbsent("k", "v1")).isNull();
        assertThat(map.putIfAbsent("k", "v2")).isEqualTo("v1");
        assertThat(map.putIfAbsent("k", "v3", 1, TimeUnit.MINUTES)).isEqualTo("v1");
        assertThat(map.putIfAbsent("other", "v", 1, TimeUnit.MINUTES, 1, TimeUnit.MINUTES)).isNull();
        assertThat(map.getAll(Set.of("k", "other"))).containsOnly(entry("k", "v1"), entry("other", "v"));
    }

    @OnEveryServerAndRouting
    @DisplayName("putTransient stores like put (there is no map store)")
    void putTransient(Target target) {
        AlderMap<String, String> map = map(target);

        map.putTransient("k", "v", 0, TimeUnit.SECONDS);
        map.putTransient("other", "w", 1, TimeUnit.MINUTES, 1, TimeUnit.MINUTES);

        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.get("other")).isEqualTo("w");
    }

    @OnEveryServerAndRouting
    @DisplayName("tryPut and tryRemove succeed at once on unlocked keys; tryRemove of a missing key is false")
    void tryPutAndTryRemove(Target target) {
        AlderMap<String, String> map = map(target);

        assertThat(map.tryPut("k", "v", 1, TimeUnit.SECONDS)).isTrue();
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.tryRemove("missing", 1, TimeUnit.SECONDS)).isFalse();
        assertThat(map.tryRemove("k", 1, TimeUnit.SECONDS)).isTrue();
        assertThat(map.containsKey("k")).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("putAll stores every entry, over many partitions; getAll returns exactly the present ones")
    void putAllAndGetAll(Target target) {
        AlderMap<String, String> map = map(target);
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

    @OnEveryServerAndRouting
    @DisplayName("size, isEmpty and clear")
    void sizeIsEmptyAndClear(Target target) {
        AlderMap<String, String> map = map(target);
        assertThat(map.isEmpty()).isTrue();
        assertThat(map.size()).isZero();

        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "3");
        assertThat(map.isEmpty()).isFalse();
        assertThat(map.size()).isEqualTo(3);

        map.clear();
        assertThat(map.isEmpty()).isTrue();
        assertThat(map.get("a")).isNull();
    }

    @OnEveryServerAndRouting
    @DisplayName("keySet, values and entrySet are unmodifiable snapshots")
    void views(Target target) {
        AlderMap<String, String> map = map(target);
        map.put("a", "1");
        map.put("b", "2");

        Set<String> keys = map.keySet();
        List<String> values = List.copyOf(map.values());
        Set<Map.Entry<String, String>> entries = map.entrySet();
        map.put("c", "3");

        assertThat(keys).containsExactlyInAnyOrder("a", "b");
        assertThat(values).containsExactlyInAnyOrder("1", "2");
        assertThat(entries).containsExactlyInAnyOrder(entry("a", "1"), entry("b", "2"));
        assertThatThrownBy(() -> keys.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @OnEveryServerAndRouting
    @DisplayName("evict drops one entry, evictAll every entry")
    void evict(Target target) {
        AlderMap<String, String> map = map(target);
        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "3");

        assertThat(map.evict("a")).isTrue();
        assertThat(map.evict("a")).isFalse();
        assertThat(map.containsKey("a")).isFalse();
        map.evictAll();
        assertThat(map.size()).isZero();
    }

    @OnEveryServerAndRouting
    @DisplayName("without a map store, flush does nothing and loadAll is refused (loading no keys sends nothing)")
    void withoutMapStore(Target target) {
        AlderMap<String, String> map = map(target);
        map.put("k", "v");

        map.flush();
        map.loadAll(Set.of(), true);

        assertThatThrownBy(() -> map.loadAll(true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("map store");
        // A 3.12 member fails loading given keys without a store with its own NullPointerException.
        Class<? extends RuntimeException> refusal = target.server() == ServerKind.REFERENCE
                ? NullPointerException.class : IllegalArgumentException.class;
        assertThatThrownBy(() -> map.loadAll(Set.of("k", "other"), false)).isInstanceOf(refusal);
        assertThat(map.entrySet()).containsExactly(entry("k", "v"));
    }

    @OnEveryServerAndRouting
    @DisplayName("getEntryView shows the entry with its statistics; a missing key has none")
    void entryView(Target target) {
        AlderMap<String, String> map = map(target);
        long before = System.currentTimeMillis();
        map.put("k", "v1", 1, TimeUnit.MINUTES);
        map.put("k", "v2", 1, TimeUnit.MINUTES);
        map.get("k");
        long after = System.currentTimeMillis();

        EntryView<String, String> view = map.getEntryView("k");

        assertThat(view.key()).isEqualTo("k");
        assertThat(view.value()).isEqualTo("v2");
        // 3.12 keeps entry times in whole seconds.
        assertThat(view.creationTime()).isBetween(before / 1000 * 1000, after);
        assertThat(view.lastUpdateTime()).isBetween(view.creationTime(), after);
        assertThat(view.ttl()).isEqualTo(60_000);
        assertThat(view.version()).isEqualTo(1);
        assertThat(map.getEntryView("missing")).isNull();
    }

    @OnEveryServerAndRouting
    @DisplayName("an entry with a time to live disappears when it runs out; setTtl changes it")
    void timeToLive(Target target) {
        AlderMap<String, String> map = map(target);
        map.put("put", "v", 1, TimeUnit.SECONDS);
        map.set("set", "v", 1, TimeUnit.SECONDS);
        map.put("forever", "v", 0, TimeUnit.SECONDS);
        map.put("shortened", "v");

        assertThat(map.setTtl("shortened", 1, TimeUnit.SECONDS)).isTrue();
        assertThat(map.setTtl("missing", 1, TimeUnit.SECONDS)).isFalse();

        eventually().until(() -> map.size() == 1);
        assertThat(map.keySet()).containsExactly("forever");
    }

    @OnEveryServerAndRouting
    @DisplayName("an entry with a maximum idle time disappears when nobody touches it")
    void maxIdle(Target target) {
        AlderMap<String, String> map = map(target);
        map.put("k", "v", 0, TimeUnit.SECONDS, 1, TimeUnit.SECONDS);
        map.set("other", "v", 0, TimeUnit.SECONDS, 1, TimeUnit.SECONDS);

        // Polled with size, which touches no entry: a get would keep the entries alive.
        eventually().until(() -> map.size() == 0);
    }

    @OnEveryServerAndRouting
    @DisplayName("the asynchronous view does the same operations and reports failures through the stage")
    void asynchronous(Target target) throws Exception {
        AsyncAlderMap<String, String> map = client(target).getAsyncMap(uniqueName());

        String previous = map.put("k", "v1").thenCompose(ignored -> map.put("k", "v2"))
                .toCompletableFuture().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        Map<String, String> all = map.getAll(Set.of("k")).toCompletableFuture().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertThat(previous).isEqualTo("v1");
        assertThat(all).containsExactly(entry("k", "v2"));
        assertThat(map.unlock("k").toCompletableFuture()).failsWithin(PATIENCE)
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(IllegalMonitorStateException.class);
    }

    @OnEveryServerAndRouting
    @DisplayName("the ConcurrentMap defaults work through get, putIfAbsent and replace")
    void concurrentMapDefaults(Target target) {
        AlderMap<String, Integer> map = client(target).getMap(uniqueName());

        assertThat(map.computeIfAbsent("k", key -> 1)).isEqualTo(1);
        assertThat(map.merge("k", 5, Integer::sum)).isEqualTo(6);
        assertThat(map.compute("k", (key, value) -> value * 2)).isEqualTo(12);
        assertThat(map.getOrDefault("missing", 7)).isEqualTo(7);
        assertThat(map.get("k")).isEqualTo(12);
    }

    @OnEveryServerAndRouting
    @DisplayName("keys and values of other types round-trip")
    void otherTypes(Target target) {
        AlderMap<Integer, List<Long>> map = client(target).getMap(uniqueName());

        map.put(42, new ArrayList<>(List.of(1L, 2L)));

        assertThat(map.get(42)).containsExactly(1L, 2L);
        assertThat(map.containsKey(42)).isTrue();
        assertThat(map.containsKey(43)).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("null keys and values are rejected")
    void nulls(Target target) {
        AlderMap<String, String> map = map(target);

        assertThatThrownBy(() -> map.put(null, "v")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> map.put("k", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> map.get(null)).isInstanceOf(NullPointerException.class);
    }

    @OnEveryServerAndRouting
    @DisplayName("destroy drops the data; the name then starts over empty")
    void destroy(Target target) {
        String name = uniqueName();
        AlderMap<String, String> map = client(target).getMap(name);
        map.put("k", "v");

        map.destroy();

        AlderMap<String, String> again = client(target).getMap(name);
        assertThat(again).isNotSameAs(map);
        assertThat(again.getName()).isEqualTo(name);
        assertThat(again.isEmpty()).isTrue();
    }
}
